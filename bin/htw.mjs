#!/usr/bin/env node
// Launcher of the `htw` command line: runs the bundle built by `npm run build:cli`.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist-cli/htw.mjs', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write('htw: the command line is not built yet: run npm run build:cli first\n');
  process.exit(2);
}
const { main } = await import(bundle.href);
main(process.argv.slice(2));
