/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { securityHeaders } from './src/app/securityHeaders.ts';
import { precachePlugin } from './scripts/precachePlugin.ts';
import { chunkModulesPlugin } from './scripts/chunkModulesPlugin.ts';

/**
 * The dev server injects styles inline for hot reload, which the strict CSP of index.html
 * forbids; only `vite dev` relaxes it. Builds (and so every e2e test) keep the strict policy.
 */
function relaxCspInDev(): Plugin {
  return {
    name: 'relax-csp-in-dev',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html
        .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws:"),
  };
}

// `npm start` and the e2e suite serve the built app with these headers (README, "Hosting dist/"). Set on
// preview explicitly: without its own, vite preview falls back to the dev server's headers.
const headers = securityHeaders(readFileSync(new URL('./index.html', import.meta.url), 'utf8'));
// The dev server keeps the relaxed meta policy of `relaxCspInDev` (hot reload), so no CSP header there.
const { 'Content-Security-Policy': _csp, ...devHeaders } = headers;

/**
 * How the app's JavaScript is cut (rolldown's `codeSplitting` groups). The lazy seams are the
 * UI's features, all declared in src/ui/lazyViews.ts; without groups every `import()` there
 * and every module two features share would be a chunk of its own, many under 1 kB.
 * - `workbench`: every module a first visit runs (the entry's static imports), in one chunk
 *   beside the entry; the higher priority keeps them out of the feature groups below.
 * - one chunk per feature that has several seams: the export menu with the report model, the
 *   workshop with the presenter window, the project library with its dialogs, the editor's
 *   dialogs with the component context menu and the newcomer's welcome, live collaboration (session, presence, join), the inspector of a selection.
 * - `assessment`: the whole assessment (coverage, model warnings, tailoring) beyond the
 *   checklist the canvas draws, which the inspector, checklist, dashboard, workshop and export
 *   all read.
 * - `shared`: modules two or more on-demand features need, in one chunk instead of fragments.
 */
const src = (...folders: string[]) => new RegExp(`[\\\\/]src[\\\\/](${folders.join('|')})[\\\\/]`);
const chunkGroups = [
  { name: 'workbench', tags: ['$initial' as const], priority: 100 },
  { name: 'export', test: src('ui/report', 'domain/report', 'report'), priority: 20 },
  { name: 'workshop', test: src('ui/workshop', 'domain/workshop'), priority: 20 },
  { name: 'projects', test: src('ui/projects', 'app/workspace'), priority: 20 },
  // The checklist with the evidence-file store it alone uses (src/app/bootstrap.ts loads that on first use).
  {
    name: 'checklist',
    test: /[\\/]src[\\/](ui[\\/]checklist[\\/](?!AttributeFocus)|persistence[\\/]attachment|domain[\\/]checklist[\\/]attachmentLimits)/,
    priority: 20,
  },
  {
    name: 'inspector',
    test: /[\\/]src[\\/]ui[\\/](inspector[\\/](ComponentInspector|ConnectionInspector)|checklist[\\/]AttributeFocus)\.tsx$/,
    priority: 20,
  },
  // Configuration import: the dialog with the parsers, and walking the folders of a drop of files.
  { name: 'import', test: src('ui/import', 'domain/import'), priority: 20 },
  { name: 'live', test: src('ui/live', 'app/live', 'domain/live'), priority: 20 },
  // Above the features: rolldown puts a module's dependencies into its group, and without these
  // two the export group would take the whole assessment and the dialog frame the inspector,
  // checklist and editor dialogs share, so each of those would download the export chunk.
  {
    name: 'assessment',
    test: /[\\/]src[\\/](store[\\/]selectAssessment|domain[\\/]rules[\\/]|domain[\\/]checklist[\\/](?!attachmentLimits))/,
    priority: 25,
  },
  {
    name: 'editor-dialogs',
    test: /[\\/]src[\\/]ui[\\/](canvas[\\/](EditorDialogs|EditorDialog|ConnectDialog|ComponentListDialog|NodeContextMenu)|shortcuts[\\/]ShortcutsDialog|templates[\\/]TemplateGallery|welcome[\\/]WelcomeDialog)\.tsx$/,
    priority: 25,
  },
  { name: 'shared', minShareCount: 2, priority: 10 },
];

export default defineConfig({
  plugins: [react(), relaxCspInDev(), chunkModulesPlugin(), precachePlugin()],
  resolve: {
    // React Flow brings its own zustand 4 (createWithEqualityFn, useStoreWithEqualityFn and
    // shallow from `zustand/traditional` and `zustand/shallow`, unchanged in zustand 5): one
    // copy, the app's, instead of two in the first download.
    dedupe: ['zustand'],
    // Dexie's default ESM entry wraps its ES5 build (for the dual-package case of CommonJS
    // and ESM copies); we only load it as ESM, so its modern build (ES2018, ~2 kB smaller
    // gzipped) is enough. Same version, same API: only our persistence layer imports it.
    // zustand's `traditional` store (React Flow's) imports the with-selector hook through the
    // shim for React before 18; React 19 has useSyncExternalStore, which the shim only hands
    // on. The package's own non-shim entry is the same hook on React's: one module less.
    alias: [
      { find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' },
      {
        find: /^use-sync-external-store\/shim\/with-selector(\.js)?$/,
        replacement: 'use-sync-external-store/with-selector.js',
      },
    ],
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers },
  server: { host: '127.0.0.1', headers: devHeaders },
  // The PDF worker (src/report/pdfWorker.ts) loads pdfmake and its fonts with import(): code
  // splitting in a worker needs module workers (`{ type: 'module' }`, every current browser).
  worker: { format: 'es' },
  build: {
    // No module preloads of the chunks a lazy feature imports: their list would ship in the first
    // download, and the app is served from this machine or its offline copy (src/app/pwa), where
    // loading a feature's chunks one after the other costs no noticeable time. The CSS of lazy
    // features still loads with them (Vite keeps its CSS list).
    modulePreload: false,
    // The PDF library and its fonts load only when a report is exported (dynamic import).
    chunkSizeWarningLimit: 2000,
    rolldownOptions: { output: { codeSplitting: { groups: chunkGroups } } },
    // The catalog and template files are fetched as JSON (src/app/shippedData.ts). Inlined as
    // data: URLs they would be blocked by the CSP's connect-src 'self', so they stay files.
    assetsInlineLimit: (file) => (file.endsWith('.json') ? false : undefined),
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          environment: 'node',
          include: [
            'src/{domain,store,persistence,report,cli}/**/*.test.ts',
            'src/app/**/*.test.ts',
            'threat-catalog/**/*.test.ts',
          ],
          exclude: ['**/*.bench.test.ts', '**/node_modules/**'],
        },
      },
      {
        extends: true,
        // jsdom renders the whole checklist in some tests: 1-2 s on a quiet machine, past the 5 s default on a loaded one.
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['src/ui/**/*.test.{ts,tsx}'],
          exclude: ['**/*.bench.test.ts'],
          testTimeout: 15_000,
          setupFiles: ['src/test/uiTestSetup.ts'],
        },
      },
      {
        // Only `npm run bench` runs these: figures, not pass/fail timings.
        extends: true,
        test: { name: 'bench', environment: 'node', include: ['src/**/*.bench.test.ts'] },
      },
    ],
  },
});
