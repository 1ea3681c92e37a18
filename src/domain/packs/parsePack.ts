/**
 * Reads a pack file (JSON or YAML text) into a validated `Pack` (validatePack.ts), or every
 * problem found, each naming the file and the path in it. The YAML parser is passed in (the
 * domain imports only zod); callers give `yaml`'s `parse` with PACK_YAML_OPTIONS
 * (src/app/installedPackReading.ts, src/cli/yamlParse.ts).
 */
import { describeImportError } from '../io/importErrors';
import { checkUntrustedValue, parseUntrustedJson } from '../io/untrustedJson';
import type { CatalogData } from '../catalog/schema';
import type { CatalogError } from '../catalog/parseCatalogCore';
import { applyPacks, type ApplyPacksResult, type PackInput } from './applyPacks';
import { validatePack, type ParsePackResult } from './validatePack';

/**
 * Options every YAML reader of packs passes to `yaml`'s `parse` (CLI and app alike): aliases
 * capped (a "billion laughs" file is refused), no merge keys, duplicate keys an error.
 */
export const PACK_YAML_OPTIONS = {
  schema: 'core',
  merge: false,
  uniqueKeys: true,
  maxAliasCount: 50,
  prettyErrors: true,
} as const;

/** Parses YAML text to a plain value; throws with a message (line and column) on bad syntax. */
export type YamlParse = (text: string) => unknown;

/** Packs are small: a few hundred items. */
export const MAX_PACK_BYTES = 1024 * 1024;

export function isYamlFile(name: string): boolean {
  return /\.ya?ml$/i.test(name);
}

/**
 * Parses pack text. YAML when `source` ends in .yaml / .yml, JSON otherwise. The parsed value
 * goes through the same untrusted-input walk as imported projects (no prototype keys, no
 * control characters) before the schema sees it.
 */
export function parsePackText(text: string, source: string, parseYaml: YamlParse): ParsePackResult {
  const fail = (message: string, path = source): ParsePackResult => ({ ok: false, errors: [{ path, message }] });
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.length > MAX_PACK_BYTES)
    return fail(`The pack is too large (${body.length} characters; the limit is ${MAX_PACK_BYTES}).`);
  if (body.trim() === '') return fail('The pack file is empty.');
  let value: unknown;
  if (isYamlFile(source)) {
    try {
      value = parseYaml(body);
    } catch (error) {
      return fail(`Not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
    const problem = checkUntrustedValue(value);
    if (problem)
      return fail(
        problem.kind === 'invalid' ? `${problem.path}: ${problem.message}` : describeImportError(problem, 'The pack'),
      );
  } else {
    const result = parseUntrustedJson(body);
    if (!result.ok) return fail(describeImportError(result.error, 'The pack'));
    value = result.value;
  }
  return validatePack(value, source);
}

/** Parses every pack and composes them into `catalog`; nothing is composed when any is wrong. */
export function loadPacks(
  catalog: CatalogData,
  files: readonly { source: string; text: string }[],
  parseYaml: YamlParse,
): ApplyPacksResult {
  const errors: CatalogError[] = [];
  const inputs: PackInput[] = [];
  for (const file of files) {
    const parsed = parsePackText(file.text, file.source, parseYaml);
    if (parsed.ok) inputs.push({ source: file.source, pack: parsed.pack });
    else errors.push(...parsed.errors);
  }
  if (errors.length > 0) return { ok: false, errors };
  return applyPacks(catalog, inputs);
}
