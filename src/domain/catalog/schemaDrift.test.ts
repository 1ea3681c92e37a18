/* eslint-disable no-restricted-imports -- this test reads and (with UPDATE_SCHEMAS=1) writes generated files */
/**
 * The JSON Schemas under `threat-catalog/schema/` and `public/schemas/` are generated from the
 * zod schemas. `npm run schemas` (UPDATE_SCHEMAS=1) writes them and records the catalog's
 * content hash in `catalog.json` (and in `catalog.lock.json` after a version bump);
 * otherwise this test fails when a committed copy drifts from the zod source.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { z } from '../zod';
import { DocumentSchema } from '../model/schema';
import { CatalogManifestSchema, CatalogPartSchema, CatalogSchema, TemplateIndexSchema } from './schema';
import { hashCatalogParts } from './contentHash';
import { catalogHashFiles } from './catalogHashInput';
import { InterchangeTypeMapSchema } from '../interchange/typeMap';
import { PackSchema } from '../packs/schema';
import { parse as parseYaml } from 'yaml';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const UPDATE = process.env.UPDATE_SCHEMAS === '1';
const HINT = 'Run `npm run schemas` to regenerate it and commit the result.';

const TARGETS = [
  { file: 'threat-catalog/schema/catalog.schema.json', title: 'Threat catalog (assembled)', schema: CatalogSchema },
  {
    file: 'threat-catalog/schema/catalog-manifest.schema.json',
    title: 'Threat catalog manifest',
    schema: CatalogManifestSchema,
  },
  {
    file: 'threat-catalog/schema/catalog-part.schema.json',
    title: 'Threat catalog part file',
    schema: CatalogPartSchema,
  },
  { file: 'threat-catalog/schema/template-index.schema.json', title: 'Template index', schema: TemplateIndexSchema },
  {
    file: 'threat-catalog/schema/interchange-type-map.schema.json',
    title: 'Interchange type mapping table',
    schema: InterchangeTypeMapSchema,
  },
  { file: 'threat-catalog/schema/pack.schema.json', title: 'Hypervisor Threat Workbench pack', schema: PackSchema },
  { file: 'public/schemas/pack.schema.json', title: 'Hypervisor Threat Workbench pack', schema: PackSchema },
  {
    file: 'public/schemas/workbench-document.schema.json',
    title: 'Hypervisor Threat Workbench document',
    schema: DocumentSchema,
  },
] as const;

/** The JSON Schema text for a zod schema: input shape (defaults optional), stable formatting. */
export function generateJsonSchema(title: string, schema: z.ZodMiniType): string {
  const json = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  const { $schema, ...rest } = json;
  return `${JSON.stringify({ $schema, title, ...rest }, null, 2)}\n`;
}

const read = (rel: string) => (existsSync(ROOT + rel) ? readFileSync(ROOT + rel, 'utf8') : null);

describe('generated JSON Schemas', () => {
  for (const target of TARGETS) {
    it(`${target.file} matches the zod schema`, () => {
      const generated = generateJsonSchema(target.title, target.schema);
      if (UPDATE) {
        if (read(target.file) !== generated) {
          mkdirSync(dirname(ROOT + target.file), { recursive: true });
          writeFileSync(ROOT + target.file, generated);
        }
        return;
      }
      const committed = read(target.file);
      expect(committed, `${target.file} is missing. ${HINT}`).not.toBeNull();
      expect(committed === generated, `${target.file} differs from the zod schema it is generated from. ${HINT}`).toBe(
        true,
      );
    });
  }

  it('catalog.json records the content hash of its parts and bundled packs', () => {
    const manifestText = read('threat-catalog/catalog.json');
    expect(manifestText).not.toBeNull();
    const manifest = JSON.parse(manifestText!) as {
      version: string;
      parts: string[];
      bundledPacks?: string[];
      contentHash: string;
    };
    const packNames = manifest.bundledPacks ?? [];
    const fromDisk = (dir: string, names: readonly string[]) =>
      Object.fromEntries(names.map((f) => [f, JSON.parse(read(`${dir}${f}`) ?? 'null') as unknown]));
    const actual = hashCatalogParts(
      catalogHashFiles(
        manifest.parts,
        fromDisk('threat-catalog/', manifest.parts),
        packNames,
        fromDisk('threat-catalog/packs/', packNames),
      ),
    );
    if (UPDATE) {
      if (manifest.contentHash !== actual) {
        writeFileSync(
          ROOT + 'threat-catalog/catalog.json',
          manifestText!.replace(/"contentHash":\s*"[^"]*"/, `"contentHash": "${actual}"`),
        );
      }
      const lockText = read('threat-catalog/catalog.lock.json');
      const lock = lockText ? (JSON.parse(lockText) as { version: string; contentHash: string }) : null;
      // The lock only moves with the version: same version + new content stays a failure.
      if (!lock || lock.version !== manifest.version) {
        writeFileSync(
          ROOT + 'threat-catalog/catalog.lock.json',
          `${JSON.stringify({ version: manifest.version, contentHash: actual }, null, 2)}\n`,
        );
      }
      return;
    }
    expect(
      manifest.contentHash,
      'threat-catalog/catalog.json contentHash does not match the parts. Bump "version" and run `npm run schemas`.',
    ).toBe(actual);
  });
});

describe('data files validate against the JSON Schema they name in $schema', () => {
  const manifest = JSON.parse(read('threat-catalog/catalog.json') ?? '{}') as { parts: string[] };
  const templates = (
    JSON.parse(read('threat-catalog/templates/index.json') ?? '{}') as { templates: { file: string }[] }
  ).templates;
  const files = [
    'threat-catalog/catalog.json',
    ...manifest.parts.map((f) => `threat-catalog/${f}`),
    'threat-catalog/templates/index.json',
    'threat-catalog/interchange-type-map.json',
    ...templates.map((t) => `threat-catalog/templates/${t.file}`),
    'threat-catalog/packs/sp800-125a-to-sp800-53r5.json',
  ];
  it.each(files)('%s', (file) => {
    const data = JSON.parse(read(file)!) as { $schema?: string };
    expect(data.$schema, `${file} has no $schema`).toBeTypeOf('string');
    const schemaPath = fileURLToPath(new URL(data.$schema!, `file://${ROOT}${file}`));
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);
    validate(data);
    expect(validate.errors ?? []).toEqual([]);
  });
});

describe('YAML packs validate against the published pack schema', () => {
  it.each(['threat-catalog/packs/example-org-baseline.yaml'])('%s', (file) => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(read('threat-catalog/schema/pack.schema.json')!) as object);
    validate(parseYaml(read(file)!));
    expect(validate.errors ?? []).toEqual([]);
  });
});
