import { describe, expect, it } from 'vitest';
import type { Condition } from '../catalog/schema';
import { evaluate, evaluateCondition } from './evaluate';
import { indexCatalog } from './engineCatalog';
import { fixtureCatalog } from '../../test/fixtures/engineCatalog';
import { buildDocument, entry, smallPlatform } from '../../test/fixtures/documentBuilder';

const summary = (doc = smallPlatform()) =>
  evaluate(doc, fixtureCatalog).map((f) => `${f.componentId} ${f.ruleId} ${f.applicability}`);

describe('evaluate', () => {
  it('finds applicable and needs-input findings, ordered by component id then rule id', () => {
    expect(summary()).toEqual([
      'gpu1 R-device-acl applicable',
      'gpu1 R-device-passthrough applicable',
      'h1 R-host-base applicable',
      'h1 R-host-cpu applicable',
      'h2 R-host-base applicable',
      'img R-image-server applicable',
      'mc R-central-management applicable',
      'mc R-management-network applicable',
      'nic1 R-device-acl applicable',
      'nic1 R-device-emulation needs-input',
      'nic1 R-device-paravirtual needs-input',
      'nic1 R-device-passthrough needs-input',
      'usb1 R-device-acl applicable',
      'usb1 R-device-emulation applicable',
      'vm1 R-vm-memory applicable',
      'vm2 R-vm-memory applicable',
    ]);
  });

  it('explains an applicable finding with names, connection type names and option labels', () => {
    const finding = evaluate(smallPlatform(), fixtureCatalog).find(
      (f) => f.componentId === 'gpu1' && f.ruleId === 'R-device-passthrough',
    );
    expect(finding?.reason.text).toBe(
      'HY-SR-6C applies: GPU-1 is linked to vm-analytics by Device assignment (Assignment mode: Passthrough)',
    );
    expect(finding?.recommendations).toEqual(['HY-SR-6C']);
    expect(finding?.tasks).toEqual(['HY-BF2.T3']);
    expect(finding?.threats).toEqual(['HY-DV5']);
  });

  it('names the unknown attributes of a needs-input finding', () => {
    const finding = evaluate(smallPlatform(), fixtureCatalog).find(
      (f) => f.componentId === 'nic1' && f.ruleId === 'R-device-passthrough',
    );
    expect(finding?.reason.missing).toEqual([{ componentId: 'nic1', attribute: 'mode', connectionId: 'a3' }]);
    expect(finding?.reason.text).toContain('Assignment mode of the Device assignment link NIC-1 → vm-web is unknown');
  });

  it('explains unconditional rules by the component type and merges task threats', () => {
    const doc = buildDocument([{ id: 'h', type: 'host', name: 'Host-A' }]);
    const [base] = evaluate(doc, fixtureCatalog);
    expect(base?.reason.text).toBe('HY-SR-1, HY-SR-2 apply: Host-A is a Hypervisor host');
    expect(base?.threats).toEqual(['HYP-DV3']);
  });

  it('is memoised on the identity of the document and catalog', () => {
    const doc = smallPlatform();
    expect(evaluate(doc, fixtureCatalog)).toBe(evaluate(doc, fixtureCatalog));
    expect(evaluate(doc, fixtureCatalog)).toBe(evaluate(doc, indexCatalog(fixtureCatalog)));
    expect(evaluate(smallPlatform(), fixtureCatalog)).toEqual(evaluate(doc, fixtureCatalog));
  });

  it('depends on the model only: an assessment edit reuses the findings, a model edit does not', () => {
    const doc = smallPlatform();
    const first = evaluate(doc, fixtureCatalog);
    const statusEdit = {
      ...doc,
      updatedAt: '2026-05-05T00:00:00Z',
      assessment: { 'HY-SR-2': entry('HY-SR-2', 'platform', 'implemented') },
    };
    expect(evaluate(statusEdit, fixtureCatalog)).toBe(first);
    const modelEdit = { ...doc, components: { ...doc.components } };
    expect(evaluate(modelEdit, fixtureCatalog)).not.toBe(first);
    expect(evaluate(modelEdit, fixtureCatalog)).toEqual(first);
  });

  it('ignores components of unknown types and dangling connections', () => {
    const doc = buildDocument(
      [
        { id: 'x', type: 'martian' },
        { id: 'd', type: 'pci-device' },
      ],
      [{ id: 'c', type: 'device-assignment', source: 'd', target: 'gone', attributes: { mode: 'passthrough' } }],
    );
    expect(summary(doc)).toEqual([]);
  });
});

describe('three-valued conditions', () => {
  const doc = buildDocument(
    [
      { id: 'h', type: 'host', name: 'H', attributes: { 'memory-gb': 64 } },
      { id: 'h2', type: 'host', name: 'H2' },
      { id: 'v', type: 'guest-vm', name: 'V', parentId: 'h', attributes: { vcpus: null } },
      { id: 'w', type: 'guest-vm', name: 'W', parentId: 'h', attributes: { vcpus: 4 } },
    ],
    [{ id: 'm', type: 'live-migration', source: 'h2', target: 'h' }],
  );
  const val = (cond: Condition, id = 'v') => evaluateCondition(cond, id, doc, fixtureCatalog).value;
  const T: Condition = { attr: 'vcpus', eq: 4 }; // on w
  const U: Condition = { attr: 'vcpus', gte: 1 }; // unknown on v
  const F: Condition = { inside: ['trust-boundary'] };

  it('attr leaves: unknown when null or absent, never false', () => {
    expect(val(U)).toBe(null);
    expect(val({ attr: 'nonexistent', eq: 1 })).toBe(null);
    expect(val({ attr: 'vcpus', gte: 4 }, 'w')).toBe(true);
    expect(val({ attr: 'vcpus', gte: 5 }, 'w')).toBe(false);
    expect(val({ attr: 'vcpus', in: [1, 4] }, 'w')).toBe(true);
    expect(val(T, 'w')).toBe(true);
  });

  it('Kleene not/all/any', () => {
    expect(val({ not: U })).toBe(null);
    expect(val({ not: F })).toBe(true);
    expect(val({ all: [F, U] })).toBe(false);
    expect(val({ all: [{ not: F }, U] })).toBe(null);
    expect(val({ any: [{ not: F }, U] })).toBe(true);
    expect(val({ any: [F, U] })).toBe(null);
    expect(val({ any: [F, F] })).toBe(false);
  });

  it('unknown results list the missing attributes', () => {
    const r = evaluateCondition({ all: [U, { attr: 'os', eq: 'linux' }] }, 'v', doc, fixtureCatalog);
    expect(r.missing).toEqual([
      { componentId: 'v', attribute: 'vcpus' },
      { componentId: 'v', attribute: 'os' },
    ]);
  });

  it('structural leaves: inside, contains (with where), connected on undirected types, count', () => {
    expect(val({ inside: ['host'] })).toBe(true);
    expect(val({ contains: { types: ['guest-vm'] } }, 'h')).toBe(true);
    expect(val({ contains: { types: ['guest-vm'], where: { attr: 'vcpus', gte: 8 } } }, 'h')).toBe(null);
    expect(val({ contains: { types: ['guest-vm'], where: { attr: 'vcpus', gte: 2 } } }, 'h')).toBe(true);
    expect(val({ contains: { types: ['guest-vm'] } }, 'h2')).toBe(false);
    // live-migration is undirected: 'out' matches from either end.
    expect(val({ connected: { via: ['live-migration'], direction: 'out', peerTypes: ['host'] } }, 'h')).toBe(true);
    expect(val({ connected: { via: ['device-assignment'], direction: 'any' } }, 'h')).toBe(false);
    expect(val({ count: { types: ['host'], atLeast: 2 } })).toBe(true);
    expect(val({ count: { types: ['host'], atLeast: 3 } })).toBe(false);
    expect(val({ count: { types: ['host'], atLeast: 2, where: { attr: 'memory-gb', gte: 32 } } })).toBe(null);
    expect(val({ count: { types: ['host'], atLeast: 1, where: { attr: 'memory-gb', gte: 32 } } })).toBe(true);
  });

  it('traces describe the actual state', () => {
    expect(evaluateCondition({ inside: ['host'] }, 'v', doc, fixtureCatalog).trace).toEqual([
      'V is inside H (Hypervisor host)',
    ]);
    expect(evaluateCondition({ attr: 'vcpus', gte: 8 }, 'w', doc, fixtureCatalog).trace).toEqual(["W's vCPUs is 4"]);
  });
});
