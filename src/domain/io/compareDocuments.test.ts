import { describe, expect, it } from 'vitest';
import { loadBundledCatalog } from '../catalog/catalogSource';
import { loadTemplate } from '../catalog/templates';
import { assessmentKey, type WorkbenchDocument } from '../model/schema';
import { compareDocuments } from './compareDocuments';

const catalog = loadBundledCatalog();
const before = loadTemplate('kvm-libvirt');

function edit(change: (doc: WorkbenchDocument) => void): WorkbenchDocument {
  const doc = structuredClone(before);
  change(doc);
  return doc;
}

describe('compareDocuments', () => {
  it('finds nothing between a document and a copy of it', () => {
    const result = compareDocuments(before, structuredClone(before), catalog);
    expect(result.identical).toBe(true);
    expect(result.statuses).toEqual([]);
  });

  it('lists components added, removed and changed, matched by id', () => {
    const [firstId, secondId] = Object.keys(before.components) as [string, string];
    const after = edit((doc) => {
      const first = doc.components[firstId]!;
      first.name = 'Renamed';
      first.position = { x: first.position.x + 20, y: first.position.y };
      const key = Object.keys(first.attributes)[0];
      if (key) first.attributes[key] = null;
      doc.components.newvm = {
        id: 'newvm',
        type: 'guest-vm',
        name: 'New VM',
        notes: '',
        position: { x: 0, y: 0 },
        attributes: {},
      };
      delete doc.components[secondId];
      for (const [id, c] of Object.entries(doc.connections))
        if (c.source === secondId || c.target === secondId) delete doc.connections[id];
      for (const c of Object.values(doc.components)) if (c.parentId === secondId) delete c.parentId;
    });
    const result = compareDocuments(before, after, catalog);
    expect(result.components.added).toEqual([{ id: 'newvm', name: 'New VM', type: 'guest-vm' }]);
    expect(result.components.removed.map((r) => r.id)).toEqual([secondId]);
    const changed = result.components.changed.find((c) => c.id === firstId)!;
    expect(changed.changes[0]).toBe(`name: "${before.components[firstId]!.name}" → "Renamed"`);
    expect(changed.changes).toContain('moved');
    expect(result.identical).toBe(false);
  });

  it('lists checklist statuses the assessor changed', () => {
    const rec = 'HY-SR-2';
    const after = edit((doc) => {
      doc.assessment[assessmentKey(rec, 'platform')] = {
        recommendationId: rec,
        scope: 'platform',
        status: 'implemented',
        justification: '',
        evidence: [],
        owner: '',
        dueDate: '',
        verifiedBy: '',
        verifiedAt: '',
        approver: '',
        approvedAt: '',
        expiresAt: '',
        comments: '',
        updatedAt: '2026-11-28T00:00:00.000Z',
      };
    });
    const result = compareDocuments(before, after, catalog);
    expect(result.statuses).toEqual([
      {
        recommendationId: rec,
        before: { status: 'not-reviewed', applicability: expect.any(String) },
        after: { status: 'implemented', applicability: expect.any(String) },
      },
    ]);
    expect(result.components.changed).toEqual([]);
  });
});
