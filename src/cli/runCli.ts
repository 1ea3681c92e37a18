/**
 * The `htw` command line, independent of Node: everything it touches (files, output streams,
 * the catalog) comes in through `CliIo`, so tests call `runCli` directly.
 *
 * Exit codes: 0 success; 1 when `--fail-on` finds what it gates on (the report is still
 * written); 2 on invalid usage or input (nothing is written).
 */
import type { CatalogData } from '../domain/catalog/schema';
import { loadCatalog } from '../domain/catalog/loadCatalog';
import { DocumentSchema, type WorkbenchDocument } from '../domain/model/schema';
import { describeImportError } from '../domain/io/importErrors';
import { formatJsonPath } from '../domain/io/jsonPath';
import { jsonSyntaxError } from '../domain/io/untrustedJson';
import { migrateDocument } from '../domain/io/migrateDocument';
import { importProjectFile } from '../domain/io/projectFile';
import { DEFAULT_RECORD_LIMITS, type RecordLimits } from '../domain/io/readDocument';
import { assess } from '../domain/rules/assess';
import type { Assessment } from '../domain/rules/types';
import { assessmentToJson, assessmentToMarkdown, checklistToCsv } from '../domain/checklist/formatChecklist';
import { catalogWithPacks, PACK_HELP, runPack } from './packCommand';
import { withScanEvidence } from './scanEvidence';
import {
  addFailOn,
  bundledCatalog,
  errorMessage,
  gateFailure,
  limitHint,
  parseAsOf,
  scanArgs,
  takeRecordLimit,
  UsageError,
  type FailOn,
} from './cliArgs';
import { plural } from '../domain/text/plural';
import type { CliIo } from './cliIo';
import { applyProjectPacks, PROJECT_PACK_HELP, takeProjectPack, type ProjectPackChoice } from './projectPacks';

export const EXIT_OK = 0;
export const EXIT_GATE = 1;
export const EXIT_USAGE = 2;

export const HELP = `htw - Hypervisor Threat Workbench command line

Usage:
  htw assess <model.json> [--format json|md|csv] [--out FILE] [--fail-on gaps|needs-input]
             [--catalog FILE] [--pack FILE]... [--no-pack ID]... [--with-pack ID]... [--scan FILE]...
             [--as-of YYYY-MM-DD] [--max-components N] [--max-connections N]
             [--pretty]
  htw pack lint FILE [FILE ...]
  htw pack explain FILE MODEL
  htw --help
  htw --version

Commands:
  assess    Assess a platform model (a document exported by the app, or a template from
            threat-catalog/templates/) against NIST SP 800-125A Rev. 1 and write the
            checklist, coverage and summary.

Options:
  --format json|md|csv   Output format (default: json, or taken from --out's extension).
                         json: { catalog, checklist[], coverage, summary, ... }
                         md:   a Markdown report;  csv: the checklist, one row per item.
  --out FILE             Write to FILE instead of standard output (json: compact, one
                         line, unless --pretty).
  --pretty               Indent the json written to --out (standard output always is).
  --fail-on WHAT         Exit 1 when the assessment has gaps (applicable recommendations
                         not implemented, partially implemented or not reviewed, ones the
                         model's own facts contradict unless risk-accepted, and expired
                         risk acceptances) or needs-input items (attributes left unknown,
                         parts not drawn). Repeat or separate with commas to gate on
                         both: --fail-on gaps,needs-input
  --as-of YYYY-MM-DD     The assessment date (default: today): risk acceptances that
                         expire before it count as gaps.
  --catalog FILE         Assess against this catalog JSON instead of the bundled one.
  --pack FILE            Compose an installed pack (JSON or YAML) into the catalog; repeat
                         for several. Its items appear in every format, namespaced
                         <pack>.<id>. A pack with any problem stops the run (exit 2).
${PROJECT_PACK_HELP}
  --scan FILE            Attach a scan report (OpenSCAP XCCDF results or ARF, STIG Viewer
                         .ckl or .cklb, Lynis report.dat) as evidence on the items a pack's
                         crosswalk maps its rule ids to, with a suggested status; statuses
                         are not changed. Unmatched results are listed on standard error.
                         Repeatable. A file that cannot be read stops the run (exit 2).
  --max-components N     Accept models of up to N components (default 5000) ...
  --max-connections N    ... and N connections (default 20000), for larger platforms.
  -h, --help             Show this help.
  -V, --version          Show the version.

Exit status:
  0  the assessment was written
  1  --fail-on found gaps or needs-input items (the assessment was still written)
  2  invalid usage, or the model file is unreadable or invalid (nothing is written)

Example:
  npx htw assess threat-catalog/templates/kvm-libvirt.json --format md --out kvm.md
`;

type Format = 'json' | 'md' | 'csv';
type Gate = FailOn;

interface AssessArgs {
  model: string;
  format: Format | undefined;
  out: string | undefined;
  failOn: Set<Gate>;
  catalog: string | undefined;
  packs: string[];
  projectPacks: ProjectPackChoice;
  scans: string[];
  asOf: string | undefined;
  recordLimits: RecordLimits;
  pretty: boolean;
}

function parseAssessArgs(args: string[]): AssessArgs {
  const recordLimits = { ...DEFAULT_RECORD_LIMITS };
  const parsed: AssessArgs = {
    model: '',
    format: undefined,
    out: undefined,
    failOn: new Set(),
    catalog: undefined,
    packs: [],
    projectPacks: { remove: [], add: [] },
    scans: [],
    asOf: undefined,
    recordLimits,
    pretty: false,
  };
  const positional = scanArgs(args, (name, takeValue) => {
    if (takeRecordLimit(name, takeValue, recordLimits)) return;
    if (takeProjectPack(name, takeValue, parsed.projectPacks)) return;
    switch (name) {
      case '--format': {
        const value = takeValue();
        if (value !== 'json' && value !== 'md' && value !== 'csv')
          throw new UsageError(`--format must be json, md or csv, not "${value}"`);
        parsed.format = value;
        break;
      }
      case '--out':
        parsed.out = takeValue();
        if (parsed.out === '') throw new UsageError('--out needs a file name');
        break;
      case '--fail-on':
        addFailOn(takeValue(), parsed.failOn);
        break;
      case '--catalog':
        parsed.catalog = takeValue();
        break;
      case '--pack':
        parsed.packs.push(takeValue());
        break;
      case '--scan':
        parsed.scans.push(takeValue());
        break;
      case '--as-of':
        parsed.asOf = parseAsOf(takeValue());
        break;
      case '--pretty':
        parsed.pretty = true;
        break;
      default:
        throw new UsageError(`unknown option ${name}`);
    }
  });
  if (positional.length === 0) throw new UsageError('assess needs a model file: htw assess <model.json>');
  if (positional.length > 1)
    throw new UsageError(`assess takes one model file, got ${positional.length}: ${positional.join(' ')}`);
  parsed.model = positional[0]!;
  return parsed;
}

function inferFormat(out: string | undefined): Format {
  if (out?.toLowerCase().endsWith('.md') || out?.toLowerCase().endsWith('.markdown')) return 'md';
  if (out?.toLowerCase().endsWith('.csv')) return 'csv';
  return 'json';
}

/**
 * Reads a catalog given as one assembled JSON file through the app's one catalog loader:
 * schema, unique ids and every cross reference, as for the shipped catalog. A refusal names
 * the file and the place in it.
 */
function readCatalogFile(io: CliIo, path: string): CatalogData | undefined {
  const raw = readJson(io, path, 'catalog', {
    safeParse: (value: unknown) => ({ success: true as const, data: value }),
  });
  if (raw === undefined) return undefined;
  const result = loadCatalog({ kind: 'file', path, content: raw });
  if (result.ok) return result.catalog;
  io.stderr(`htw: ${path}: not a valid catalog (${plural(result.errors.length, 'problem')}):\n`);
  for (const e of result.errors.slice(0, 20)) io.stderr(`  ${e.path}: ${e.message}\n`);
  if (result.errors.length > 20) io.stderr(`  ... and ${result.errors.length - 20} more\n`);
  return undefined;
}

/** Reads and validates a JSON file, or reports what is wrong (file, JSON path, problem) and returns undefined. */
function readJson<T>(
  io: CliIo,
  path: string,
  what: string,
  schema: {
    safeParse(
      v: unknown,
    ): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  },
): T | undefined {
  let text: string;
  try {
    text = io.readFile(path);
  } catch (error) {
    io.stderr(`htw: cannot read ${what} ${path}: ${errorMessage(error)}\n`);
    return undefined;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    // Never V8's message: it quotes the input.
    io.stderr(`htw: ${describeImportError(jsonSyntaxError(text, error), path)}\n`);
    return undefined;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues;
    io.stderr(`htw: ${path}: not a valid ${what} (${plural(issues.length, 'problem')}):\n`);
    for (const issue of issues.slice(0, 20)) io.stderr(`  ${path}: ${formatJsonPath(issue.path)}: ${issue.message}\n`);
    if (issues.length > 20) io.stderr(`  ... and ${issues.length - 20} more\n`);
    return undefined;
  }
  return parsed.data;
}

/**
 * Reads the model exactly as the app imports a project file (size and depth limits, migration
 * of older schema versions, strict validation, catalog types, dangling references). When the
 * schema refuses it, every problem is listed with its JSON path, not only the first.
 */
export function readModel(
  io: CliIo,
  path: string,
  catalog: CatalogData,
  recordLimits: RecordLimits = DEFAULT_RECORD_LIMITS,
): WorkbenchDocument | undefined {
  let text: string;
  try {
    text = io.readFile(path);
  } catch (error) {
    io.stderr(`htw: cannot read model ${path}: ${errorMessage(error)}\n`);
    return undefined;
  }
  const result = importProjectFile(text, catalog, { recordLimits });
  if (result.ok) return result.value;
  io.stderr(`htw: ${describeImportError(result.error, path)}\n${limitHint(result.error)}`);
  if (result.error.kind === 'invalid' && result.error.more > 0) {
    let raw: unknown;
    try {
      raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch {
      return undefined;
    }
    const migrated = migrateDocument(raw);
    const parsed = migrated.ok ? DocumentSchema.safeParse(migrated.value.document) : undefined;
    if (parsed && !parsed.success) {
      for (const issue of parsed.error.issues.slice(0, 20))
        io.stderr(`  ${path}: ${formatJsonPath(issue.path)}: ${issue.message}\n`);
      if (parsed.error.issues.length > 20) io.stderr(`  ... and ${parsed.error.issues.length - 20} more\n`);
    }
  }
  return undefined;
}

/** What `htw assess` and `htw report` both start from. */
export interface AssessedModel {
  catalog: CatalogData;
  document: WorkbenchDocument;
  assessment: Assessment;
}

/**
 * The pipeline `htw assess` and `htw report` share: the catalog (bundled, or one file through
 * the one catalog loader), the packs composed into it, the model read as the app imports a
 * project file, and its assessment as of `asOf`. Undefined after saying on stderr what is wrong.
 */
export function assessModelFile(
  io: CliIo,
  input: {
    model: string;
    catalogFile?: string | undefined;
    packs: readonly string[];
    /** `--no-pack` / `--with-pack`: bundled packs left out of or added back to this run. */
    projectPacks?: ProjectPackChoice;
    recordLimits: RecordLimits;
    asOf: string;
    scans?: readonly string[];
    noteCatalogMismatch?: boolean;
  },
): AssessedModel | undefined {
  let catalog: CatalogData | undefined =
    input.catalogFile !== undefined ? readCatalogFile(io, input.catalogFile) : bundledCatalog(io);
  if (!catalog) return undefined;
  if (input.packs.length > 0) {
    catalog = catalogWithPacks(io, catalog, input.packs);
    if (!catalog) return undefined;
  }
  const modelRead = readModel(io, input.model, catalog, input.recordLimits);
  if (!modelRead) return undefined;
  // The packs the model removed for itself (and --no-pack / --with-pack) leave the catalog of this run.
  const project = applyProjectPacks(io, modelRead, catalog, input.projectPacks);
  if (!project) return undefined;
  const read = project.document;
  catalog = project.catalog;
  const document = input.scans && input.scans.length > 0 ? withScanEvidence(io, read, catalog, input.scans) : read;
  if (!document) return undefined;
  if (
    input.noteCatalogMismatch &&
    (document.catalog.id !== catalog.id || document.catalog.version !== catalog.version)
  ) {
    io.stderr(
      `htw: note: ${input.model} was made with catalog ${document.catalog.id} ${document.catalog.version}; assessing against ${catalog.id} ${catalog.version}\n`,
    );
  }
  return { catalog, document, assessment: assess(document, catalog, { asOf: input.asOf }) };
}

function runAssess(args: AssessArgs, io: CliIo): number {
  const assessed = assessModelFile(io, {
    model: args.model,
    catalogFile: args.catalog,
    packs: args.packs,
    projectPacks: args.projectPacks,
    recordLimits: args.recordLimits,
    asOf: args.asOf ?? io.today?.() ?? new Date().toISOString().slice(0, 10),
    scans: args.scans,
    noteCatalogMismatch: true,
  });
  if (!assessed) return EXIT_USAGE;
  const { catalog, document, assessment } = assessed;
  const format = args.format ?? inferFormat(args.out);
  const output =
    format === 'json'
      ? // A person reads standard output; a file of 10,000 components (15 MB indented) is
        // read by programs, and indenting it costs a fifth of the run (issue 17).
        `${JSON.stringify(assessmentToJson(assessment, document, catalog), null, args.out === undefined || args.pretty ? 2 : undefined)}\n`
      : format === 'csv'
        ? checklistToCsv(assessment, document, catalog)
        : assessmentToMarkdown(assessment, document, catalog);
  if (args.out !== undefined) {
    try {
      io.writeFile(args.out, output);
    } catch (error) {
      io.stderr(`htw: cannot write ${args.out}: ${errorMessage(error)}\n`);
      return EXIT_USAGE;
    }
  } else {
    io.stdout(output);
  }
  const failure = gateFailure(assessment.summary, args.failOn);
  if (failure) {
    io.stderr(`htw: ${args.model}: ${failure}\n`);
    return EXIT_GATE;
  }
  return EXIT_OK;
}

/** Runs `htw` with `argv` (without the node and script paths) and returns the exit code. */
export function runCli(argv: readonly string[], io: CliIo): number {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    if (command === undefined) {
      io.stderr(HELP);
      return EXIT_USAGE;
    }
    io.stdout(`${HELP}\n${PACK_HELP}`);
    return EXIT_OK;
  }
  if (command === '--version' || command === '-V') {
    io.stdout(`${io.version ?? 'unknown'}\n`);
    return EXIT_OK;
  }
  if (command === 'pack') return runPack(rest, io, (path, catalog) => readModel(io, path, catalog));
  if (command !== 'assess') {
    io.stderr(`htw: unknown command "${command}"\n\n${HELP}`);
    return EXIT_USAGE;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(HELP);
    return EXIT_OK;
  }
  let args: AssessArgs;
  try {
    args = parseAssessArgs([...rest]);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`htw: ${error.message}\nRun "htw --help" for usage.\n`);
    return EXIT_USAGE;
  }
  return runAssess(args, io);
}
