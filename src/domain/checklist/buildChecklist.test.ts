import { describe, expect, it } from 'vitest';
import { buildChecklist } from './buildChecklist';
import { evaluate } from '../rules/evaluate';
import { fixtureCatalog } from '../../test/fixtures/engineCatalog';
import { buildDocument, entry, smallPlatform } from '../../test/fixtures/documentBuilder';
import type { WorkbenchDocument } from '../model/schema';

function checklist(doc: WorkbenchDocument) {
  return buildChecklist(evaluate(doc, fixtureCatalog), doc, fixtureCatalog);
}

describe('buildChecklist', () => {
  it('has one item per recommendation in catalog order with applicability', () => {
    const { items } = checklist(smallPlatform());
    expect(items.map((i) => `${i.recommendationId}:${i.applicability}`)).toEqual([
      'HY-SR-1:applicable',
      'HY-SR-2:applicable',
      'HY-SR-3:applicable',
      'HY-SR-4:applicable',
      'HY-SR-6A:applicable',
      'HY-SR-6B:needs-input',
      'HY-SR-6C:applicable',
      'HY-SR-7:applicable',
      'HY-SR-9:applicable',
      'HY-SR-13:needs-input',
      'HY-SR-19:applicable',
      'HY-SR-20:applicable',
    ]);
  });

  it('lists the applicable components and all reasons (applicable first, then needs-input)', () => {
    const item = checklist(smallPlatform()).items.find((i) => i.recommendationId === 'HY-SR-6C')!;
    expect(item.components).toEqual(['gpu1']);
    expect(item.reasons.map((r) => r.componentId)).toEqual(['gpu1', 'nic1']);
    const needs = checklist(smallPlatform()).items.find((i) => i.recommendationId === 'HY-SR-6B')!;
    expect(needs.components).toEqual(['nic1']);
    expect(needs.reasons[0]?.missing).toEqual([{ componentId: 'nic1', attribute: 'mode', connectionId: 'a3' }]);
  });

  it('asks instead of excusing: parts not drawn make an item need input, with the question', () => {
    const items = checklist(buildDocument([{ id: 'vm', type: 'guest-vm' }])).items;
    const byId = (id: string) => items.find((i) => i.recommendationId === id)!;
    expect(byId('HY-SR-13').applicability).toBe('needs-input');
    expect(byId('HY-SR-13').reasons.map((r) => r.question)).toEqual([
      'No Hypervisor host is drawn. Does the platform have one? If so, draw it, or assess the item as not applicable with a justification.',
    ]);
    expect(byId('HY-SR-3').applicability).toBe('needs-input');
    expect(byId('HY-SR-3').reasons[0]!.text).toMatch(
      /^HY-SR-3 needs input: No VM is placed on a host\. for vm, but only because the model does not show it/,
    );
    expect(byId('HY-SR-3').status).toBe('not-reviewed');
  });

  it('is not applicable only on a stated fact, and says which', () => {
    const doc = buildDocument(
      [
        { id: 'h', type: 'host', name: 'Host-1' },
        { id: 'vm', type: 'guest-vm', name: 'vm-web', parentId: 'h' },
        { id: 'usb', type: 'pci-device', name: 'USB-1', parentId: 'h' },
      ],
      [{ id: 'a', type: 'device-assignment', source: 'usb', target: 'vm', attributes: { mode: 'emulation' } }],
    );
    const item = checklist(doc).items.find((i) => i.recommendationId === 'HY-SR-6C')!;
    expect(item.applicability).toBe('not-applicable');
    expect(item.status).toBe('not-applicable');
    expect(item.reasons.map((r) => [r.componentId, r.text])).toEqual([
      ['usb', expect.stringMatching(/^HY-SR-6C is not applicable to USB-1: the model states .*emulation/i)],
    ]);
    // Unknown is not "no": the same link with its mode unknown needs input.
    const unknown = { ...doc, connections: { a: { ...doc.connections.a!, attributes: { mode: null } } } };
    expect(checklist(unknown).items.find((i) => i.recommendationId === 'HY-SR-6C')!.applicability).toBe('needs-input');
  });

  it('is not-reviewed when nothing is saved, never passed', () => {
    const item = checklist(smallPlatform()).items.find((i) => i.recommendationId === 'HY-SR-2')!;
    expect(item.status).toBe('not-reviewed');
    expect(item.entries).toEqual([]);
  });

  it('merges the platform entry, else the worst per-component status (missing = not-reviewed)', () => {
    const base = smallPlatform();
    const withPlatform = {
      ...base,
      assessment: {
        'HY-SR-3': entry('HY-SR-3', 'platform', 'implemented'),
        'HY-SR-3@vm1': entry('HY-SR-3', 'vm1', 'not-implemented'),
      },
    };
    expect(checklist(withPlatform).items.find((i) => i.recommendationId === 'HY-SR-3')!.status).toBe('implemented');

    const oneOfTwo = { ...base, assessment: { 'HY-SR-3@vm1': entry('HY-SR-3', 'vm1', 'implemented') } };
    expect(checklist(oneOfTwo).items.find((i) => i.recommendationId === 'HY-SR-3')!.status).toBe('not-reviewed');

    const both = {
      ...base,
      assessment: {
        'HY-SR-3@vm1': entry('HY-SR-3', 'vm1', 'implemented'),
        'HY-SR-3@vm2': entry('HY-SR-3', 'vm2', 'partially-implemented'),
      },
    };
    const item = checklist(both).items.find((i) => i.recommendationId === 'HY-SR-3')!;
    expect(item.status).toBe('partially-implemented');
    expect(item.entries.map((e) => e.scope)).toEqual(['vm1', 'vm2']);
  });

  it('keeps entries that no longer apply as orphaned, never drops them', () => {
    const doc: WorkbenchDocument = {
      ...smallPlatform(),
      assessment: {
        'HY-SR-13': entry('HY-SR-13', 'platform', 'implemented'),
        'HY-SR-99': entry('HY-SR-99', 'platform', 'implemented'),
        'HY-SR-3@gone': entry('HY-SR-3', 'gone', 'implemented'),
        'HY-SR-3@gpu1': entry('HY-SR-3', 'gpu1', 'implemented'),
        'HY-SR-6B@nic1': entry('HY-SR-6B', 'nic1', 'not-implemented'),
      },
    };
    const { items, orphaned } = checklist(doc);
    expect(orphaned.map((o) => [o.key, o.why])).toEqual([
      ['HY-SR-3@gone', 'component-removed'],
      ['HY-SR-3@gpu1', 'recommendation-not-applicable'],
      ['HY-SR-99', 'recommendation-not-in-catalog'],
    ]);
    // Needs-input keeps its entries: unknown is not "not applicable", and neither is "not drawn"
    // (no live-migration link is drawn, so HY-SR-13 needs input and keeps its entry).
    expect(items.find((i) => i.recommendationId === 'HY-SR-6B')!.status).toBe('not-implemented');
    expect(items.find((i) => i.recommendationId === 'HY-SR-13')!.entries.map((e) => e.scope)).toEqual(['platform']);
  });
});
