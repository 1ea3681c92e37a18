/** Golden: configuration files -> model -> assessment, through the same readers as a project file. */
import { describe, expect, it } from 'vitest';
import { loadBundledCatalog } from '../catalog/catalogSource';
import { importProjectFile } from '../io/projectFile';
import { assess } from '../rules/assess';
import { importConfigFiles } from './detectFormat';
import { fixture } from './testFiles';
import { importToDocument } from './toDocument';

const catalog = loadBundledCatalog();
const NOW = '2026-12-03T06:00:00Z';

function importFiles(...names: string[]) {
  const r = importConfigFiles(names.map(fixture));
  if (!r.ok) throw r.error;
  return importToDocument(r.value, catalog, { id: 'imported', now: NOW, name: 'Imported' });
}

describe('import golden: files -> model -> assessment', () => {
  const doc = importFiles('web-01.xml', 'gpu-01.xml');

  it('is a valid project file (schema, catalog types, allowed connections)', () => {
    const reread = importProjectFile(JSON.stringify(doc), catalog);
    expect(reread.ok, JSON.stringify(!reread.ok && reread.error)).toBe(true);
  });

  it('merges two domain files into one host, one hypervisor, one guest per file and shared switches', () => {
    const byType = (t: string) => Object.values(doc.components).filter((c) => c.type === t).map((c) => c.name).sort();
    expect(byType('physical-host')).toEqual(['Host']);
    expect(byType('hypervisor-kernel')).toEqual(['Hypervisor']);
    expect(byType('guest-vm')).toEqual(['gpu-01', 'web-01']);
    // br0 appears in both files and is one switch.
    expect(byType('virtual-switch')).toEqual(['backup-net', 'br0', 'default']);
    expect(byType('passthrough-device')).toEqual(['gpu-01 PCI 0x0000:0x17:0x00:0x0']);
    expect(byType('sriov-vf')).toEqual(['gpu-01 VF 52:54:00:aa:bb:cc']);
    const host = Object.values(doc.components).find((c) => c.type === 'physical-host')!;
    for (const c of Object.values(doc.components)) if (c !== host) expect(c.parentId, c.name).toBe(host.id);
  });

  it('keeps every unstated attribute unknown and records provenance for stated ones', () => {
    const br0 = Object.values(doc.components).find((c) => c.name === 'br0')!;
    expect(Object.values(br0.attributes).every((v) => v === null)).toBe(true);
    const e1000 = Object.values(doc.components).find((c) => c.name === 'gpu-01 nic1 (e1000)')!;
    expect(e1000.attributes).toEqual({ model: 'emulated', promiscuousMode: null, spoofGuard: null });
    expect(e1000.provenance).toEqual({ model: { file: 'gpu-01.xml', at: '/domain/devices/interface[1]/model/@type' } });
    const web = Object.values(doc.components).find((c) => c.name === 'web-01')!;
    expect(web.attributes.guestOs).toBeNull();
    expect(web.notes).toContain('VNC console listens on 0.0.0.0 (every host address), no password (from web-01.xml, /domain/devices/graphics[1]/@listen)');
  });

  it('assesses: emulated, para-virtual and direct assignment items apply to the right guests', () => {
    const { checklist } = assess(doc, catalog);
    const item = (id: string) => checklist.find((i) => i.recommendationId === id)!;
    const names = (id: string) => item(id).components.map((cid) => doc.components[cid]!.name);
    expect(item('HY-SR-6A').applicability).toBe('applicable');
    expect(names('HY-SR-6A')).toEqual(expect.arrayContaining(['gpu-01', 'web-01']));
    expect(item('HY-SR-6B').applicability).toBe('applicable');
    expect(names('HY-SR-6B')).toContain('web-01');
    expect(item('HY-SR-6C').applicability).toBe('applicable');
    expect(names('HY-SR-6C')).toEqual(expect.arrayContaining(['gpu-01', 'gpu-01 PCI 0x0000:0x17:0x00:0x0', 'gpu-01 VF 52:54:00:aa:bb:cc']));
    expect(names('HY-SR-6C')).not.toContain('web-01');
  });

  it('names the file an imported value came from in the reason, and nothing for drawn values', () => {
    const { checklist } = assess(doc, catalog);
    const reasons = checklist.find((i) => i.recommendationId === 'HY-SR-6C')!.reasons.map((r) => r.text);
    expect(reasons).toContainEqual(expect.stringContaining("gpu-01 PCI 0x0000:0x17:0x00:0x0's DMA-capable is yes (from gpu-01.xml)"));
    // The same value set by hand (its provenance dropped) reads without a source.
    const pci = Object.values(doc.components).find((c) => c.type === 'passthrough-device')!;
    const drawn = { ...doc, components: { ...doc.components, [pci.id]: { ...pci, provenance: undefined } } };
    delete drawn.components[pci.id]!.provenance;
    const again = assess(drawn, catalog).checklist.find((i) => i.recommendationId === 'HY-SR-6C')!.reasons.map((r) => r.text);
    expect(again.join('\n')).toContain("DMA-capable is yes; ");
    expect(again.join('\n')).not.toContain('(from gpu-01.xml)');
  });

  it('imports Xen and VMware files into the same kind of model', () => {
    const xen = importFiles('hvm-stub.cfg', 'netdd.cfg');
    expect(importProjectFile(JSON.stringify(xen), catalog).ok).toBe(true);
    const { checklist } = assess(xen, catalog);
    expect(checklist.find((i) => i.recommendationId === 'HY-SR-6C')!.applicability).toBe('applicable');
    const vmx = importFiles('db-01.vmx');
    expect(importProjectFile(JSON.stringify(vmx), catalog).ok).toBe(true);
  });

  it('imports a libvirt host (capabilities, networks, virt-host-validate) into the same model as its domains', () => {
    const host = importFiles('web-01.xml', 'host-caps.xml', 'host-domcaps.xml', 'net-ovs-vlans.xml', 'net-default.xml', 'virt-host-validate.txt');
    expect(importProjectFile(JSON.stringify(host), catalog).ok).toBe(true);
    const one = (type: string) => {
      const all = Object.values(host.components).filter((c) => c.type === type);
      expect(all, type).toHaveLength(1);
      return all[0]!;
    };
    expect(one('physical-host').attributes).toMatchObject({ cpuVirtualizationExtensions: true, hardwareMmuVirtualization: true, physicalCores: 32, memoryGiB: 503.7, liveMigration: null });
    expect(one('firmware').attributes).toEqual({ firmwareType: null, secureBoot: null, iommuEnabled: true });
    // capabilities says the kernel has IOMMU groups, virt-host-validate says it does not: the first file wins and the conflict is a note.
    expect(one('iommu').attributes.dmaRemapping).toBe(true);
    expect(one('iommu').notes).toContain('dmaRemapping is false here but true in host-caps.xml; kept true (from virt-host-validate.txt, line 13)');
    expect(one('physical-host').notes).toContain('Intel TDX confidential guests are supported (from host-domcaps.xml, /domainCapabilities/features/tdx/@supported)');
    const backup = Object.values(host.components).find((c) => c.name === 'backup-net')!;
    expect(backup.provenance?.vlans).toEqual({ file: 'net-ovs-vlans.xml', at: '/network/portgroup[1]/vlan' });
    const { checklist } = assess(host, catalog);
    const vlan = checklist.find((i) => i.recommendationId === 'VM-NS-R3')!;
    expect(vlan.applicability).toBe('applicable');
    expect(vlan.components.map((id) => host.components[id]!.name)).toEqual(['backup-net']);
  });
});
