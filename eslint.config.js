// Layer rules of ../shared/design/ARCHITECTURE.md, enforced with no-restricted-imports.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const uiLibs = [
  'react',
  'react-dom',
  'react-dom/*',
  '@xyflow/react',
  'zustand',
  'zustand/*',
  'dexie',
  'dexie-react-hooks',
];
const networkApis = [
  { name: 'fetch', message: 'The app sends nothing over the network.' },
  { name: 'XMLHttpRequest', message: 'The app sends nothing over the network.' },
  { name: 'WebSocket', message: 'The app sends nothing over the network.' },
  { name: 'EventSource', message: 'The app sends nothing over the network.' },
];

function restrict(patterns, message) {
  return ['error', { patterns: [{ group: patterns, message }] }];
}

/**
 * Relative import patterns that reach the top-level folder `src/<layer>` from a file `depth`
 * folders below `src/` (1 = `src/domain/x.ts`). A plain `'**\/report/**'` would also match
 * `src/domain/report`, so the PDF layer is named by its exact distance instead.
 */
function topLevel(layer, depth) {
  const up = '../'.repeat(depth);
  return [`${up}${layer}`, `${up}${layer}/**`];
}

/** One config block per folder depth under `src/<root>`, each restricting `src/report` exactly. */
function byDepth(root, extension, options) {
  return [1, 2, 3, 4, 5].map((depth) => ({
    files: [`src/${root}/${'*/'.repeat(depth - 1)}*.${extension}`],
    ignores: options.ignores ?? [],
    rules: { 'no-restricted-imports': restrict([...options.patterns, ...topLevel('report', depth)], options.message) },
  }));
}

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'test-results',
      'playwright-report',
      'e2e-artifacts',
      'bench/results.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-globals': ['error', ...networkApis] },
  },
  ...byDepth('domain', 'ts', {
    patterns: [
      ...uiLibs,
      'pdfmake',
      'pdfmake/*',
      '**/store/**',
      '**/persistence/**',
      '**/ui/**',
      '**/app/**',
      '**/cli/**',
      'node:*',
      'fs',
      'path',
    ],
    message: 'The domain is pure: zod and itself only (ARCHITECTURE.md, layers).',
  }),
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...networkApis,
        { name: 'window', message: 'No DOM in the domain.' },
        { name: 'document', message: 'No DOM in the domain.' },
        { name: 'indexedDB', message: 'No storage in the domain.' },
        { name: 'localStorage', message: 'No storage in the domain.' },
        { name: 'crypto', message: 'Ids are injected into the domain.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'The clock is injected into the domain.' },
        { object: 'Math', property: 'random', message: 'Randomness is injected into the domain.' },
      ],
    },
  },
  ...byDepth('persistence', 'ts', {
    patterns: ['react', 'react-dom', '@xyflow/react', 'zustand', '**/store/**', '**/ui/**', '**/app/**'],
    message: 'Persistence may import the domain and dexie only.',
  }),
  {
    files: ['src/store/**/*.ts'],
    ignores: ['src/store/hooks.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [
          'react',
          'react-dom',
          '@xyflow/react',
          'dexie',
          'dexie-react-hooks',
          '**/persistence/**',
          '**/ui/**',
          '**/app/**',
        ],
        'The store may import the domain and zustand only (it receives a repository through its dependencies).',
      ),
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict(
        ['dexie', 'dexie-react-hooks', '**/persistence', '**/persistence/**', '**/app/**'],
        'The UI never imports persistence (ARCHITECTURE.md, layers).',
      ),
    },
  },
  {
    files: ['src/report/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [
          'react',
          'react-dom',
          '@xyflow/react',
          'zustand',
          'dexie',
          '**/store/**',
          '**/ui/**',
          '**/persistence/**',
          '**/app/**',
        ],
        'The report layer may import the domain and the PDF library only.',
      ),
    },
  },
);
