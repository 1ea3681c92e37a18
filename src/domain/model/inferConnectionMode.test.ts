import { describe, expect, it } from 'vitest';
import { inferConnectionKind, inferConnectionMode } from './inferConnectionMode';
import { loadBundledCatalog } from '../catalog/catalogSource';
import { makeComponent, makeDocument } from '../../test/builders';

const catalog = loadBundledCatalog();
const doc = makeDocument({
  components: [
    makeComponent('guest', 'guest-vm'),
    makeComponent('pv', 'paravirtual-backend'),
    makeComponent('emu', 'device-emulator'),
    makeComponent('gpu', 'passthrough-device'),
    makeComponent('vf', 'sriov-vf'),
    makeComponent('nic-virtio', 'virtual-nic', { attributes: { model: 'paravirtual' } }),
    makeComponent('nic-unknown', 'virtual-nic', { attributes: { model: null } }),
    makeComponent('pnic', 'physical-nic'),
  ],
});

describe('inferConnectionMode', () => {
  it('takes the mode of a device assignment from the device end', () => {
    expect(inferConnectionMode(catalog, doc, 'pv', 'guest', 'device-assignment')).toBe('para-virtual');
    expect(inferConnectionMode(catalog, doc, 'emu', 'guest', 'device-assignment')).toBe('emulated');
    expect(inferConnectionMode(catalog, doc, 'gpu', 'guest', 'device-assignment')).toBe('passthrough');
    expect(inferConnectionMode(catalog, doc, 'vf', 'guest', 'device-assignment')).toBe('sriov-vf');
    expect(inferConnectionMode(catalog, doc, 'nic-virtio', 'guest', 'device-assignment')).toBe('para-virtual');
  });

  it('does not guess where the device could be assigned several ways', () => {
    expect(inferConnectionMode(catalog, doc, 'pnic', 'guest', 'device-assignment')).toBeNull();
    expect(inferConnectionMode(catalog, doc, 'nic-unknown', 'guest', 'device-assignment')).toBeNull();
  });

  it('is null for connections without a mode and for unknown ends', () => {
    expect(inferConnectionMode(catalog, doc, 'pv', 'guest', 'runs-on')).toBeNull();
    expect(inferConnectionMode(catalog, doc, 'nope', 'guest', 'device-assignment')).toBeNull();
  });

  it('only returns values the catalog lists for the mode', () => {
    const renamed = {
      connectionTypes: catalog.connectionTypes.map((t) =>
        t.id === 'device-assignment'
          ? {
              ...t,
              attributes: t.attributes.map((a) =>
                a.id === 'mode' && a.type === 'enum'
                  ? { ...a, options: a.options.filter((o) => o.value !== 'para-virtual') }
                  : a,
              ),
            }
          : t,
      ),
    };
    expect(inferConnectionMode(renamed, doc, 'pv', 'guest', 'device-assignment')).toBeNull();
  });
});

describe('inferConnectionKind', () => {
  it('picks the device assignment among the kinds allowed from a para-virtual back end to a guest', () => {
    const options = [
      { typeId: 'runs-on', source: 'pv', target: 'guest' },
      { typeId: 'device-assignment', source: 'pv', target: 'guest' },
      { typeId: 'data-flow', source: 'pv', target: 'guest' },
      { typeId: 'data-flow', source: 'guest', target: 'pv' },
    ];
    expect(inferConnectionKind(catalog, doc, options)).toBe(1);
  });

  it('picks nothing when the device end tells no mode', () => {
    const options = [
      { typeId: 'device-assignment', source: 'pnic', target: 'guest' },
      { typeId: 'network-link', source: 'pnic', target: 'guest' },
    ];
    expect(inferConnectionKind(catalog, doc, options)).toBe(-1);
  });
});
