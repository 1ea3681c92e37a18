#!/usr/bin/env node
// Launcher of the `htw` command line: runs the bundle built by `npm run build:cli`, and
// builds it first when a fresh checkout has none, so `npx htw` works right after install.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = new URL('../dist-cli/htw.mjs', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write('htw: building the command line once (npm run build:cli)…\n');
  const built = spawnSync('npx', ['vite', 'build', '--config', 'vite.cli.config.ts', '--logLevel', 'error'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (built.status !== 0 || !existsSync(bundle)) {
    process.stderr.write('htw: the command line could not be built: run npm run build:cli and read its errors\n');
    process.exit(2);
  }
}
const { main } = await import(bundle.href);
main(process.argv.slice(2));
