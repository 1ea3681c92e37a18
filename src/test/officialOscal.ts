/**
 * NIST's official OSCAL 1.2.1 JSON Schemas for conformance tests. They are never copied into
 * the repository: OSCAL_SCHEMA_DIR names their folder, else the nearest `shared/oscal` beside
 * the checkout or above it (a worktree sits deeper than the main checkout, so a fixed `../`
 * would miss it). Tests report themselves skipped, saying why, when no folder is found.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

export const OSCAL_SCHEMA_FILES = {
  'oscal-ar': 'oscal_assessment-results_schema.json',
  'oscal-poam': 'oscal_poam_schema.json',
  'oscal-catalog': 'oscal_catalog_schema.json',
} as const;
export type OscalFormat = keyof typeof OSCAL_SCHEMA_FILES;
export const OSCAL_FORMATS = Object.keys(OSCAL_SCHEMA_FILES) as OscalFormat[];

function hasAll(dir: string): boolean {
  return Object.values(OSCAL_SCHEMA_FILES).every((f) => existsSync(join(dir, f)));
}

function findSchemaDir(): string | undefined {
  const fromEnv = process.env.OSCAL_SCHEMA_DIR;
  if (fromEnv) return hasAll(fromEnv) ? fromEnv : undefined;
  // src/test -> the checkout's root, then each folder above it.
  let dir = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
  for (;;) {
    const candidate = join(dir, 'shared', 'oscal');
    if (hasAll(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The folder holding the schemas, or undefined (tests then skip). */
export const OSCAL_SCHEMA_DIR = findSchemaDir();
/** What a skipped conformance test says. */
export const OSCAL_SKIP_REASON = `the official OSCAL schemas were not found (set OSCAL_SCHEMA_DIR to a folder holding ${Object.values(OSCAL_SCHEMA_FILES).join(', ')}, or put them in a shared/oscal folder above the checkout)`;

const compiled = new Map<OscalFormat, ValidateFunction>();

/** The compiled validator of `format` (draft-07, Ajv's default Unicode patterns), cached. */
export function oscalValidator(format: OscalFormat): ValidateFunction {
  if (!OSCAL_SCHEMA_DIR) throw new Error(OSCAL_SKIP_REASON);
  let validate = compiled.get(format);
  if (!validate) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    validate = ajv.compile(JSON.parse(readFileSync(join(OSCAL_SCHEMA_DIR, OSCAL_SCHEMA_FILES[format]), 'utf8')));
    compiled.set(format, validate);
  }
  return validate;
}

/** The schema errors of `data` as `format`, at most `limit`, as short lines (empty when valid). */
export function oscalErrors(format: OscalFormat, data: unknown, limit = 8): string[] {
  const validate = oscalValidator(format);
  if (validate(data)) return [];
  const errors = validate.errors ?? [];
  return errors
    .slice(0, limit)
    .map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`.trim())
    .concat(errors.length > limit ? [`... ${errors.length - limit} more`] : []);
}
