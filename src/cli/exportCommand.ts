/**
 * `htw export <model.json> --format otm [--out FILE]`: the model in another threat-modelling
 * tool's format, with the loss report (what the format cannot hold) printed beside it.
 *
 * Exit status: 0 written; 2 invalid usage or input (nothing is written).
 */
import { describeLossReport } from '../domain/interchange/lossReport';
import { exportInterchange, INTERCHANGE_EXPORTS, type InterchangeExport } from '../domain/interchange/exportInterchange';
import { bundledCatalog, errorMessage, scanArgs, UsageError } from './cliArgs';
import { EXIT_OK, EXIT_USAGE, readModel, type CliIo } from './runCli';

export const EXPORT_FORMATS = INTERCHANGE_EXPORTS;
type ExportFormat = InterchangeExport;

export const EXPORT_HELP = `htw export - a model in another threat-modelling tool's format

Usage:
  htw export <model.json> --format otm|tmbom|threat-dragon|threagile [--out FILE]

Formats:
  otm   Open Threat Model 0.2.0 (IriusRisk, Threat Dragon import, StartLeft). Hosts and
        trust boundaries become trust zones, connections data flows, the catalog threats
        the rules raise threats, the HY-SR items mitigations with their status.
  tmbom OWASP Threat Model Library 1.0.2 (TM-BOM, read by Threat Dragon) inside a CycloneDX
        1.6 BOM: trust boundaries become trust zones, hosts and the rest components, the
        rules' threats threats, the HY-SR items controls with their status.
  threat-dragon
        OWASP Threat Dragon v2 JSON: one diagram, boundaries as boxes, the rules' threats
        on each element with the countering HY-SR items and their status as mitigation.
  threagile
        Threagile YAML: VMs and emulators as virtual technical assets, each host a shared
        runtime and an execution-environment boundary, so Threagile's rules can run on it.

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
        if (!(EXPORT_FORMATS as readonly string[]).includes(v)) throw new UsageError(`--format must be ${EXPORT_FORMATS.join(', ')}, not "${v}"`);
        format = v as ExportFormat;
      } else throw new UsageError(`unknown option ${option}`);
    });
    if (positional.length !== 1) throw new UsageError('export takes one model file: htw export <model.json> --format otm --out FILE');
    if (format === undefined) throw new UsageError(`export needs --format (${EXPORT_FORMATS.join(', ')})`);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`htw: ${error.message}\nRun "htw export --help" for usage.\n`);
    return EXIT_USAGE;
  }
  const catalog = bundledCatalog(io);
  if (!catalog) return EXIT_USAGE;
  const document = readModel(io, positional[0]!, catalog);
  if (!document) return EXIT_USAGE;
  const { text, losses, counts } = exportInterchange(format!, document, catalog);
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
