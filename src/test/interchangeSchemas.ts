/**
 * Validators for the published schemas of the interchange formats, committed under
 * src/test/interchange-schemas/ (see its README for source and version).
 */
import { readFileSync } from 'node:fs';
import Ajv, { type ValidateFunction } from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export const INTERCHANGE_SCHEMAS = {
  otm: 'otm-0.2.0.schema.json',
  'threat-dragon': 'threat-dragon-v2.schema.json',
  threagile: 'threagile.schema.json',
  /** The CycloneDX envelope of a TM-BOM; it references the two files in CYCLONEDX_REFERENCED. */
  cyclonedx: 'cyclonedx-bom-1.6.schema.json',
  /** The OWASP Threat Model Library document inside it (JSON Schema 2020-12). */
  'tm-bom': 'threat-model-library-1.0.2.schema.json',
} as const;
const CYCLONEDX_REFERENCED = ['cyclonedx-spdx.schema.json', 'cyclonedx-jsf-0.82.schema.json'];
export type InterchangeSchema = keyof typeof INTERCHANGE_SCHEMAS;

const compiled = new Map<InterchangeSchema, ValidateFunction>();

export function interchangeValidator(format: InterchangeSchema): ValidateFunction {
  let validate = compiled.get(format);
  if (!validate) {
    const read = (file: string) =>
      JSON.parse(readFileSync(new URL(`./interchange-schemas/${file}`, import.meta.url), 'utf8')) as {
        $schema?: string;
        id?: string;
      };
    if (format === 'tm-bom') {
      const ajv = new Ajv2020({ allErrors: true, strict: false });
      addFormats(ajv);
      validate = ajv.compile(read(INTERCHANGE_SCHEMAS[format]));
      compiled.set(format, validate);
      return validate;
    }
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    // ajv-formats has no RFC 3987 IRI formats; CycloneDX uses iri-reference for URLs and BOM-Links: no spaces is the part we can check.
    ajv.addFormat('iri-reference', /^\S*$/);
    // CycloneDX names its SPDX and JSF schemas by relative $ref, resolved against their $id.
    if (format === 'cyclonedx') for (const file of CYCLONEDX_REFERENCED) ajv.addSchema(read(file));
    const { $schema: dialect, id: legacyId, ...schema } = read(INTERCHANGE_SCHEMAS[format]);
    // The Threat Model Library is 2020-12 (above); every other file is draft-07 (Ajv's default); Threagile names it by an https URL Ajv does not know and
    // gives its $id as draft-04 `id`, which Ajv 8 refuses: both are dropped here, the file stays as published.
    if (dialect !== undefined && !/draft-07/.test(dialect))
      throw new Error(`${INTERCHANGE_SCHEMAS[format]} is not JSON Schema draft-07`);
    validate = ajv.compile(
      legacyId !== undefined && typeof legacyId === 'string' ? { $id: legacyId, ...schema } : schema,
    );
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
