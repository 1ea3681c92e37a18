/**
 * The reference architectures in `threat-catalog/templates/`: valid documents of the app's
 * own format, built only from catalog types and attributes, and together exercising every
 * recommendation through the real rules engine.
 */
import { indexCatalog } from '../rules/engineCatalog';
import { describe, expect, it } from 'vitest';
import { DocumentSchema, type WorkbenchDocument } from '../model/schema';
import { evaluate } from '../rules/evaluate';
import { loadBundledCatalog } from './catalogSource';
import { TemplateIndexSchema, type AttributeSpec } from './schema';
import indexJson from '../../../threat-catalog/templates/index.json';

const catalog = loadBundledCatalog();
const files = import.meta.glob<unknown>('../../../threat-catalog/templates/*.json', { eager: true, import: 'default' });
const byFile = new Map(Object.entries(files).map(([path, json]) => [path.split('/').pop()!, json]));
const index = TemplateIndexSchema.parse(indexJson);
const templates = index.templates.map((t) => ({ ...t, raw: byFile.get(t.file) }));

function valueProblem(spec: AttributeSpec | undefined, value: unknown): string | null {
  if (!spec) return 'is not an attribute of this type';
  if (value === null) return spec.type !== 'text' && spec.unknownAllowed ? null : 'may not be unknown';
  switch (spec.type) {
    case 'enum':
      return spec.options.some((o) => o.value === value) ? null : `value ${JSON.stringify(value)} is not an option`;
    case 'boolean':
      return typeof value === 'boolean' ? null : 'must be boolean';
    case 'number':
      if (typeof value !== 'number') return 'must be a number';
      return (spec.min !== undefined && value < spec.min) || (spec.max !== undefined && value > spec.max)
        ? 'is out of range'
        : null;
    case 'text':
      return typeof value === 'string' && value.length <= spec.maxLength ? null : 'must be text within maxLength';
  }
}

describe('template index', () => {
  it('lists exactly the template files, with the five required platforms', () => {
    const listed = index.templates.map((t) => t.file).sort();
    const present = [...byFile.keys()].filter((f) => f !== 'index.json').sort();
    expect(listed).toEqual(present);
    expect(index.templates.map((t) => t.id)).toEqual([
      'kvm-libvirt',
      'xen-driver-domain',
      'hyperv-parent-partition',
      'esxi-cluster',
      'hosted-type2-lab',
    ]);
    for (const t of index.templates) expect(t.file).toBe(`${t.id}.json`);
  });
});

describe.each(templates)('template $id', ({ id, raw }) => {
  const parsed = DocumentSchema.safeParse(raw);
  const doc = parsed.data as WorkbenchDocument;

  it('is a valid WorkbenchDocument pointing at the document JSON Schema', () => {
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(doc.$schema).toBe('../../public/schemas/workbench-document.schema.json');
    expect(doc.catalog).toEqual({ id: catalog.id, version: catalog.version });
    expect(doc.assessment).toEqual({});
  });

  it('uses only catalog types, attributes and values, with keys equal to ids', () => {
    const problems: string[] = [];
    for (const [key, c] of Object.entries(doc.components)) {
      if (key !== c.id) problems.push(`component key ${key} != id ${c.id}`);
      const specs = indexCatalog(catalog).componentAttributes.get(c.type);
      if (!specs) {
        problems.push(`${c.id}: unknown type ${c.type}`);
        continue;
      }
      for (const [attr, value] of Object.entries(c.attributes)) {
        const p = valueProblem(specs.get(attr), value);
        if (p) problems.push(`${c.id}.${attr} ${p}`);
      }
    }
    for (const [key, k] of Object.entries(doc.connections)) {
      if (key !== k.id) problems.push(`connection key ${key} != id ${k.id}`);
      const specs = indexCatalog(catalog).connectionAttributes.get(k.type);
      if (!specs) {
        problems.push(`${k.id}: unknown connection type ${k.type}`);
        continue;
      }
      for (const [attr, value] of Object.entries(k.attributes)) {
        const p = valueProblem(specs.get(attr), value);
        if (p) problems.push(`${k.id}.${attr} ${p}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('nests components only where the catalog allows, gives containers a size, and joins only allowed pairs', () => {
    const problems: string[] = [];
    for (const c of Object.values(doc.components)) {
      const type = indexCatalog(catalog).componentTypes.get(c.type)!;
      if (type.container !== (c.size !== undefined))
        problems.push(`${c.id}: size ${c.size ? 'on a non-container' : 'missing on a container'}`);
      if (c.parentId !== undefined) {
        const parent = doc.components[c.parentId];
        if (!parent) problems.push(`${c.id}: parent ${c.parentId} missing`);
        else if (!type.allowedParents.includes(parent.type))
          problems.push(`${c.id}: ${c.type} may not sit in ${parent.type}`);
      }
      if (type.category === 'vm') {
        let p = c.parentId ? doc.components[c.parentId] : undefined;
        while (p && p.type !== 'physical-host') p = p.parentId ? doc.components[p.parentId] : undefined;
        if (!p) problems.push(`${c.id}: VM outside any host`);
      }
    }
    const matches = (list: readonly string[], t: string) => list.includes('*') || list.includes(t);
    for (const k of Object.values(doc.connections)) {
      const from = doc.components[k.source];
      const to = doc.components[k.target];
      if (!from || !to) {
        problems.push(`${k.id}: dangling`);
        continue;
      }
      const spec = indexCatalog(catalog).connectionTypes.get(k.type)!;
      if (!spec.allowed.some((pair) => matches(pair.from, from.type) && matches(pair.to, to.type)))
        problems.push(`${k.id}: ${k.type} ${from.type} -> ${to.type} not allowed`);
    }
    expect(problems).toEqual([]);
  });

  it('leaves some decisive attribute unknown, so "needs input" shows', () => {
    const findings = evaluate(doc, catalog);
    expect(
      findings.some((f) => f.applicability === 'needs-input'),
      id,
    ).toBe(true);
  });
});

describe('templates together', () => {
  it('make every recommendation applicable in at least one template (real rules engine)', () => {
    const applicable = new Set<string>();
    for (const { raw } of templates) {
      for (const f of evaluate(DocumentSchema.parse(raw), catalog)) {
        if (f.applicability === 'applicable') f.recommendations.forEach((r) => applicable.add(r));
      }
    }
    expect(catalog.recommendations.map((r) => r.id).filter((r) => !applicable.has(r))).toEqual([]);
  });

  it('keep the first-visit KVM sample between 12 and 20 components', () => {
    const kvm = DocumentSchema.parse(byFile.get('kvm-libvirt.json'));
    const n = Object.keys(kvm.components).length;
    expect(n).toBeGreaterThanOrEqual(12);
    expect(n).toBeLessThanOrEqual(20);
  });
});
