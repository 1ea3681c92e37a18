/**
 * `htw export <model.json> --format otm [--out FILE]`: the model in another threat-modelling
 * tool's format, with the loss report (what the format cannot hold) printed beside it.
 *
 * Exit status: 0 written; 2 invalid usage or input (nothing is written).
 */
import { describeLossReport } from '../domain/interchange/lossReport';
import {
  exportInterchange,
  formatHelp,
  INTERCHANGE_FORMATS,
  type InterchangeExportFormat,
} from '../domain/export/registry';
import { bundledCatalog, errorMessage, scanArgs, UsageError } from './cliArgs';
import { EXIT_OK, EXIT_USAGE, readModel } from './runCli';
import type { CliIo } from './cliIo';
import { applyProjectPacks } from './projectPacks';

/** `--format` choices: the registry's formats for other tools. */
export const EXPORT_FORMATS: readonly InterchangeExportFormat[] = INTERCHANGE_FORMATS.map((f) => f.id);
type ExportFormat = InterchangeExportFormat;

export const EXPORT_HELP = `htw export - a model in another threat-modelling tool's format

Usage:
  htw export <model.json> --format ${EXPORT_FORMATS.join('|')} [--out FILE]

Formats:
${formatHelp(INTERCHANGE_FORMATS)}

What the format cannot hold (evidence files, workshops, ...) is printed as a loss report:
on standard output when --out is given, else on standard error after the file.

Exit status: 0 written; 2 invalid usage, or the model is unreadable or invalid.
`;

export function runExport(argv: readonly string[], io: CliIo): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(EXPORT_HELP);
    return EXIT_OK;
  }
  let format: ExportFormat | undefined;
  let out: string | undefined;
  let positional: string[];
  try {
    positional = scanArgs(argv, (option, value) => {
      if (option === '--out') {
        out = value();
        if (out === '') throw new UsageError('--out needs a file name');
      } else if (option === '--format') {
        const v = value();
        if (!(EXPORT_FORMATS as readonly string[]).includes(v))
          throw new UsageError(`--format must be ${EXPORT_FORMATS.join(', ')}, not "${v}"`);
        format = v as ExportFormat;
      } else throw new UsageError(`unknown option ${option}`);
    });
    if (positional.length !== 1)
      throw new UsageError('export takes one model file: htw export <model.json> --format otm --out FILE');
    if (format === undefined) throw new UsageError(`export needs --format (${EXPORT_FORMATS.join(', ')})`);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`htw: ${error.message}\nRun "htw export --help" for usage.\n`);
    return EXIT_USAGE;
  }
  const catalog = bundledCatalog(io);
  if (!catalog) return EXIT_USAGE;
  const read = readModel(io, positional[0]!, catalog);
  if (!read) return EXIT_USAGE;
  // A bundled pack the model removed for itself is left out of the export, as in the app.
  const { document, catalog: projectCatalog } = applyProjectPacks(io, read, catalog, undefined)!;
  const { text, losses, counts } = exportInterchange(format!, document, projectCatalog);
  const report = `${describeLossReport(losses).join('\n')}\n`;
  if (out === undefined) {
    io.stdout(text);
    io.stderr(report);
    return EXIT_OK;
  }
  try {
    io.writeFile(out, text);
  } catch (error) {
    io.stderr(`htw: cannot write ${out}: ${errorMessage(error)}\n`);
    return EXIT_USAGE;
  }
  io.stdout(`htw: wrote ${out}: ${counts}\n${report}`);
  return EXIT_OK;
}
