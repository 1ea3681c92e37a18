/**
 * Benchmark `cli-assess-10000` (project `bench`, run by `npm run bench -- assess.bench`): the
 * CPU time (user + system, every thread: parsing, validation, the engine, output, GC) of one
 * whole `htw assess model.json --format json --out FILE` process on the shared generated
 * platform of 10,000 components and 20,000 connections. The command line is built from the
 * current sources first (into a temporary folder); median of 5 runs.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generateBenchPlatform } from '../test/fixtures/benchPlatform';
import { recordBench } from '../test/bench';

const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'htw-cli-bench-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Written by the measured process itself as it exits: its own rusage, which spawnSync does not give.
const CPU_PRELOAD = `process.on('exit', () => {
  const u = process.cpuUsage();
  require('node:fs').writeFileSync(process.env.HTW_CPU_FILE, JSON.stringify(u));
});\n`;

describe('command-line benchmark', { timeout: 300_000 }, () => {
  it('cli-assess-10000', () => {
    const built = spawnSync(
      'npx',
      ['vite', 'build', '--config', 'vite.cli.config.ts', '--outDir', join(work, 'cli'), '--logLevel', 'error'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(built.status, built.stderr).toBe(0);
    const manifest = JSON.parse(readFileSync(join(root, 'threat-catalog', 'catalog.json'), 'utf8')) as {
      id: string;
      version: string;
    };
    const model = join(work, 'model.json');
    writeFileSync(
      model,
      JSON.stringify(generateBenchPlatform({ size: 10_000, catalog: { id: manifest.id, version: manifest.version } })),
    );
    const preload = join(work, 'cpu.cjs');
    writeFileSync(preload, CPU_PRELOAD);
    // What bin/htw.mjs does with the bundle (without its build-on-first-use check).
    const launcher = join(work, 'htw.mjs');
    writeFileSync(
      launcher,
      `const { main } = await import(${JSON.stringify(pathToFileURL(join(work, 'cli', 'htw.mjs')).href)});\nmain(process.argv.slice(2));\n`,
    );
    const out = join(work, 'out.json');
    const cpuFile = join(work, 'cpu.json');
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      rmSync(out, { force: true });
      const args = ['--require', preload, launcher, 'assess', model, '--format', 'json', '--out', out];
      const r = spawnSync(process.execPath, [...args, '--max-components', '10000', '--max-connections', '20000'], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, HTW_CPU_FILE: cpuFile },
      });
      expect(r.status, r.stderr).toBe(0);
      const { user, system } = JSON.parse(readFileSync(cpuFile, 'utf8')) as { user: number; system: number };
      times.push((user + system) / 1000);
    }
    const written = JSON.parse(readFileSync(out, 'utf8')) as { checklist: unknown[] };
    expect(written.checklist.length).toBeGreaterThan(0);
    times.sort((a, b) => a - b);
    const value = Math.round(times[Math.floor(times.length / 2)]!);
    recordBench({ name: 'cli-assess-10000', value, unit: 'ms CPU', target: '<= 1200' });
    console.log(
      `cli-assess-10000: ${value} ms CPU (runs ${times.map(Math.round).join(', ')}), output ${Math.round(statSync(out).size / 1e6)} MB`,
    );
  });
});
