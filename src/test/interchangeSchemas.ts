/**
 * Validators for the published schemas of the interchange formats, committed under
 * src/test/interchange-schemas/ (see its README for source and version).
 */
import { readFileSync } from 'node:fs';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

export const INTERCHANGE_SCHEMAS = {
  otm: 'otm-0.2.0.schema.json',
  'threat-dragon': 'threat-dragon-v2.schema.json',
} as const;
export type InterchangeSchema = keyof typeof INTERCHANGE_SCHEMAS;

const compiled = new Map<InterchangeSchema, ValidateFunction>();

export function interchangeValidator(format: InterchangeSchema): ValidateFunction {
  let validate = compiled.get(format);
  if (!validate) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const schema = JSON.parse(readFileSync(new URL(`./interchange-schemas/${INTERCHANGE_SCHEMAS[format]}`, import.meta.url), 'utf8')) as object;
    validate = ajv.compile(schema);
    compiled.set(format, validate);
  }
  return validate;
}

/** Schema errors of `data`, at most `limit`, as short lines (empty when valid). */
export function interchangeErrors(format: InterchangeSchema, data: unknown, limit = 8): string[] {
  const validate = interchangeValidator(format);
  if (validate(data)) return [];
  return (validate.errors ?? []).slice(0, limit).map((e) => `${e.instancePath || '(root)'} ${e.message ?? ''}`);
}
