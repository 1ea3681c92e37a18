/**
 * Issue 22 item 5: containment cycles passed silently (a component inside itself got no
 * warning). The reader refuses them with the cycle in the message; the operations refuse
 * edits that would create one.
 */
import { describe, expect, it } from 'vitest';
import { loadBundledCatalog } from '../catalog/catalogSource';
import { loadTemplate } from '../catalog/templates';
import { describeImportError } from '../io/importErrors';
import { importProjectFile } from '../io/projectFile';
import { exportProjectFile } from '../io/projectFileFormat';
import { findContainmentCycle } from './containment';
import { addComponents, updateComponents } from './operations';
import type { WorkbenchDocument } from './schema';

const catalog = loadBundledCatalog();
const sample = loadTemplate('kvm-libvirt');
const NOW = '2026-03-01T00:00:00.000Z';

function withParents(parents: Record<string, string>): string {
  const doc = JSON.parse(exportProjectFile(sample)) as WorkbenchDocument;
  for (const [id, parentId] of Object.entries(parents)) doc.components[id]!.parentId = parentId;
  return JSON.stringify(doc);
}

function refusal(parents: Record<string, string>): string {
  const result = importProjectFile(withParents(parents), catalog);
  if (result.ok) throw new Error('expected the file to be refused');
  expect(result.error.kind).toBe('containment-cycle');
  return describeImportError(result.error, 'cycle.json');
}

describe('findContainmentCycle', () => {
  it('finds self-parents, two-cycles and longer cycles, reached from a tail or not', () => {
    expect(findContainmentCycle({ a: { parentId: 'a' } })).toEqual(['a', 'a']);
    expect(findContainmentCycle({ a: { parentId: 'b' }, b: { parentId: 'a' } })).toEqual(['a', 'b', 'a']);
    expect(
      findContainmentCycle({ t: { parentId: 'a' }, a: { parentId: 'b' }, b: { parentId: 'c' }, c: { parentId: 'a' } }),
    ).toEqual(['a', 'b', 'c', 'a']);
  });

  it('accepts forests and stops at missing parents', () => {
    expect(
      findContainmentCycle({ a: {}, b: { parentId: 'a' }, c: { parentId: 'b' }, d: { parentId: 'gone' } }),
    ).toBeUndefined();
    expect(findContainmentCycle(sample.components)).toBeUndefined();
  });

  it('walks a deep chain without recursion', () => {
    const chain: Record<string, { parentId?: string }> = { n0: {} };
    for (let i = 1; i < 20_000; i++) chain[`n${i}`] = { parentId: `n${i - 1}` };
    expect(findContainmentCycle(chain)).toBeUndefined();
    chain.n0 = { parentId: 'n19999' };
    expect(findContainmentCycle(chain)).toHaveLength(20_001);
  });
});

describe('reading a document with a containment cycle', () => {
  it('refuses a component that is its own parent', () => {
    expect(refusal({ 'rack-a': 'rack-a' })).toBe(
      'cycle.json nests components inside each other in a cycle at components.rack-a.parentId: rack-a → rack-a. A component cannot be inside itself.',
    );
  });

  it('refuses two components inside each other', () => {
    expect(refusal({ 'rack-a': 'mgmt-zone', 'mgmt-zone': 'rack-a' })).toContain(
      'at components.rack-a.parentId: rack-a → mgmt-zone → rack-a.',
    );
  });

  it('refuses a longer cycle, naming its path', () => {
    expect(refusal({ 'rack-a': 'kvm' })).toContain('rack-a → kvm → kvm-node-01 → rack-a');
  });
});

describe('operations refuse to create a containment cycle', () => {
  it('updateComponents leaves the document unchanged for a self-parent, a two-cycle and a longer cycle', () => {
    expect(updateComponents(sample, { 'rack-a': { parentId: 'rack-a' } }, NOW)).toBe(sample);
    expect(updateComponents(sample, { 'kvm-node-01': { parentId: 'kvm' } }, NOW)).toBe(sample);
    expect(updateComponents(sample, { 'rack-a': { parentId: 'kvm' } }, NOW)).toBe(sample);
    // Two moves that are fine one by one but make a cycle together.
    expect(
      updateComponents(sample, { 'rack-a': { parentId: 'mgmt-zone' }, 'mgmt-zone': { parentId: 'rack-a' } }, NOW),
    ).toBe(sample);
  });

  it('still moves components into other containers and out to the top level', () => {
    const moved = updateComponents(
      sample,
      { 'vm-web': { parentId: 'mgmt-zone' }, 'kvm-node-01': { parentId: undefined } },
      NOW,
    );
    expect(moved.components['vm-web']!.parentId).toBe('mgmt-zone');
    expect(moved.components['kvm-node-01']!.parentId).toBeUndefined();
    expect(importProjectFile(exportProjectFile(moved), catalog).ok).toBe(true);
  });

  it('addComponents refuses components whose parents form a cycle', () => {
    const base = { type: 'trust-boundary', notes: '', position: { x: 0, y: 0 }, attributes: {} };
    const pasted = [
      { ...base, id: 'p1', name: 'p1', parentId: 'p2' },
      { ...base, id: 'p2', name: 'p2', parentId: 'p1' },
    ];
    expect(addComponents(sample, pasted, NOW)).toBe(sample);
    expect(
      addComponents(sample, [{ ...base, id: 'p3', name: 'p3', parentId: 'rack-a' }], NOW).components.p3,
    ).toBeDefined();
  });
});
