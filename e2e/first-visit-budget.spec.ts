/**
 * Issue 16's budget: the JavaScript a first visit loads before the canvas is interactive is at
 * most 215 kB gzip, and none of it is one of the heavy modules that load with their features
 * (lazyViews.ts). Checked twice: on the build itself (index.html, its module preloads and what
 * they import statically) and in the browser (every script fetched until the canvas is
 * interactive and the network is quiet, as the `initial-js-gzip` benchmark counts).
 */
import { test, expect } from './fixtures';
import { chunkModules, FirstVisit, gzipOfBuiltFile, staticFirstVisitChunks } from './pages/FirstVisit';

const BUDGET_KB = 215;

/** Modules that must stay out of the first download, with the feature that loads them. */
const HEAVY: { module: RegExp; loadsWith: string }[] = [
  { module: /node_modules\/pdfmake\//, loadsWith: 'PDF export (in its worker)' },
  { module: /node_modules\/(elkjs|@dagrejs)\//, loadsWith: 'auto-layout' },
  { module: /node_modules\/html-to-image\//, loadsWith: 'image export' },
  { module: /^src\/(domain\/report|report)\//, loadsWith: 'the report model and its renderers' },
  { module: /node_modules\/(yjs|y-protocols|lib0|@hocuspocus)\//, loadsWith: 'live collaboration' },
  { module: /node_modules\/yaml\//, loadsWith: 'reading pack files' },
  { module: /node_modules\/fast-xml-parser\//, loadsWith: 'configuration import and interchange' },
  { module: /^src\/domain\/interchange\//, loadsWith: 'interchange with other tools' },
];

const kB = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

function heavyIn(chunks: Iterable<string>): string[] {
  const modules = chunkModules();
  const found: string[] = [];
  for (const chunk of chunks) {
    for (const module of modules[chunk] ?? []) {
      const heavy = HEAVY.find((h) => h.module.test(module));
      if (heavy) found.push(`${module} (in ${chunk}; belongs with ${heavy.loadsWith})`);
    }
  }
  return found;
}

test('the build: index.html and its static imports stay within the budget, without heavy modules', () => {
  const chunks = staticFirstVisitChunks();
  expect(chunks.length).toBeGreaterThan(0);
  const known = chunkModules();
  for (const chunk of chunks) expect(known[chunk], `${chunk} is listed in chunk-modules.json`).toBeDefined();
  expect(heavyIn(chunks)).toEqual([]);
  const total = chunks.reduce((sum, chunk) => sum + gzipOfBuiltFile(chunk), 0);
  expect(kB(total), `first-visit scripts: ${chunks.join(', ')}`).toBeLessThanOrEqual(BUDGET_KB);
});

test('the browser: what a first visit fetches until the canvas is interactive stays within the budget', async ({
  page,
}) => {
  const visit = new FirstVisit(page);
  await visit.load();
  const scripts = visit.scripts();
  expect(scripts.size).toBeGreaterThan(0);
  expect(heavyIn(scripts.keys())).toEqual([]);
  const total = [...scripts.values()].reduce((a, b) => a + b, 0);
  const list = [...scripts].map(([file, size]) => `${file} ${kB(size)} kB`).join(', ');
  expect(kB(total), `scripts fetched: ${list}`).toBeLessThanOrEqual(BUDGET_KB);
});
