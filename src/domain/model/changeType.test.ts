import { describe, expect, it } from 'vitest';
import { loadBundledCatalog } from '../catalog/catalogSource';
import { instantiateTemplate } from '../catalog/templates';
import { changeComponentType, fitsAttribute } from './changeType';
import type { Component, WorkbenchDocument } from './schema';

const catalog = loadBundledCatalog();
const NOW = '2026-12-04T10:00:00.000Z';
const base = () => instantiateTemplate('kvm-libvirt', { id: 'p1', now: '2026-12-01T00:00:00.000Z' });
const withComponent = (doc: WorkbenchDocument, c: Component): WorkbenchDocument => ({
  ...doc,
  components: { ...doc.components, [c.id]: c },
});

const unmapped: Component = {
  id: 'lambda',
  type: 'unmapped',
  name: 'Billing function',
  notes:
    'Imported from OTM 0.2.0 as type "aws-lambda", which the mapping table does not know: needs review, choose a type.',
  position: { x: 10, y: 10 },
  parentId: 'kvm-node-01',
  attributes: { sourceType: 'aws-lambda', 'interchange.sourceType': 'aws-lambda' },
};

describe('changeComponentType', () => {
  it('gives an unmapped component its real type: defaults of the new type, import metadata kept, the old source type reported as dropped', () => {
    const doc = withComponent(base(), unmapped);
    const result = changeComponentType(doc, 'lambda', 'guest-vm', catalog, NOW);
    if (!result.ok) throw new Error(result.message);
    const changed = result.document.components['lambda']!;
    expect(changed.type).toBe('guest-vm');
    expect(changed.attributes).toMatchObject({ 'interchange.sourceType': 'aws-lambda', guestOs: null, vcpus: null });
    expect(changed.attributes).not.toHaveProperty('sourceType');
    expect(result.dropped).toEqual([
      { attribute: 'sourceType', label: 'Type in the imported file', value: 'aws-lambda' },
    ]);
    expect(result.kept).toEqual([]);
    // Name, notes, place and parent stay; only this record and updatedAt change.
    expect(changed).toMatchObject({
      name: unmapped.name,
      notes: unmapped.notes,
      position: unmapped.position,
      parentId: 'kvm-node-01',
    });
    expect(result.document.updatedAt).toBe(NOW);
    for (const [id, c] of Object.entries(doc.components))
      if (id !== 'lambda') expect(result.document.components[id]).toBe(c);
    expect(doc.components['lambda']).toBe(unmapped);
  });

  it('keeps attributes that fit the new type, drops the rest with their stated values and provenance', () => {
    const doc = base();
    const vm = doc.components['vm-web']!;
    const withProvenance = withComponent(doc, {
      ...vm,
      attributes: { ...vm.attributes, antiMalware: true },
      provenance: {
        antiMalware: { file: 'web-01.xml', at: '/domain' },
        vcpus: { file: 'web-01.xml', at: '/domain/vcpu' },
      },
    } as Component);
    const result = changeComponentType(withProvenance, 'vm-web', 'security-virtual-appliance', catalog, NOW);
    if (!result.ok) throw new Error(result.message);
    const changed = result.document.components['vm-web']!;
    expect(result.kept).toEqual(['antiMalware']);
    expect(changed.attributes).toEqual({ usesIntrospection: null, antiMalware: true, autoUpdates: null });
    expect(result.dropped.map((d) => `${d.label}=${String(d.value)}`)).toEqual([
      'Guest OS=linux',
      'Created from a library image=true',
      'Sensitive workload=false',
      'Delay-sensitive application=false',
      'I/O-intensive application=false',
      'vCPUs=4',
      'Memory=8',
    ]);
    expect(changed.provenance).toEqual({ antiMalware: { file: 'web-01.xml', at: '/domain' } });
  });

  it('gives a container a size and takes it from a component that is no container any more', () => {
    const doc = withComponent(base(), { ...unmapped, parentId: 'rack-a' } as Component);
    const toBoundary = changeComponentType(doc, 'lambda', 'trust-boundary', catalog, NOW);
    if (!toBoundary.ok) throw new Error(toBoundary.message);
    expect(toBoundary.document.components['lambda']!.size).toEqual({ width: 420, height: 260 });
    const back = changeComponentType(toBoundary.document, 'lambda', 'unmapped', catalog, NOW);
    if (!back.ok) throw new Error(back.message);
    expect(back.document.components['lambda']).not.toHaveProperty('size');
  });

  it('refuses an unknown or unchanged type, a container that would lose its children, and a parent the type may not sit in', () => {
    const doc = withComponent(base(), unmapped);
    const message = (id: string, type: string) => {
      const r = changeComponentType(doc, id, type, catalog, NOW);
      return r.ok ? 'changed' : r.message;
    };
    expect(message('lambda', 'no-such-type')).toMatch(/no component type "no-such-type"/);
    expect(message('lambda', 'unmapped')).toMatch(/already is/);
    expect(message('kvm-node-01', 'guest-vm')).toMatch(/holds \d+ components; a Guest VM cannot contain others/);
    expect(message('lambda', 'physical-host')).toMatch(/cannot sit inside "kvm-node-01"/);
    expect(message('no-such-id', 'guest-vm')).toMatch(/no longer exists/);
  });

  it('checks values against the new definition', () => {
    const spec = catalog.componentTypes.find((t) => t.id === 'guest-vm')!.attributes.find((a) => a.id === 'guestOs')!;
    expect(fitsAttribute(spec, 'linux')).toBe(true);
    expect(fitsAttribute(spec, 'plan9')).toBe(false);
    expect(fitsAttribute(spec, null)).toBe(true);
    expect(fitsAttribute(spec, true)).toBe(false);
  });
});
