/**
 * The part of `htw import` that reads other threat-modelling tools' files (OTM), chosen by
 * content so the same command takes configuration files and models. Kept apart from the
 * configuration formats' detection (src/domain/import/detectFormat.ts).
 */
import type { CatalogData } from '../domain/catalog/schema';
import { bundledTypeMap } from '../domain/interchange/bundledTypeMap';
import { detectInterchangeFormat } from '../domain/interchange/detectInterchangeFormat';
import { describeLossReport } from '../domain/interchange/lossReport';
import { importInterchange, INTERCHANGE_NAMES } from '../domain/interchange/importInterchange';
import { describeImportError } from '../domain/io/importErrors';
import { errorMessage } from './cliArgs';
import { EXIT_OK, EXIT_USAGE } from './runCli';
import type { CliIo } from './cliIo';

export interface InterchangeImportArgs {
  paths: readonly string[];
  out: string | undefined;
  /** `--name`, when given: replaces the file's project name. */
  name: string | undefined;
  catalog: CatalogData;
  now: string;
}

/**
 * Imports the file when it is an interchange format and returns the exit code; `undefined`
 * when none of the files is one (the configuration import then runs as before).
 */
export function runInterchangeImport(args: InterchangeImportArgs, io: CliIo): number | undefined {
  const texts = new Map<string, string>();
  for (const path of args.paths) {
    try {
      texts.set(path, io.readFile(path));
    } catch {
      return undefined; // The configuration import reports the unreadable file.
    }
  }
  const models = args.paths.filter((p) => detectInterchangeFormat(texts.get(p)!) !== undefined);
  if (models.length === 0) return undefined;
  if (args.paths.length > 1) {
    io.stderr(
      `htw: ${models[0]} is ${INTERCHANGE_NAMES[detectInterchangeFormat(texts.get(models[0]!)!)!]}: import it on its own (it is a whole model; configuration files merge only with each other)\n`,
    );
    return EXIT_USAGE;
  }
  const path = models[0]!;
  const format = detectInterchangeFormat(texts.get(path)!)!;
  const result = importInterchange(format, texts.get(path)!, args.catalog, {
    id: `imported-${args.now.replace(/\D/g, '').slice(0, 14)}`,
    now: args.now,
    typeMap: bundledTypeMap(),
  });
  if (!result.ok) {
    io.stderr(`htw: ${describeImportError(result.error, path)}\n`);
    return EXIT_USAGE;
  }
  const { document, review, losses } = result.value;
  const named = args.name === undefined ? document : { ...document, name: args.name };
  const json = `${JSON.stringify(named, null, 2)}\n`;
  if (args.out === undefined) io.stdout(json);
  else {
    try {
      io.writeFile(args.out, json);
    } catch (error) {
      io.stderr(`htw: cannot write ${args.out}: ${errorMessage(error)}\n`);
      return EXIT_USAGE;
    }
  }
  const summary =
    args.out === undefined
      ? ''
      : `htw: wrote ${args.out}: ${Object.keys(document.components).length} components, ${Object.keys(document.connections).length} connections from ${path} (${format === 'otm' ? 'OTM' : format === 'tmbom' ? 'TM-BOM' : format === 'drawio' ? 'draw.io' : 'Threat Dragon'})\n`;
  const reviewLines = review.map((r) => `  review: ${r.text}\n`).join('');
  io.stderr(`${summary}${describeLossReport(losses).join('\n')}\n${reviewLines}`);
  return EXIT_OK;
}
