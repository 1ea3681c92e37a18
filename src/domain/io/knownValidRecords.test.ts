/**
 * readDocument's `knownValid` (the save check's memo, projectRepository.ts): leaving out of the
 * schema the records an earlier check passed gives the same verdict and the same first issue as
 * a full read, and checks across records still see every record.
 */
import { describe, expect, it } from 'vitest';
import { loadBundledCatalog } from '../catalog/catalogSource';
import { loadTemplate } from '../catalog/templates';
import { LIMITS, type WorkbenchDocument } from '../model/schema';
import { readDocument, type KnownValidRecord } from './readDocument';

const catalog = loadBundledCatalog();
const sample = loadTemplate('kvm-libvirt');

/** Vouches for every component and connection object of `doc`, under its key. */
function vouchFor(doc: WorkbenchDocument): KnownValidRecord {
  const passed = new Map<unknown, string>(
    [...Object.entries(doc.components), ...Object.entries(doc.connections)].map(([k, r]) => [r, k]),
  );
  return (record, key) => passed.get(record) === key;
}

describe('readDocument with records known to be valid', () => {
  it('reads a valid document to the same value as a full read', () => {
    const full = readDocument(sample, catalog);
    const memo = readDocument(sample, catalog, { knownValid: vouchFor(sample) });
    expect(memo).toEqual(full);
    expect(memo.ok).toBe(true);
  });

  it('still validates a record the edit replaced, with the same message and path', () => {
    const vm = sample.components['vm-web']!;
    const edited: WorkbenchDocument = {
      ...sample,
      components: { ...sample.components, 'vm-web': { ...vm, name: 'x'.repeat(LIMITS.name + 1) } },
    };
    const full = readDocument(edited, catalog);
    expect(full.ok).toBe(false);
    expect(readDocument(edited, catalog, { knownValid: vouchFor(sample) })).toEqual(full);
  });

  it('validates a known record again when it sits under another key', () => {
    const vm = sample.components['vm-web']!;
    const components = { ...sample.components, 'bad key!': vm };
    const moved: WorkbenchDocument = { ...sample, components };
    const full = readDocument(moved, catalog);
    expect(full.ok).toBe(false);
    expect(readDocument(moved, catalog, { knownValid: vouchFor(sample) })).toEqual(full);
  });

  it('checks references across records on the whole document (a known connection to a removed component)', () => {
    const { ['vm-web']: _gone, ...components } = sample.components;
    const removed: WorkbenchDocument = { ...sample, components };
    const full = readDocument(removed, catalog);
    const memo = readDocument(removed, catalog, { knownValid: vouchFor(sample) });
    expect(memo).toEqual(full);
    expect(memo.ok).toBe(false);
    if (!memo.ok) expect(memo.error.kind).toBe('dangling-reference');
  });
});
