import { describe, expect, it } from 'vitest';
import { parseLibvirtDomain } from './libvirtDomain';
import { fixture } from './testFiles';
import { ConfigImportError, type ImportResult } from './types';

const parse = (name: string) => parseLibvirtDomain(fixture(name).text, name);
const byKey = (r: ImportResult, key: string) => {
  const c = r.components.find((x) => x.key === key);
  if (!c) throw new Error(`no component ${key}`);
  return c;
};
const value = (r: ImportResult, key: string, attribute: string) => byKey(r, key).attributes[attribute]?.value;

describe('libvirt domain XML', () => {
  const web = parse('web-01.xml');
  const gpu = parse('gpu-01.xml');

  it('maps the domain type, vCPUs and memory with their XML paths', () => {
    expect(value(web, 'hypervisor', 'product')).toBe('kvm');
    expect(byKey(web, 'hypervisor').attributes.product?.source).toEqual({ file: 'web-01.xml', at: '/domain/@type' });
    expect(value(web, 'guest:web-01', 'vcpus')).toBe(4);
    expect(value(web, 'guest:web-01', 'memoryGiB')).toBe(8);
    expect(value(gpu, 'guest:gpu-01', 'memoryGiB')).toBe(64);
  });

  it('reads the emulator and its confinement from <seclabel>', () => {
    expect(value(web, 'emulator:web-01', 'location')).toBe('per-vm-process');
    expect(value(web, 'emulator:web-01', 'confined')).toBe(true);
    expect(value(gpu, 'emulator:gpu-01', 'confined')).toBe(false);
    expect(byKey(gpu, 'emulator:gpu-01').attributes.confined?.source.at).toBe('/domain/seclabel[1]/@type');
  });

  it('tells virtio (with vhost-net in the host kernel) from emulated e1000 and rtl8139 NICs', () => {
    expect(value(web, 'nic:web-01:1', 'model')).toBe('paravirtual');
    expect(value(web, 'nic:web-01:1', 'spoofGuard')).toBe(true);
    expect(value(web, 'pv-net:web-01', 'location')).toBe('hypervisor-kernel');
    expect(value(gpu, 'nic:gpu-01:1', 'model')).toBe('emulated');
    expect(byKey(gpu, 'nic:gpu-01:1').attributes.model?.source.at).toBe('/domain/devices/interface[1]/model/@type');
    expect(value(gpu, 'nic:gpu-01:2', 'model')).toBe('emulated');
    expect(gpu.connections).toContainEqual(
      expect.objectContaining({
        type: 'device-assignment',
        from: 'nic:gpu-01:1',
        to: 'guest:gpu-01',
        attributes: { mode: expect.objectContaining({ value: 'emulated' }) },
      }),
    );
  });

  it('leaves what the XML does not state unknown', () => {
    // No <filterref> on gpu-01's NICs: spoof guard not stated.
    expect(byKey(gpu, 'nic:gpu-01:1').attributes.spoofGuard).toBeUndefined();
    // Switch attributes (VLANs, segmentation) are not in a domain XML.
    expect(byKey(web, 'switch:br0').attributes).toEqual({});
    // No virtio NIC on gpu-01: no para-virtual network back end invented.
    expect(gpu.components.some((c) => c.key === 'pv-net:gpu-01')).toBe(false);
  });

  it('maps VFIO hostdev to passthrough and <interface type="hostdev"> to an SR-IOV VF', () => {
    expect(value(gpu, 'hostdev:gpu-01:1', 'dmaCapable')).toBe(true);
    expect(byKey(gpu, 'hostdev:gpu-01:1').observations.map((o) => o.text)).toContain('assigned with vfio');
    expect(byKey(gpu, 'vf:gpu-01:3').type).toBe('sriov-vf');
    expect(gpu.connections).toContainEqual(
      expect.objectContaining({
        from: 'vf:gpu-01:3',
        attributes: { mode: expect.objectContaining({ value: 'sriov-vf' }) },
      }),
    );
  });

  it('records bridges and networks as shared switches, linked from the NICs', () => {
    expect(web.components.filter((c) => c.type === 'virtual-switch').map((c) => c.name)).toEqual(['br0', 'backup-net']);
    expect(web.connections).toContainEqual(
      expect.objectContaining({ type: 'network-link', from: 'nic:web-01:1', to: 'switch:br0' }),
    );
  });

  it('keeps console exposure, secure boot, SEV, the vTPM and the USB tablet as observations with paths', () => {
    const notes = byKey(web, 'guest:web-01').observations;
    expect(notes).toContainEqual({
      text: 'VNC console listens on 0.0.0.0 (every host address), no password',
      source: { file: 'web-01.xml', at: '/domain/devices/graphics[1]/@listen' },
    });
    expect(notes.map((o) => o.text)).toEqual(
      expect.arrayContaining([
        'UEFI secure boot is on',
        'confidential guest: launch security SEV',
        'emulated USB controller qemu-xhci',
        'emulated USB tablet',
        'virtual TPM 2.0 (swtpm emulator, tpm-crb)',
      ]),
    );
    expect(byKey(gpu, 'guest:gpu-01').observations.map((o) => o.text)).toContain(
      'SPICE console listens on 127.0.0.1, no password',
    );
  });

  it('refuses a DOCTYPE or ENTITY declaration with a typed error naming file and line', () => {
    const hostile = `<?xml version="1.0"?>\n<!DOCTYPE d [\n<!ENTITY a "aaaa">]>\n<domain><name>&a;</name></domain>`;
    const error = (() => {
      try {
        parseLibvirtDomain(hostile, 'evil.xml');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigImportError);
    expect(error).toMatchObject({ kind: 'forbidden-dtd', file: 'evil.xml', line: 2 });
    expect(() => parseLibvirtDomain('<domain>\n<name>x</name>\n<!ENTITY b "c">\n</domain>', 'e.xml')).toThrow(
      /e\.xml:3: <!ENTITY/,
    );
  });

  it('names the line of malformed XML and refuses non-domain roots', () => {
    expect(() => parseLibvirtDomain('<domain>\n<name>x</name>\n<devices>\n</domain>', 'bad.xml')).toThrow(
      /bad\.xml:4: not well-formed XML/,
    );
    expect(() => parseLibvirtDomain('<network><name>n</name></network>', 'net.xml')).toThrow(
      /net\.xml:1: not a libvirt domain/,
    );
    expect(() => parseLibvirtDomain('<domain type="kvm"/>', 'noname.xml')).toThrow(/has no <name>/);
  });
});
