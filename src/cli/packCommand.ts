/**
 * `htw pack lint FILE...` and `htw pack explain FILE MODEL`, and the `--pack FILE` loading
 * `htw assess` shares: packs are read with the CLI's file reader, parsed as JSON or YAML and
 * composed into the catalog; every problem is printed as `file: path: message`.
 */
import type { CatalogData } from '../domain/catalog/schema';
import type { WorkbenchDocument } from '../domain/model/schema';
import { loadPacks } from '../domain/packs/parsePack';
import { packsOf, type PackedCatalog } from '../domain/packs/applyPacks';
import { explainPack, explanationToText } from '../domain/packs/explainPack';
import { assess } from '../domain/rules/assess';
import { bundledCatalog, errorMessage } from './cliArgs';
import { parseYaml } from './yamlParse';
import type { CliIo } from './cliIo';
import { plural, pluralWord } from '../domain/text/plural';

export const PACK_HELP = `Packs (organisation controls, crosswalks; JSON or YAML, schema threat-catalog/schema/pack.schema.json):
  htw assess <model.json> --pack FILE [--pack FILE ...]   assess with packs composed in
  htw pack lint FILE [FILE ...]      check packs against the schema and the core catalog
  htw pack explain FILE MODEL        for each item of the pack: why it fired or not, naming
                                     the components and attributes that decided it
`;

const EXIT_OK = 0;
const EXIT_USAGE = 2;

/** The catalog with the packs composed in, or undefined after printing every problem. */
export function catalogWithPacks(io: CliIo, catalog: CatalogData, files: readonly string[]): PackedCatalog | undefined {
  const texts: { source: string; text: string }[] = [];
  for (const file of files) {
    try {
      texts.push({ source: file, text: io.readFile(file) });
    } catch (error) {
      io.stderr(`htw: cannot read pack ${file}: ${errorMessage(error)}\n`);
      return undefined;
    }
  }
  const result = loadPacks(catalog, texts, parseYaml);
  if (result.ok) return result.catalog;
  io.stderr(
    `htw: ${plural(result.errors.length, 'problem')} in the ${pluralWord(files.length, 'pack')}; nothing was assessed:\n`,
  );
  for (const e of result.errors.slice(0, 50)) io.stderr(`  ${e.path}: ${e.message}\n`);
  if (result.errors.length > 50) io.stderr(`  ... and ${result.errors.length - 50} more\n`);
  return undefined;
}

export function runPack(
  args: readonly string[],
  io: CliIo,
  readModel: (path: string, catalog: CatalogData) => WorkbenchDocument | undefined,
): number {
  const [sub, ...rest] = args;
  if (sub === undefined || sub === '--help' || sub === '-h') {
    (sub === undefined ? io.stderr : io.stdout)(PACK_HELP);
    return sub === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const core = bundledCatalog(io);
  if (!core) return EXIT_USAGE;
  if (sub === 'lint') {
    if (rest.length === 0) {
      io.stderr(`htw: pack lint needs a pack file\n\n${PACK_HELP}`);
      return EXIT_USAGE;
    }
    const catalog = catalogWithPacks(io, core, rest);
    if (!catalog) return EXIT_USAGE;
    // The packs of the files given, not the catalog's bundled ones.
    for (const p of packsOf(catalog).slice(packsOf(core).length)) {
      io.stdout(
        `${p.source}: ok: pack ${p.id} ${p.version}, ${p.recommendationIds.length} recommendations, ${p.ruleIds.length} rules, ${p.verdictIds.length} verdicts, ${p.crosswalks.length} crosswalk entries\n`,
      );
    }
    return EXIT_OK;
  }
  if (sub === 'explain') {
    if (rest.length !== 2) {
      io.stderr(`htw: pack explain takes a pack file and a model file\n\n${PACK_HELP}`);
      return EXIT_USAGE;
    }
    const [packFile, modelFile] = rest as [string, string];
    const catalog = catalogWithPacks(io, core, [packFile]);
    if (!catalog) return EXIT_USAGE;
    const document = readModel(modelFile, catalog);
    if (!document) return EXIT_USAGE;
    const applied = packsOf(catalog).at(-1)!;
    const assessment = assess(document, catalog);
    io.stdout(explanationToText(applied, explainPack(applied, document, catalog, assessment)));
    return EXIT_OK;
  }
  io.stderr(`htw: unknown pack command "${sub}"\n\n${PACK_HELP}`);
  return EXIT_USAGE;
}
