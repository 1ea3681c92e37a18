/**
 * Node entry of the `htw` command line, bundled by `vite.cli.config.ts` into
 * `dist-cli/htw.mjs` and started by `bin/htw.mjs`. All logic lives in `runCli`.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { decodeText } from '../domain/io/decodeText';
import { describeImportError } from '../domain/io/importErrors';
import { InputFileRefused, readInputFile } from './readInputFile';
import { bundledCatalogFiles } from '../domain/catalog/catalogSource';
import { catalogHashInput } from '../domain/catalog/catalogHashInput';
import type { Catalog } from '../domain/catalog/parseCatalogCore';
import { loadShippedCatalog } from '../domain/catalog/loadCatalog';
import pkg from '../../package.json';
import { runCli } from './runCli';
import type { CliIo } from './cliIo';
import { REPORT_HELP, nodeReportIo, runReport } from './reportCommand';
import { IMPORT_HELP, runDrift, runImport } from './importCommand';
import { EXPORT_HELP, runExport } from './exportCommand';
import { SERVE_HELP, runServe } from './serveCommand';

/** Refuse input files above this size: the app's limits keep real models far below it. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

let bundled: Catalog | undefined;

/**
 * The bundled catalog, its content hash checked with Node's native SHA-256 (the same input and
 * digest as the domain's TypeScript one, which took a tenth of an `htw assess` run: issue 17).
 */
export function loadBundledCatalogNode(): Catalog {
  bundled ??= loadShippedCatalog(
    {
      kind: 'manifest',
      ...bundledCatalogFiles,
      hashParts: (parts) => `sha256:${createHash('sha256').update(catalogHashInput(parts), 'utf8').digest('hex')}`,
    },
    'threat-catalog/',
  );
  return bundled;
}

export function nodeIo(): CliIo {
  return {
    readFile(path) {
      // The app's decoder, so both accept and refuse the same files (BOM, UTF-16, invalid UTF-8).
      const decoded = decodeText(readInputFile(path, MAX_INPUT_BYTES));
      if (!decoded.ok) throw new InputFileRefused(describeImportError(decoded.error, 'the file'));
      return decoded.value;
    },
    writeFile(path, data) {
      writeFileSync(path, data, 'utf8');
    },
    stdout(text) {
      process.stdout.write(text);
    },
    stderr(text) {
      process.stderr.write(text);
    },
    loadCatalog: loadBundledCatalogNode,
    version: pkg.version,
  };
}

/**
 * Runs the command line and sets `process.exitCode` (so pending output is flushed first).
 * `htw report` renders PDFs asynchronously, so it returns a promise of the code.
 */
export function main(argv: readonly string[] = process.argv.slice(2)): number | Promise<number> {
  if (argv[0] === 'report') {
    return runReport(argv.slice(1), nodeReportIo(nodeIo())).then((code) => {
      process.exitCode = code;
      return code;
    });
  }
  if (argv[0] === 'export') {
    const code = runExport(argv.slice(1), nodeIo());
    process.exitCode = code;
    return code;
  }
  if (argv[0] === 'serve') {
    return runServe(argv.slice(1)).then((code) => {
      process.exitCode = code;
      return code;
    });
  }
  if (argv[0] === 'import' || argv[0] === 'drift') {
    const io = nodeIo();
    const now = () => {
      const epoch = process.env.SOURCE_DATE_EPOCH;
      const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
      return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
    };
    const code = argv[0] === 'import' ? runImport(argv.slice(1), { ...io, now }) : runDrift(argv.slice(1), io);
    process.exitCode = code;
    return code;
  }
  const code = runCli(argv, nodeIo());
  // The general help also names `report`, which lives in its own module.
  if (code === 0 && (argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help'))
    process.stdout.write(`\n${REPORT_HELP}\n${IMPORT_HELP}\n${EXPORT_HELP}\n${SERVE_HELP}`);
  process.exitCode = code;
  return code;
}
