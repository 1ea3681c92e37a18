import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { loadBundledCatalog } from '../../catalog/catalogSource';
import { DocumentSchema } from '../../model/schema';
import { threagileFileText, toThreagile } from './toThreagile';
import { yamlText } from './yamlText';
import { interchangeErrors, interchangeValidator } from '../../../test/interchangeSchemas';
import { hostileDocument, shippedTemplates } from '../../../test/fixtures/reportDocuments';

const catalog = loadBundledCatalog();
const templates = shippedTemplates().map((t) => ({ name: t.id, document: DocumentSchema.parse(JSON.parse(t.text)) }));

describe('Threagile export', () => {
  it.each(templates)('$name validates against the published Threagile schema', ({ document }) => {
    expect(interchangeErrors('threagile', toThreagile(document, catalog).model)).toEqual([]);
  });

  it('the validator rejects a broken model (the test can fail)', () => {
    const { model } = toThreagile(templates[0]!.document, catalog);
    expect(interchangeValidator('threagile')({ ...model, business_criticality: 'whatever' })).toBe(false);
    expect(interchangeErrors('threagile', toThreagile(hostileDocument(catalog), catalog).model)).toEqual([]);
  });

  it('guests and emulators are virtual assets, a host is a shared runtime and an execution environment', () => {
    const document = templates.find((t) => t.name === 'kvm-libvirt')!.document;
    const { model } = toThreagile(document, catalog);
    const assets = Object.values(model.technical_assets as Record<string, { id: string; machine: string }>);
    expect(assets.find((a) => a.id === 'vm-web')!.machine).toBe('virtual');
    expect(assets.find((a) => a.id === 'qemu')!.machine).toBe('virtual');
    expect(assets.find((a) => a.id === 'kvm')!.machine).toBe('physical');
    const boundaries = Object.values(
      model.trust_boundaries as Record<
        string,
        { id: string; type: string; technical_assets_inside: string[]; trust_boundaries_nested: string[] }
      >,
    );
    expect(boundaries.find((b) => b.id === 'kvm-node-01')).toMatchObject({
      type: 'execution-environment',
      technical_assets_inside: expect.arrayContaining(['kvm', 'vm-web']),
    });
    expect(boundaries.find((b) => b.id === 'rack-a')!.trust_boundaries_nested).toContain('kvm-node-01');
    expect(
      Object.values(model.shared_runtimes as Record<string, { id: string; technical_assets_running: string[] }>)[0],
    ).toMatchObject({ id: 'kvm-node-01-runtime' });
  });

  it('writes YAML whose every key and string is double-quoted, so text cannot become syntax', () => {
    expect(yamlText({ a: { 'b: c': ['x\u2028y', 1, true, null, { d: [] }] }, e: {} })).toBe(
      '"a":\n  "b: c":\n    - "x\\u2028y"\n    - 1\n    - true\n    - null\n    - "d": []\n"e": {}\n',
    );
    const text = threagileFileText(toThreagile(hostileDocument(catalog), catalog).model);
    expect(text.startsWith('# Threagile model')).toBe(true);
    for (const line of text.split('\n').filter((l) => l !== '' && !l.startsWith('#')))
      expect(line).toMatch(/^ *(- )?("|null|true|false|-?\d|\[\]|\{\})/);
  });
  it.each(templates)(
    '$name: the exported YAML text parses back to the same model and validates against the schema',
    ({ document }) => {
      const { model } = toThreagile(document, catalog);
      const parsed: unknown = parseYaml(threagileFileText(model));
      expect(parsed).toEqual(model);
      expect(interchangeErrors('threagile', parsed)).toEqual([]);
    },
  );

  it('hostile labels survive the YAML text: parsed back, the model is unchanged and still valid', () => {
    const { model } = toThreagile(hostileDocument(catalog), catalog);
    const parsed: unknown = parseYaml(threagileFileText(model));
    expect(parsed).toEqual(model);
    expect(interchangeErrors('threagile', parsed)).toEqual([]);
    // The check can fail: a text with one business_criticality changed no longer validates.
    const broken = threagileFileText(model).replace(
      /"business_criticality": "[^"]*"/,
      '"business_criticality": "whatever"',
    );
    expect(interchangeErrors('threagile', parseYaml(broken))).not.toEqual([]);
  });
});
