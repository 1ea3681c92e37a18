/**
 * Vite plugin (build only): writes `.vite/chunk-modules.json` into the output folder, naming
 * the source modules of every JavaScript chunk (paths relative to the project, packages as
 * `node_modules/<name>/…`). The first-visit budget e2e test (e2e/first-visit-budget.spec.ts)
 * reads it to say which modules the scripts a first visit loads contain: built chunks carry
 * no module names of their own. Not precached (scripts/precachePlugin.ts leaves `.vite/` out).
 */
import { relative, sep } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

export const CHUNK_MODULES_FILE = '.vite/chunk-modules.json';

export function chunkModulesPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'htw-chunk-modules',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    generateBundle(_options, bundle) {
      const chunks: Record<string, string[]> = {};
      for (const [fileName, output] of Object.entries(bundle)) {
        if (output.type !== 'chunk') continue;
        chunks[fileName] = Object.keys(output.modules).map((id) => {
          const path = id.startsWith('\0') ? id.slice(1) : id;
          const inPackages = path.lastIndexOf(`node_modules${sep}`);
          return (inPackages >= 0 ? path.slice(inPackages) : relative(config.root, path)).split(sep).join('/');
        });
      }
      this.emitFile({ type: 'asset', fileName: CHUNK_MODULES_FILE, source: JSON.stringify(chunks, null, 1) });
    },
  };
}
