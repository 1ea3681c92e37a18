/** Writes one benchmark figure to bench/.partial/, where `npm run bench` gathers the table. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PARTIAL = join(process.cwd(), 'bench', '.partial');

export function record(name: string, value: number, unit: string, target: string) {
  mkdirSync(PARTIAL, { recursive: true });
  writeFileSync(join(PARTIAL, `${name}.json`), JSON.stringify({ name, value, unit, target }));
  console.log(`${name}: ${value} ${unit}${target ? ` (target ${target})` : ''}`);
}
