/* eslint-disable no-restricted-imports -- the test reads a frozen fixture */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadBundledCatalog } from '../../catalog/catalogSource';
import { assess } from '../../rules/assess';
import { readDocument } from '../readDocument';
import { migration0001 } from './0001-sp800-125b-pack';

const fixture = fileURLToPath(new URL('../../../test/fixtures/documents/v1-sp800-125b.json', import.meta.url));
const raw = () => JSON.parse(readFileSync(fixture, 'utf8')) as Record<string, unknown>;

describe('migration 0001: SP 800-125B items become the bundled pack sp800-125b', () => {
  it('reads the frozen version-1 project into a valid version-2 one with every 125B record renamed, nothing lost', () => {
    const old = raw();
    const result = readDocument(old, loadBundledCatalog());
    expect(result.ok ? 'ok' : result.error).toBe('ok');
    if (!result.ok) return;
    const doc = result.value;
    expect(doc.schemaVersion).toBe(2);
    const oldKeys = Object.keys(old.assessment as object);
    expect(Object.keys(doc.assessment).sort()).toEqual(
      oldKeys.map((k) => (k.startsWith('VM-') ? `sp800-125b.${k}` : k)).sort(),
    );
    expect(doc.assessment['sp800-125b.VM-NS-R3']).toMatchObject({
      recommendationId: 'sp800-125b.VM-NS-R3',
      status: 'implemented',
      owner: 'Network team',
    });
    expect(doc.assessment['sp800-125b.VM-NS-R3']?.evidence.map((e) => e.text)).toEqual(['VLAN plan reviewed.']);
    expect(doc.assessment['sp800-125b.VM-TM-R2@ovs']).toMatchObject({
      recommendationId: 'sp800-125b.VM-TM-R2',
      scope: 'ovs',
      status: 'not-implemented',
    });
    expect(doc.assessment['sp800-125b.VM-FW-R3']).toMatchObject({
      status: 'risk-accepted',
      approver: 'C. Owner',
      expiresAt: '2027-06-30',
    });
    // Core entries are untouched.
    expect(doc.assessment['HY-SR-1']).toEqual((old.assessment as Record<string, unknown>)['HY-SR-1']);
    expect(doc.tailoring).toEqual({
      'sp800-125b.VM-NS-R4': expect.objectContaining({
        recommendationId: 'sp800-125b.VM-NS-R4',
        decision: 'scoped-out',
      }),
    });

    const ws = doc.workshops.ws1!;
    const step = ws.agenda.find((s) => s.id === 'step-virtual-network')!;
    expect(step).toMatchObject({
      kind: 'pack',
      packId: 'sp800-125b',
      spentSeconds: 120,
      items: ['sp800-125b.VM-NS-R3', 'sp800-125b.VM-TM-R2', 'sp800-125b.VM-FW-R3'],
    });
    expect(ws.agenda[0]).toMatchObject({ kind: 'baseline-function', items: ['HY-SR-2'] });
    expect(ws.currentItemId).toBe('sp800-125b.VM-TM-R2');
    expect(Object.values(ws.log).map((e) => e.itemId)).toEqual(['sp800-125b.VM-NS-R3', 'sp800-125b.VM-TM-R2']);
    expect(ws.privateNotes['step-virtual-network']).toBe('Ask about the mirror port.');
  });

  it('leaves the renamed statuses on the checklist items of the bundled pack', () => {
    const result = readDocument(raw(), loadBundledCatalog());
    if (!result.ok) throw new Error('fixture does not read');
    const checklist = assess(result.value, loadBundledCatalog()).checklist;
    const vlan = checklist.find((i) => i.recommendationId === 'sp800-125b.VM-NS-R3');
    expect(vlan).toBeDefined();
    expect(result.value.assessment['sp800-125b.VM-NS-R3']?.status).toBe('implemented');
  });

  it('does not touch the input and renames only the old 125B ids', () => {
    const old = Object.freeze(raw());
    const before = JSON.stringify(old);
    const next = migration0001.up(old);
    expect(JSON.stringify(old)).toBe(before);
    expect(next.schemaVersion).toBe(2);
    expect(Object.keys(next.assessment as object)).toContain('HY-SR-1');
    expect(Object.keys(next.assessment as object).filter((k) => /^VM-/.test(k))).toEqual([]);
  });
});
