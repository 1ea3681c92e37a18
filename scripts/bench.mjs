#!/usr/bin/env node
/**
 * `npm run bench`: runs every benchmark of the project and prints one table.
 *  1. Node benchmarks: Vitest project `bench` (files `src/**\/*.bench.test.ts`).
 *  2. The production build, then browser benchmarks: Playwright specs in `bench/browser/`
 *     against it (including `initial-js-gzip`, what a first visit loads).
 * Each benchmark writes bench/.partial/<name>.json; this script gathers them into
 * bench/results.json as [{ name, value, unit }].
 *
 * `npm run bench -- evaluate canvas` runs only the benchmark files whose name contains one of
 * the words (here src/domain/rules/evaluate.bench.test.ts and bench/browser/canvas.bench.ts);
 * the production build runs only when a browser benchmark is selected, and BENCH_SKIP_BUILD=1
 * reuses the last one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { findChromium, findPlaywrightChromium, HOW_TO_GET_CHROMIUM } from './findChromium.mjs';

const PARTIAL = join('bench', '.partial');
rmSync(PARTIAL, { recursive: true, force: true });
mkdirSync(PARTIAL, { recursive: true });
const failures = [];

function run(label, cmd, args, env = {}) {
  console.log(`\n> ${label}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) failures.push(label);
}

const words = process.argv.slice(2);
// Case-insensitive: `sync` selects liveSync.bench.test.ts.
const selected = (file) =>
  words.length === 0 || words.some((w) => basename(file).toLowerCase().includes(w.toLowerCase()));
const nodeFiles = readdirSync('src', { recursive: true })
  .map((f) => join('src', f))
  .filter((f) => f.endsWith('.bench.test.ts') && selected(f))
  .sort();
const browserFiles = existsSync('bench/browser')
  ? readdirSync('bench/browser')
      .filter((f) => f.endsWith('.bench.ts') && selected(f))
      .map((f) => join('browser', f))
  : [];
if (nodeFiles.length === 0 && browserFiles.length === 0) {
  console.error(`no benchmark file matches ${words.join(', ')}`);
  process.exit(2);
}

if (nodeFiles.length > 0)
  run('node benchmarks (vitest --project bench)', 'npx', [
    'vitest',
    'run',
    '--project',
    'bench',
    ...(words.length ? nodeFiles : []),
  ]);

if (browserFiles.length > 0 && process.env.BENCH_SKIP_BUILD !== '1')
  run('production build', 'npm', ['run', 'build', '--silent']);
if (browserFiles.length > 0) {
  const chromium = findChromium() ?? (await findPlaywrightChromium());
  if (!chromium) {
    console.error(HOW_TO_GET_CHROMIUM);
    failures.push('browser benchmarks (no Chromium)');
  } else {
    run(
      'browser benchmarks (playwright)',
      'npx',
      ['playwright', 'test', '--config', 'bench/playwright.bench.config.ts', ...(words.length ? browserFiles : [])],
      {
        CHROMIUM_PATH: chromium,
      },
    );
  }
}

const results = readdirSync(PARTIAL)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(PARTIAL, f), 'utf8')))
  .sort((a, b) => a.name.localeCompare(b.name));

const rows = [
  ['name', 'value', 'unit', 'target'],
  ...results.map((r) => [r.name, String(r.value), r.unit, r.target ?? '']),
];
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
console.log('');
for (const [i, row] of rows.entries()) {
  console.log(row.map((cell, j) => cell.padEnd(widths[j])).join('  '));
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
writeFileSync(
  join('bench', 'results.json'),
  JSON.stringify(
    results.map(({ name, value, unit }) => ({ name, value, unit })),
    null,
    2,
  ) + '\n',
);
console.log(`\nwrote bench/results.json (${results.length} results)`);
if (failures.length) {
  console.error(`benchmark steps that failed: ${failures.join(', ')}`);
  process.exit(1);
}
