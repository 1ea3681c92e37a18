/**
 * Vite plugin (build only): once the app is written to the output folder, lists every file in
 * it (the Vite bundle, the PDF worker's chunks, the JSON catalog and templates, public/ files)
 * and writes `sw.js` beside them, precaching all of them under the build's content hash. Read
 * from disk after writing because the worker's chunks come from a separate sub-build.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { serviceWorkerSource } from '../src/app/pwa/serviceWorker.ts';

export const SERVICE_WORKER_FILE = 'sw.js';

/** Not cached: the worker itself (the browser fetches it), the JSON Schemas for people and other tools, and build records (`.vite/`). */
const LEFT_OUT = [new RegExp(`^${SERVICE_WORKER_FILE}$`), /^schemas\//, /\.map$/, /^\.vite\//];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

export function precachePlugin(options: { networkTimeoutMs?: number } = {}): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'htw-precache-service-worker',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle() {
      const outDir = join(config.root, config.build.outDir);
      const files = filesUnder(outDir).filter((file) => !LEFT_OUT.some((re) => re.test(file)));
      if (!files.includes('index.html')) throw new Error(`precache: no index.html in ${outDir}`);
      const hash = createHash('sha256');
      for (const file of files)
        hash
          .update(file)
          .update('\0')
          .update(readFileSync(join(outDir, file)));
      const source = serviceWorkerSource({
        version: hash.digest('hex').slice(0, 16),
        builtAt: Date.now(),
        files,
        networkTimeoutMs: options.networkTimeoutMs ?? 4000,
      });
      writeFileSync(join(outDir, SERVICE_WORKER_FILE), source);
      config.logger.info(`precache: ${SERVICE_WORKER_FILE} caches ${files.length} files`);
    },
  };
}
