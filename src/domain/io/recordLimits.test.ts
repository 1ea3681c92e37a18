/**
 * Issue 22 item 4: the declared limits (LIMITS.components, LIMITS.connections) were never
 * enforced; 50,000 components made a 184 MB assessment. They hold at read time, with the
 * count and the limit in the message, and a caller (the CLI) may raise them explicitly.
 */
import { describe, expect, it } from 'vitest';
import { loadBundledCatalog } from '../catalog/catalogSource';
import { loadTemplate } from '../catalog/templates';
import { LIMITS, type WorkbenchDocument } from '../model/schema';
import { describeImportError } from './importErrors';
import { importProjectFile } from './projectFile';
import { exportProjectFile } from './projectFileFormat';
import { readDocument } from './readDocument';

const catalog = loadBundledCatalog();
const sample = loadTemplate('kvm-libvirt');

/** The KVM template grown to `components` components and `connections` connections. */
function grownModel(components: number, connections: number): WorkbenchDocument {
  const vm = sample.components['vm-web']!;
  const link = Object.values(sample.connections)[0]!;
  const doc: WorkbenchDocument = {
    ...sample,
    components: { ...sample.components },
    connections: { ...sample.connections },
  };
  for (let i = Object.keys(doc.components).length; i < components; i++)
    doc.components[`vm-${i}`] = { ...vm, id: `vm-${i}`, position: { x: i, y: 0 } };
  for (let i = Object.keys(doc.connections).length; i < connections; i++)
    doc.connections[`link-${i}`] = { ...link, id: `link-${i}` };
  return doc;
}

const read = (doc: WorkbenchDocument, options?: Parameters<typeof readDocument>[2]) =>
  readDocument(JSON.parse(JSON.stringify(doc)), catalog, options);

describe('component and connection limits', () => {
  it('accepts a model at the limits', () => {
    const result = read(grownModel(LIMITS.components, LIMITS.connections));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(Object.keys(result.value.components)).toHaveLength(LIMITS.components);
      expect(Object.keys(result.value.connections)).toHaveLength(LIMITS.connections);
    }
  });

  it('refuses one component more, naming the count and the limit', () => {
    const result = read(grownModel(LIMITS.components + 1, 0));
    expect(result).toEqual({ ok: false, error: { kind: 'too-many', what: 'components', count: 5001, limit: 5000 } });
    if (!result.ok)
      expect(describeImportError(result.error, 'big.json')).toBe(
        'big.json has too many components: 5001, the limit is 5000.',
      );
  });

  it('refuses one connection more, naming the count and the limit', () => {
    const result = read(grownModel(20, LIMITS.connections + 1));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(describeImportError(result.error, 'big.json')).toBe(
        'big.json has too many connections: 20001, the limit is 20000.',
      );
  });

  // Two full validations of a 5001-component model: seconds on a loaded machine, so its own time budget.
  it('takes raised limits when the caller asks, and the project-file path passes them on', { timeout: 60_000 }, () => {
    const doc = grownModel(LIMITS.components + 1, LIMITS.connections + 1);
    expect(read(doc, { recordLimits: { components: 6000, connections: 30_000 } }).ok).toBe(true);
    const text = exportProjectFile(doc);
    expect(importProjectFile(text, catalog).ok).toBe(false);
    expect(importProjectFile(text, catalog, { recordLimits: { components: 6000, connections: 30_000 } }).ok).toBe(true);
  });

  it('refuses 50,000 components by counting, before validating each one', () => {
    const value = JSON.parse(JSON.stringify(grownModel(50_000, 0))) as {
      components: Record<string, Record<string, unknown>>;
    };
    // The last component is invalid: had the schema run first, the error would name it instead of the count.
    value.components['vm-49999']!.type = 'no-such-type';
    value.components['vm-49999']!.position = 'nowhere';
    const result = readDocument(value, catalog);
    expect(result).toEqual({
      ok: false,
      error: { kind: 'too-many', what: 'components', count: 50_000, limit: LIMITS.components },
    });
  });
});
