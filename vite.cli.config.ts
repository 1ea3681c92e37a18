/**
 * Builds the `htw` command line for Node: the domain and report layers bundled with the
 * catalog JSON, so `bin/htw.mjs` runs without a TypeScript loader.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  // The app's public/ folder (favicon, schemas) has no place in the command line's bundle.
  publicDir: false,
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    rolldownOptions: { output: { entryFileNames: 'htw.mjs', format: 'es' } },
  },
  ssr: { noExternal: true },
});
