/** Golden: configuration files -> model -> assessment, through the same readers as a project file. */
import { describe, expect, it } from 'vitest';
import { loadBundledCatalog } from '../catalog/catalogSource';
import { importProjectFile } from '../io/projectFile';
import { assess } from '../rules/assess';
import { importConfigFiles } from './detectFormat';
import { fixture } from './testFiles';
import { importToDocument } from './toDocument';
import { mergeImportIntoDocument } from './mergeIntoDocument';
import { updateConnection } from '../model/operations';

const catalog = loadBundledCatalog();
const NOW = '2026-12-03T06:00:00Z';

function configuredOf(...names: string[]) {
  const r = importConfigFiles(names.map(fixture));
  if (!r.ok) throw r.error;
  return r.value;
}

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
    const byType = (t: string) =>
      Object.values(doc.components)
        .filter((c) => c.type === t)
        .map((c) => c.name)
        .sort();
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
    expect(web.notes).toContain(
      'VNC console listens on 0.0.0.0 (every host address), no password (from web-01.xml, /domain/devices/graphics[1]/@listen)',
    );
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
    expect(names('HY-SR-6C')).toEqual(
      expect.arrayContaining(['gpu-01', 'gpu-01 PCI 0x0000:0x17:0x00:0x0', 'gpu-01 VF 52:54:00:aa:bb:cc']),
    );
    expect(names('HY-SR-6C')).not.toContain('web-01');
  });

  it('names the file an imported value came from in the reason, and nothing for drawn values', () => {
    const { checklist } = assess(doc, catalog);
    const reasons = checklist.find((i) => i.recommendationId === 'HY-SR-6C')!.reasons.map((r) => r.text);
    expect(reasons).toContainEqual(
      expect.stringContaining("gpu-01 PCI 0x0000:0x17:0x00:0x0's DMA-capable is yes (from gpu-01.xml)"),
    );
    // The same value set by hand (its provenance dropped) reads without a source.
    const pci = Object.values(doc.components).find((c) => c.type === 'passthrough-device')!;
    const drawn = { ...doc, components: { ...doc.components, [pci.id]: { ...pci, provenance: undefined } } };
    delete drawn.components[pci.id]!.provenance;
    // Drawn by hand, its links carry no source either.
    drawn.connections = Object.fromEntries(
      Object.entries(doc.connections).map(([id, x]) => [id, { ...x, provenance: undefined }]),
    );
    for (const x of Object.values(drawn.connections)) delete x.provenance;
    const again = assess(drawn, catalog)
      .checklist.find((i) => i.recommendationId === 'HY-SR-6C')!
      .reasons.map((r) => r.text);
    expect(again.join('\n')).toContain('DMA-capable is yes; ');
    expect(again.join('\n')).not.toContain('(from gpu-01.xml)');
  });

  it('keeps the source of imported link attributes, names it in reasons, and drops it when the link is edited', () => {
    const e1000 = Object.values(doc.components).find((c) => c.name === 'gpu-01 nic1 (e1000)')!;
    const link = Object.values(doc.connections).find((x) => x.source === e1000.id && x.type === 'device-assignment')!;
    expect(link.attributes.mode).toBe('emulated');
    expect(link.provenance).toEqual({ mode: { file: 'gpu-01.xml', at: '/domain/devices/interface[1]/model/@type' } });
    const reasons = (d: typeof doc) =>
      assess(d, catalog)
        .checklist.find((i) => i.recommendationId === 'HY-SR-6A')!
        .reasons.map((r) => r.text)
        .join('\n');
    expect(reasons(doc)).toContain(
      'gpu-01 nic1 (e1000) is linked to gpu-01 by Device assignment (Mode: Emulated (from gpu-01.xml))',
    );
    const edited = updateConnection(doc, link.id, { attributes: { mode: 'emulated' } }, NOW);
    expect(edited.connections[link.id]!.provenance).toBeUndefined();
    expect(reasons(edited)).toContain('gpu-01 nic1 (e1000) is linked to gpu-01 by Device assignment (Mode: Emulated);');
    expect(reasons(edited)).not.toContain(
      'gpu-01 nic1 (e1000) is linked to gpu-01 by Device assignment (Mode: Emulated (from',
    );
    // Merged into a drawn project, new links carry their sources too.
    const merged = mergeImportIntoDocument(
      importFiles('web-01.xml'),
      configuredOf('gpu-01.xml'),
      catalog,
      NOW,
    ).document;
    const mergedLink = Object.values(merged.connections).find(
      (x) => merged.components[x.source]?.name === 'gpu-01 nic1 (e1000)' && x.type === 'device-assignment',
    )!;
    expect(mergedLink.provenance?.mode?.file).toBe('gpu-01.xml');
    expect(importProjectFile(JSON.stringify(merged), catalog).ok).toBe(true);
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
    const host = importFiles(
      'web-01.xml',
      'host-caps.xml',
      'host-domcaps.xml',
      'net-ovs-vlans.xml',
      'net-default.xml',
      'virt-host-validate.txt',
    );
    expect(importProjectFile(JSON.stringify(host), catalog).ok).toBe(true);
    const one = (type: string) => {
      const all = Object.values(host.components).filter((c) => c.type === type);
      expect(all, type).toHaveLength(1);
      return all[0]!;
    };
    expect(one('physical-host').attributes).toMatchObject({
      cpuVirtualizationExtensions: true,
      hardwareMmuVirtualization: true,
      physicalCores: 32,
      memoryGiB: 503.7,
      liveMigration: null,
    });
    expect(one('firmware').attributes).toEqual({ firmwareType: null, secureBoot: null, iommuEnabled: true });
    // capabilities says the kernel has IOMMU groups, virt-host-validate says it does not: the first file wins and the conflict is a note.
    expect(one('iommu').attributes.dmaRemapping).toBe(true);
    expect(one('iommu').notes).toContain(
      'dmaRemapping is false here but true in host-caps.xml; kept true (from virt-host-validate.txt, line 13)',
    );
    expect(one('physical-host').notes).toContain(
      'Intel TDX confidential guests are supported (from host-domcaps.xml, /domainCapabilities/features/tdx/@supported)',
    );
    const backup = Object.values(host.components).find((c) => c.name === 'backup-net')!;
    expect(backup.provenance?.vlans).toEqual({ file: 'net-ovs-vlans.xml', at: '/network/portgroup[1]/vlan' });
    const { checklist } = assess(host, catalog);
    const vlan = checklist.find((i) => i.recommendationId === 'sp800-125b.VM-NS-R3')!;
    expect(vlan.applicability).toBe('applicable');
    expect(vlan.components.map((id) => host.components[id]!.name)).toEqual(['backup-net']);
  });

  const named = (doc: ReturnType<typeof importFiles>, id: string) => {
    const item = assess(doc, catalog).checklist.find((i) => i.recommendationId === id)!;
    return { applicability: item.applicability, names: item.components.map((c) => doc.components[c]!.name) };
  };

  it('imports Proxmox qemu-server files: emulated NIC, GPU passthrough and tagged bridge drive the checklist', () => {
    const pve = importFiles('101.conf', '102.conf');
    expect(importProjectFile(JSON.stringify(pve), catalog).ok).toBe(true);
    expect(named(pve, 'HY-SR-6A')).toMatchObject({
      applicability: 'applicable',
      names: expect.arrayContaining(['pve-web-01', 'VM 102']),
    });
    expect(named(pve, 'HY-SR-6C').names).toEqual(expect.arrayContaining(['pve-web-01 PCI 0000:41:00']));
    expect(named(pve, 'HY-SR-6C').names).not.toContain('VM 102');
    expect(named(pve, 'sp800-125b.VM-NS-R3')).toEqual({ applicability: 'applicable', names: ['vmbr0'] });
    const gpu = Object.values(pve.components).find((c) => c.name === 'pve-web-01 PCI 0000:41:00')!;
    expect(gpu.provenance?.deviceClass).toEqual({ file: '101.conf', at: 'line 9, hostpci0 x-vga' });
  });

  it('imports Hyper-V cmdlet JSON: one guest per VM across the four cmdlets, the management switch flagged', () => {
    const hv = importFiles(
      'hv-get-vm.json',
      'hv-get-vmsecurity.json',
      'hv-get-vmfirmware.json',
      'hv-get-vmnetworkadapter.json',
    );
    expect(importProjectFile(JSON.stringify(hv), catalog).ok).toBe(true);
    const guests = Object.values(hv.components).filter((c) => c.type === 'guest-vm');
    expect(guests.map((g) => g.name).sort()).toEqual(['legacy-02', 'sql-01']);
    const sql = guests.find((g) => g.name === 'sql-01')!;
    expect(sql.attributes).toMatchObject({ vcpus: 8, memoryGiB: 32, guestOs: null });
    expect(sql.notes).toContain('shielded VM (from hv-get-vmsecurity.json, line 5, [0].ShieldingRequested)');
    expect(sql.notes).toContain(
      'UEFI secure boot is on (template MicrosoftWindows) (from hv-get-vmfirmware.json, line 2, [0].SecureBoot)',
    );
    expect(named(hv, 'HY-SR-20')).toMatchObject({
      applicability: 'applicable',
      names: expect.arrayContaining(['vSwitch-Prod']),
    });
    expect(named(hv, 'HY-SR-6A').names).toEqual(expect.arrayContaining(['legacy-02']));
    expect(named(hv, 'HY-SR-6A').names).not.toContain('sql-01');
  });

  it('imports ESXi advanced settings (JSON and CSV) onto one ESXi hypervisor', () => {
    const esx = importFiles('esxi-advanced.json', 'esxi-advanced.csv');
    expect(importProjectFile(JSON.stringify(esx), catalog).ok).toBe(true);
    const hv = Object.values(esx.components).find((c) => c.type === 'hypervisor-kernel')!;
    expect(hv.attributes.product).toBe('esxi');
    expect(hv.notes).toContain(
      'transparent page sharing between VMs is allowed (Mem.ShareForceSalting 0) (from esxi-advanced.json, line 6, /Mem/ShareForceSalting)',
    );
    expect(Object.values(esx.components).find((c) => c.type === 'management-agent')!.attributes.agent).toBe('hostd');
  });
});
