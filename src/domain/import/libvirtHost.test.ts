import { describe, expect, it } from 'vitest';
import { detectFormat, importConfigFiles } from './detectFormat';
import { parseLibvirtCapabilities, parseLibvirtDomainCapabilities } from './libvirtCapabilities';
import { parseLibvirtNetwork } from './libvirtNetwork';
import { fixture } from './testFiles';
import { parseVirtHostValidate } from './virtHostValidate';
import type { ImportResult } from './types';

const byKey = (r: ImportResult, key: string) => {
  const c = r.components.find((x) => x.key === key);
  if (!c) throw new Error(`no component ${key}`);
  return c;
};
const value = (r: ImportResult, key: string, attribute: string) => byKey(r, key).attributes[attribute]?.value;
const notes = (r: ImportResult, key: string) => byKey(r, key).observations.map((o) => o.text);

describe('format detection by XML root element and by content', () => {
  it.each([
    ['web-01.xml', 'libvirt-domain'],
    ['host-caps.xml', 'libvirt-capabilities'],
    ['host-domcaps.xml', 'libvirt-domcapabilities'],
    ['net-default.xml', 'libvirt-network'],
    ['net-ovs-vlans.xml', 'libvirt-network'],
    ['virt-host-validate.txt', 'virt-host-validate'],
    ['hvm-stub.cfg', 'xl-cfg'],
  ])('%s is %s', (name, format) => {
    expect(detectFormat(fixture(name))).toBe(format);
  });
  it('looks at content, not the name, for XML and tool output saved under another name', () => {
    expect(detectFormat({ name: 'caps', text: fixture('host-caps.xml').text })).toBe('libvirt-capabilities');
    expect(detectFormat({ name: 'validate.cfg', text: fixture('virt-host-validate.txt').text })).toBe(
      'virt-host-validate',
    );
    expect(
      detectFormat({
        name: 'x.xml',
        text: '\uFEFF<?xml version="1.0"?>\n<!-- c -->\n<network><name>n</name></network>',
      }),
    ).toBe('libvirt-network');
  });
});

describe('libvirt host capabilities', () => {
  const caps = parseLibvirtCapabilities(fixture('host-caps.xml').text, 'host-caps.xml');

  it('reads VT-x and EPT from the host CPU features, with their XML paths', () => {
    expect(value(caps, 'host', 'cpuVirtualizationExtensions')).toBe(true);
    expect(byKey(caps, 'host').attributes.cpuVirtualizationExtensions?.source).toEqual({
      file: 'host-caps.xml',
      at: '/capabilities/host/cpu/feature[2]/@name',
    });
    expect(value(caps, 'host', 'hardwareMmuVirtualization')).toBe(true);
    expect(byKey(caps, 'host').attributes.hardwareMmuVirtualization?.source.at).toBe(
      '/capabilities/host/cpu/feature[8]/@name',
    );
  });

  it('counts cores (sockets x dies x cores) and memory over NUMA cells', () => {
    expect(value(caps, 'host', 'physicalCores')).toBe(32);
    expect(value(caps, 'host', 'memoryGiB')).toBe(503.7);
  });

  it('maps <iommu support="yes"> to DMA remapping and firmware IOMMU, and the KVM guest type to the product', () => {
    expect(value(caps, 'iommu', 'dmaRemapping')).toBe(true);
    expect(value(caps, 'firmware', 'iommuEnabled')).toBe(true);
    expect(value(caps, 'hypervisor', 'product')).toBe('kvm');
    expect(notes(caps, 'host')).toContain('libvirt security driver selinux is available for guest confinement');
  });

  it('never turns a missing feature into "no"', () => {
    const bare = fixture('host-caps.xml')
      .text.replace(/<feature name='vmx(-ept)?'\/>/g, '')
      .replace("<iommu support='yes'/>", "<iommu support='no'/>");
    const r = parseLibvirtCapabilities(bare, 'bare.xml');
    expect(byKey(r, 'host').attributes.cpuVirtualizationExtensions).toBeUndefined();
    expect(byKey(r, 'host').attributes.hardwareMmuVirtualization).toBeUndefined();
    expect(value(r, 'iommu', 'dmaRemapping')).toBe(false);
    // A kernel without IOMMU groups says nothing about the firmware setting.
    expect(r.components.find((c) => c.key === 'firmware')).toBeUndefined();
  });

  it('refuses other XML with a typed error', () => {
    expect(() => parseLibvirtCapabilities('<domain/>', 'x.xml')).toThrow(/x\.xml:1: not libvirt host capabilities/);
    expect(() => parseLibvirtCapabilities('<capabilities></capabilities>', 'x.xml')).toThrow(/has no <host>/);
  });
});

describe('libvirt domain capabilities', () => {
  const dc = parseLibvirtDomainCapabilities(fixture('host-domcaps.xml').text, 'host-domcaps.xml');
  it('records SEV and TDX support as stated, and VT-x from the host-model CPU', () => {
    expect(notes(dc, 'host')).toEqual(
      expect.arrayContaining([
        'AMD SEV confidential guests are not supported',
        'Intel TDX confidential guests are supported',
        'PCI device assignment back ends: vfio',
      ]),
    );
    // sev-snp is not in the file: nothing is said about it.
    expect(notes(dc, 'host').some((n) => n.includes('SEV-SNP'))).toBe(false);
    expect(value(dc, 'host', 'cpuVirtualizationExtensions')).toBe(true);
    expect(value(dc, 'hypervisor', 'product')).toBe('kvm');
  });
});

describe('libvirt networks', () => {
  it('makes a NAT network a standalone switch named like the domain interfaces refer to it', () => {
    const r = parseLibvirtNetwork(fixture('net-default.xml').text, 'net-default.xml');
    expect(value(r, 'switch:default', 'switchKind')).toBe('standalone');
    expect(byKey(r, 'switch:default').attributes.vlans).toBeUndefined();
    expect(notes(r, 'switch:default')).toEqual([
      'libvirt network, forward mode nat: NAT to the host uplinks',
      'Linux bridge virbr0',
      'host address 192.168.122.1/255.255.255.0 with DHCP',
    ]);
  });
  it('reads portgroup VLANs and Open vSwitch, and leaves the kind of a bridge it does not own unknown', () => {
    const r = parseLibvirtNetwork(fixture('net-ovs-vlans.xml').text, 'net-ovs-vlans.xml');
    expect(value(r, 'switch:backup-net', 'vlans')).toBe(true);
    expect(byKey(r, 'switch:backup-net').attributes.vlans?.source.at).toBe('/network/portgroup[1]/vlan');
    expect(byKey(r, 'switch:backup-net').attributes.switchKind).toBeUndefined();
    expect(notes(r, 'switch:backup-net')).toContain('Open vSwitch bridge');
  });
  it('merges with the domain that uses the network: one switch', () => {
    const r = importConfigFiles([fixture('web-01.xml'), fixture('net-ovs-vlans.xml'), fixture('net-sriov-pool.xml')]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.components.filter((c) => c.key === 'switch:backup-net')).toHaveLength(1);
    expect(value(r.value, 'switch:backup-net', 'vlans')).toBe(true);
    expect(notes(r.value, 'switch:sriov-pool')).toContain('virtual functions of ens2f0');
  });
});

describe('virt-host-validate', () => {
  const r = parseVirtHostValidate(fixture('virt-host-validate.txt').text, 'vhv.txt');
  it('maps hardware virtualization, firmware IOMMU and kernel IOMMU checks with their lines', () => {
    expect(value(r, 'host', 'cpuVirtualizationExtensions')).toBe(true);
    expect(value(r, 'firmware', 'iommuEnabled')).toBe(true);
    expect(value(r, 'iommu', 'dmaRemapping')).toBe(false);
    expect(byKey(r, 'iommu').attributes.dmaRemapping?.source).toEqual({ file: 'vhv.txt', at: 'line 13' });
    expect(value(r, 'hypervisor', 'product')).toBe('kvm');
  });
  it('keeps warnings and the secure guest result as host observations', () => {
    expect(notes(r, 'host')).toContain(
      'secure guest support: WARN (Unknown if this platform has Secure Guest support)',
    );
    expect(notes(r, 'host')).toContain(
      "virt-host-validate: checking for cgroup 'devices' controller support: WARN (Enable 'devices' in kernel Kconfig file or mount/enable cgroup controller in your system)",
    );
  });
  it('refuses localized output naming the line and how to rerun it', () => {
    const es = '  QEMU: Comprobando la virtualización por hardware                   : CORRECTO\n';
    expect(() => parseVirtHostValidate(es, 'es.txt')).toThrow(/es\.txt:1: .*LC_ALL=C virt-host-validate qemu/);
    expect(() => parseVirtHostValidate('\n\n', 'e.txt')).toThrow(/e\.txt:1: no "Checking …" lines/);
  });
});
