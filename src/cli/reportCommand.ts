/**
 * `htw report <model.json> --format pdf|md|csv|oscal-ar|oscal-poam|oscal-catalog [--out FILE]`:
 * the reports of the app's Export menu, from the command line. The model is read exactly as
 * the app imports a project file, the report model is the same `buildReport`, and the files
 * are made by the same renderers, so both produce the same content.
 *
 * Exit codes as for `htw assess`: 0 written; 1 `--fail-on` found what it gates on (the report
 * is still written); 2 invalid usage or input (nothing is written).
 */
import { writeFileSync } from 'node:fs';
import { buildReport } from '../domain/report/buildReport';
import { formatHelp, REPORT_FORMATS, renderTextReport, type ReportFormat } from '../domain/export/registry';

/** `--format` choices: the registry's report formats. */
export const REPORT_IDS: readonly ReportFormat[] = REPORT_FORMATS.map((f) => f.id);
import type { ReportModel } from '../domain/report/reportModel';
import type { PageSizeName } from '../report/pdfTheme';
import { assessModelFile, EXIT_GATE, EXIT_OK, EXIT_USAGE } from './runCli';
import type { CliIo } from './cliIo';
import { addFailOn, errorMessage, gateFailure, scanArgs, takeRecordLimit, UsageError, type FailOn } from './cliArgs';
import { DEFAULT_RECORD_LIMITS, type RecordLimits } from '../domain/io/readDocument';
import { PROJECT_PACK_HELP, takeProjectPack, type ProjectPackChoice } from './projectPacks';

export interface ReportIo extends CliIo {
  writeBytes(path: string, data: Uint8Array): void;
  stdoutBytes(data: Uint8Array): void;
  /** The report time (ISO-8601 UTC). */
  now(): string;
  /** Renders the PDF; injected so tests can run without the PDF library. */
  renderPdf(model: ReportModel, pageSize: PageSizeName): Promise<Uint8Array>;
}

export const REPORT_HELP = `htw report - write an assessment report

Usage:
  htw report <model.json> --format ${REPORT_IDS.join('|')}
             [--out FILE] [--page-size a4|letter] [--fail-on gaps|needs-input]
             [--pack FILE]... [--no-pack ID]... [--with-pack ID]... [--max-components N] [--max-connections N]

--pack FILE composes an installed pack (JSON or YAML) into the catalog, as for htw assess;
its items get a section of their own (or join their baseline function) in every format.
A bundled pack the model removed (or one named by --no-pack) is left out of every format:
${PROJECT_PACK_HELP}

Formats:
${formatHelp(REPORT_FORMATS)}

--max-components and --max-connections raise the model limits (5000 components, 20000
connections) for larger platforms; reports of such models take longer.

The format is taken from --out's extension when --format is absent (.pdf, .md, .csv).
Without --out the report goes to standard output. SOURCE_DATE_EPOCH, when set, fixes the
report time (reproducible output).

Exit status: 0 written; 1 --fail-on found gaps or needs-input items (still written);
2 invalid usage, or the model is unreadable or invalid (nothing is written).

Example:
  npx htw report threat-catalog/templates/kvm-libvirt.json --format pdf --out kvm.pdf
`;

interface ReportArgs {
  model: string;
  format: ReportFormat;
  out: string | undefined;
  pageSize: PageSizeName;
  failOn: Set<FailOn>;
  packs: string[];
  projectPacks: ProjectPackChoice;
  recordLimits: RecordLimits;
}

function parseArgs(args: readonly string[]): ReportArgs {
  let format: ReportFormat | undefined;
  let out: string | undefined;
  let pageSize: PageSizeName = 'A4';
  const failOn = new Set<FailOn>();
  const packs: string[] = [];
  const projectPacks: ProjectPackChoice = { remove: [], add: [] };
  const recordLimits = { ...DEFAULT_RECORD_LIMITS };
  const positional = scanArgs(args, (name, value) => {
    if (takeRecordLimit(name, value, recordLimits)) return;
    if (takeProjectPack(name, value, projectPacks)) return;
    switch (name) {
      case '--format': {
        const v = value();
        if (!(REPORT_IDS as readonly string[]).includes(v))
          throw new UsageError(`--format must be one of ${REPORT_IDS.join(', ')}, not "${v}"`);
        format = v as ReportFormat;
        break;
      }
      case '--out':
        out = value();
        if (out === '') throw new UsageError('--out needs a file name');
        break;
      case '--page-size': {
        const v = value().toLowerCase();
        if (v !== 'a4' && v !== 'letter') throw new UsageError(`--page-size must be a4 or letter, not "${v}"`);
        pageSize = v === 'a4' ? 'A4' : 'LETTER';
        break;
      }
      case '--fail-on':
        addFailOn(value(), failOn);
        break;
      case '--pack':
        packs.push(value());
        break;
      default:
        throw new UsageError(`unknown option ${name}`);
    }
  });
  if (positional.length !== 1)
    throw new UsageError(
      positional.length === 0
        ? 'report needs a model file: htw report <model.json> --format pdf'
        : `report takes one model file, got ${positional.length}`,
    );
  const inferred = out?.toLowerCase().match(/\.(pdf|md|csv)$/)?.[1] as ReportFormat | undefined;
  const chosen = format ?? inferred;
  if (!chosen) throw new UsageError(`say which report: --format ${REPORT_IDS.join('|')}`);
  return { model: positional[0]!, format: chosen, out, pageSize, failOn, packs, projectPacks, recordLimits };
}

/** Runs `htw report` with the arguments after `report`; resolves to the exit code. */
export async function runReport(argv: readonly string[], io: ReportIo): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(REPORT_HELP);
    return EXIT_OK;
  }
  let args: ReportArgs;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`htw: ${error.message}\nRun "htw report --help" for usage.\n`);
    return EXIT_USAGE;
  }
  const generatedAt = io.now();
  // Risk acceptances expire against the report's own date.
  const assessed = assessModelFile(io, {
    model: args.model,
    packs: args.packs,
    projectPacks: args.projectPacks,
    recordLimits: args.recordLimits,
    asOf: generatedAt.slice(0, 10),
  });
  if (!assessed) return EXIT_USAGE;
  const { catalog, document, assessment } = assessed;
  const model = buildReport(document, catalog, assessment, {
    generatedAt,
    generator: `Hypervisor Threat Workbench ${io.version ?? ''}`.trim(),
  });
  try {
    if (args.format === 'pdf') {
      const bytes = await io.renderPdf(model, args.pageSize);
      if (args.out !== undefined) io.writeBytes(args.out, bytes);
      else io.stdoutBytes(bytes);
    } else {
      const output = renderTextReport(args.format, model, catalog);
      if (args.out !== undefined) io.writeFile(args.out, output);
      else io.stdout(output);
    }
  } catch (error) {
    io.stderr(
      `htw: cannot write the ${args.format} report${args.out ? ` to ${args.out}` : ''}: ${errorMessage(error)}\n`,
    );
    return EXIT_USAGE;
  }
  const failure = gateFailure(assessment.summary, args.failOn);
  if (failure) {
    io.stderr(`htw: ${args.model}: ${failure}\n`);
    return EXIT_GATE;
  }
  return EXIT_OK;
}

/** The report time: SOURCE_DATE_EPOCH (seconds) when set, for reproducible output, else now. */
export function reportTime(
  env: Readonly<Record<string, string | undefined>>,
  now: () => Date = () => new Date(),
): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  const date = epoch !== undefined && /^\d{1,12}$/.test(epoch) ? new Date(Number(epoch) * 1000) : now();
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Node side of `ReportIo`, on top of the command line's own `CliIo`. */
export function nodeReportIo(base: CliIo): ReportIo {
  return {
    ...base,
    writeBytes(path, data) {
      writeFileSync(path, data);
    },
    stdoutBytes(data) {
      process.stdout.write(data);
    },
    now: () => reportTime(process.env),
    async renderPdf(model, pageSize) {
      const { renderReportPdf } = await import('../report/renderPdf');
      return renderReportPdf(model, { pageSize });
    },
  };
}
