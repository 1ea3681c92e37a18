import { describe, expect, it } from 'vitest';
import { makeComponent, makeConnection, makeDocument, T0 } from '../../test/builders';
import {
  absolutePosition,
  addComponents,
  createDocument,
  descendantsOf,
  removeComponents,
  updateComponents,
} from './operations';
import { assessmentKey } from './schema';
import { emptyAssessmentEntry } from '../checklist/assessmentOps';

const T1 = '2026-01-02T00:00:00.000Z';

describe('document operations', () => {
  it('never mutate their input and stamp updatedAt', () => {
    const doc = makeDocument();
    const next = addComponents(doc, [makeComponent('h1', 'physical-host')], T1);
    expect(doc.components).toEqual({});
    expect(next.components.h1?.type).toBe('physical-host');
    expect(next.updatedAt).toBe(T1);
    expect(doc.updatedAt).toBe(T0);
  });

  it('removing a host removes what is nested in it and every connection touching them, but keeps assessment entries', () => {
    const doc = makeDocument({
      components: [
        makeComponent('h1', 'physical-host'),
        makeComponent('vm1', 'guest-vm', { parentId: 'h1' }),
        makeComponent('h2', 'physical-host'),
      ],
      connections: [makeConnection('c1', 'runs-on', 'vm1', 'h2')],
    });
    doc.assessment[assessmentKey('HY-SR-6C', 'vm1')] = {
      ...emptyAssessmentEntry('HY-SR-6C', 'vm1', T0),
      status: 'implemented',
    };
    const next = removeComponents(doc, ['h1'], T1);
    expect(Object.keys(next.components)).toEqual(['h2']);
    expect(next.connections).toEqual({});
    expect(next.assessment).toEqual(doc.assessment);
  });

  it('merges attribute patches and removes an attribute patched to undefined', () => {
    const doc = makeDocument({
      components: [makeComponent('vm1', 'guest-vm', { attributes: { os: 'linux', ram: 4 } })],
    });
    const next = updateComponents(doc, { vm1: { attributes: { os: null, ram: undefined } } }, T1);
    expect(next.components.vm1?.attributes).toEqual({ os: null });
  });

  it('clears a parent when patched with parentId undefined', () => {
    const doc = makeDocument({
      components: [makeComponent('h1', 'physical-host'), makeComponent('vm1', 'guest-vm', { parentId: 'h1' })],
    });
    const next = updateComponents(doc, { vm1: { parentId: undefined, position: { x: 5, y: 5 } } }, T1);
    expect(next.components.vm1).not.toHaveProperty('parentId');
  });

  it('computes absolute positions through nesting and finds descendants', () => {
    const doc = makeDocument({
      components: [
        makeComponent('zone', 'trust-boundary', { position: { x: 100, y: 100 } }),
        makeComponent('h1', 'physical-host', { parentId: 'zone', position: { x: 10, y: 20 } }),
        makeComponent('vm1', 'guest-vm', { parentId: 'h1', position: { x: 1, y: 2 } }),
      ],
    });
    expect(absolutePosition(doc, 'vm1')).toEqual({ x: 111, y: 122 });
    expect(descendantsOf(doc, 'zone').sort()).toEqual(['h1', 'vm1']);
  });
});

describe('provenance of imported attributes', () => {
  it('drops the provenance of an attribute the user sets, keeps the others, and leaves the input alone', () => {
    const base = createDocument({ id: 'p', name: 'P', now: T0, catalog: { id: 'c', version: '1' } });
    const vm = {
      id: 'vm',
      type: 'guest-vm',
      name: 'vm',
      notes: '',
      position: { x: 0, y: 0 },
      attributes: { vcpus: 4, memoryGiB: 8 },
      provenance: { vcpus: { file: 'a.xml', at: '/domain/vcpu' }, memoryGiB: { file: 'a.xml', at: '/domain/memory' } },
    };
    const doc = addComponents(base, [vm], T0);
    const edited = updateComponents(doc, { vm: { attributes: { vcpus: 8 } } }, T1);
    expect(edited.components.vm!.provenance).toEqual({ memoryGiB: { file: 'a.xml', at: '/domain/memory' } });
    expect(doc.components.vm!.provenance?.vcpus).toBeDefined();
    const both = updateComponents(edited, { vm: { attributes: { memoryGiB: null } } }, T1);
    expect('provenance' in both.components.vm!).toBe(false);
    // Moving or renaming is not an edit of a value.
    expect(updateComponents(doc, { vm: { name: 'vm2' } }, T1).components.vm!.provenance).toEqual(vm.provenance);
  });
});
