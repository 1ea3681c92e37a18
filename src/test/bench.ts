/**
 * Benchmarks run under Vitest (project `bench`, files `*.bench.test.ts`) and record their
 * figures here; `npm run bench` collects every record into a table and bench/results.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BenchRecord {
  name: string;
  value: number;
  unit: string;
  /** Human-readable target, e.g. "<= 10". */
  target: string;
}

const PARTIAL_DIR = join(process.cwd(), 'bench', '.partial');

export function recordBench(record: BenchRecord): void {
  mkdirSync(PARTIAL_DIR, { recursive: true });
  writeFileSync(join(PARTIAL_DIR, `${record.name}.json`), JSON.stringify(record));
}

/** Median of `runs` timings (ms) of `fn`, after `warmup` untimed calls. */
export function medianMs(fn: () => void, runs = 15, warmup = 3): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)]! * 100) / 100;
}
