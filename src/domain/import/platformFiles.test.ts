/** Proxmox qemu-server, Hyper-V cmdlet JSON and ESXi advanced settings readers. */
import { describe, expect, it } from 'vitest';
import { detectFormat } from './detectFormat';
import { parseEsxiAdvanced } from './esxiAdvanced';
import { parseHyperV } from './hyperv';
import { parseProxmox, tokenizeProxmox } from './proxmox';
import { fixture } from './testFiles';
import type { ImportResult } from './types';

const byKey = (r: ImportResult, key: string) => {
  const c = r.components.find((x) => x.key === key);
  if (!c) throw new Error(`no component ${key} in ${r.components.map((x) => x.key).join(', ')}`);
  return c;
};
const value = (r: ImportResult, key: string, attribute: string) => byKey(r, key).attributes[attribute]?.value;
const notes = (r: ImportResult, key: string) => byKey(r, key).observations.map((o) => o.text);

describe('format detection by content', () => {
  it.each([
    ['101.conf', 'proxmox'],
    ['hv-get-vm.json', 'hyperv-json'],
    ['hv-get-vmnetworkadapter.json', 'hyperv-json'],
    ['esxi-advanced.json', 'esxi-advanced-json'],
    ['esxi-advanced.csv', 'esxi-advanced-csv'],
  ])('%s is %s', (name, format) => expect(detectFormat(fixture(name))).toBe(format));
  it('recognises them without a telling name', () => {
    expect(detectFormat({ name: 'vm', text: fixture('102.conf').text })).toBe('proxmox');
    expect(detectFormat({ name: 'out.txt', text: fixture('hv-get-vmfirmware.json').text })).toBe('hyperv-json');
    expect(detectFormat({ name: 'adv.txt', text: fixture('esxi-advanced.csv').text })).toBe('esxi-advanced-csv');
    expect(detectFormat({ name: 'vm.cfg', text: 'name = "a"\n' })).toBe('xl-cfg');
  });
});

describe('Proxmox qemu-server .conf', () => {
  const r = parseProxmox(fixture('101.conf').text, 'qemu-server/101.conf');
  it('maps name, vCPUs (cores x sockets), memory and OS type with their lines', () => {
    expect(value(r, 'guest:pve-web-01', 'vcpus')).toBe(8);
    expect(value(r, 'guest:pve-web-01', 'memoryGiB')).toBe(16);
    expect(byKey(r, 'guest:pve-web-01').attributes.memoryGiB?.source).toEqual({
      file: 'qemu-server/101.conf',
      at: 'line 12',
    });
    expect(value(r, 'guest:pve-web-01', 'guestOs')).toBe('linux');
    expect(value(r, 'hypervisor', 'product')).toBe('kvm');
    expect(value(r, 'emulator:pve-web-01', 'location')).toBe('per-vm-process');
    // Proxmox says nothing about confinement: unknown.
    expect(byKey(r, 'emulator:pve-web-01').attributes.confined).toBeUndefined();
  });
  it('reads NICs (virtio and e1000), bridges with VLAN tags, PCI (GPU) and USB passthrough', () => {
    expect(value(r, 'nic:pve-web-01:1', 'model')).toBe('paravirtual');
    expect(value(r, 'nic:pve-web-01:2', 'model')).toBe('emulated');
    expect(value(r, 'switch:vmbr0', 'vlans')).toBe(true);
    expect(byKey(r, 'switch:vmbr0').attributes.vlans?.source.at).toBe('line 15, net0 tag');
    expect(byKey(r, 'switch:vmbr1').attributes.vlans).toBeUndefined();
    expect(value(r, 'hostdev:pve-web-01:1', 'dmaCapable')).toBe(true);
    expect(value(r, 'hostdev:pve-web-01:1', 'deviceClass')).toBe('gpu');
    expect(value(r, 'usb:pve-web-01:1', 'deviceClass')).toBe('other');
    expect(r.connections).toContainEqual(
      expect.objectContaining({ type: 'network-link', from: 'nic:pve-web-01:1', to: 'switch:vmbr0' }),
    );
    expect(notes(r, 'guest:pve-web-01')).toEqual(
      expect.arrayContaining([
        'boots UEFI firmware (OVMF)',
        'UEFI secure boot keys are enrolled (secure boot on)',
        'virtual TPM v2.0 (swtpm emulator)',
        'emulated e1000 NIC',
        'emulated IDE CD-ROM',
      ]),
    );
  });
  it('ignores snapshot sections and names a VM without name: after its vmid', () => {
    expect(r.components.some((c) => c.key === 'switch:vmbr9')).toBe(false);
    const vm = parseProxmox(fixture('102.conf').text, '/etc/pve/qemu-server/102.conf');
    expect(byKey(vm, 'guest:VM 102').attributes.guestOs?.value).toBe('windows');
    expect(byKey(vm, 'guest:VM 102').attributes.vcpus).toBeUndefined();
  });
  it('names file and line of errors', () => {
    expect(() => tokenizeProxmox('name: a\ncores = 2\n', 'x.conf')).toThrow(/x\.conf:2: expected "key: value"/);
    expect(() => tokenizeProxmox('name: a\nname: b\n', 'x.conf')).toThrow(
      /x\.conf:2: name is set twice \(first on line 1\)/,
    );
    expect(() => parseProxmox('cores: 2\n', 'vm.conf')).toThrow(/vm\.conf:1: no "name:"/);
  });
});

describe('Hyper-V cmdlet JSON', () => {
  const vm = parseHyperV(fixture('hv-get-vm.json').text, 'get-vm.json');
  const sec = parseHyperV(fixture('hv-get-vmsecurity.json').text, 'get-vmsecurity.json');
  const fw = parseHyperV(fixture('hv-get-vmfirmware.json').text, 'get-vmfirmware.json');
  const nic = parseHyperV(fixture('hv-get-vmnetworkadapter.json').text, 'get-vmnetworkadapter.json');
  it('Get-VM: vCPUs and startup memory with the line of the property', () => {
    expect(value(vm, 'guest:sql-01', 'vcpus')).toBe(8);
    expect(value(vm, 'guest:sql-01', 'memoryGiB')).toBe(32);
    expect(byKey(vm, 'guest:sql-01').attributes.vcpus?.source.at).toBe('line 11, [0].ProcessorCount');
    expect(value(vm, 'guest:legacy-02', 'memoryGiB')).toBe(2);
    expect(value(vm, 'hypervisor', 'product')).toBe('hyperv');
    expect(notes(vm, 'guest:legacy-02')).toContain('generation 1 VM (BIOS firmware, emulated legacy devices)');
  });
  it('Get-VMSecurity: TPM and shielding as observations, migration encrypted only if every VM asks', () => {
    expect(notes(sec, 'guest:sql-01')).toEqual([
      'virtual TPM enabled',
      'shielded VM',
      'state and migration traffic encrypted',
    ]);
    expect(value(sec, 'migration', 'encrypted')).toBe(false);
    expect(byKey(sec, 'migration').attributes.encrypted?.source.at).toBe(
      'line 18, [1].EncryptStateAndVmMigrationTraffic',
    );
  });
  it('Get-VMFirmware: secure boot from the numeric OnOffState', () => {
    expect(notes(fw, 'guest:sql-01')).toEqual(['UEFI secure boot is on (template MicrosoftWindows)']);
  });
  it('Get-VMNetworkAdapter: synthetic versus legacy NICs, spoofing, mirroring and the management OS adapter', () => {
    expect(value(nic, 'nic:sql-01:Network Adapter', 'model')).toBe('paravirtual');
    expect(value(nic, 'nic:sql-01:Network Adapter', 'spoofGuard')).toBe(true);
    expect(value(nic, 'nic:legacy-02:Legacy Network Adapter', 'model')).toBe('emulated');
    expect(value(nic, 'nic:legacy-02:Legacy Network Adapter', 'spoofGuard')).toBe(false);
    expect(value(nic, 'switch:vSwitch-Prod', 'portMirroring')).toBe(true);
    expect(value(nic, 'switch:vSwitch-Prod', 'carriesManagement')).toBe(true);
    expect(notes(nic, 'nic:sql-01:Network Adapter')).toContain('SR-IOV requested (IovWeight 100)');
  });
  it('refuses other JSON and broken JSON with file and line', () => {
    expect(() => parseHyperV('[\n  {"Foo": 1}\n]', 'x.json')).toThrow(/x\.json:2: record 1 is not output of Get-VM/);
    expect(() => parseHyperV('{\n  "ProcessorCount": 2,\n  "Generation": 2\n}', 'x.json')).toThrow(
      /x\.json:1: record 1 names no VM/,
    );
    expect(() => parseHyperV('[\n{"VMName": "a",\n"TpmEnabled": tru}\n]', 'x.json')).toThrow(
      expect.objectContaining({ kind: 'syntax', file: 'x.json', line: 3 }),
    );
  });
});

describe('ESXi advanced settings', () => {
  it('esxcli JSON: hardening-relevant settings become hypervisor observations', () => {
    const r = parseEsxiAdvanced(fixture('esxi-advanced.json').text, 'adv.json', 'json');
    expect(value(r, 'hypervisor', 'product')).toBe('esxi');
    expect(notes(r, 'hypervisor')).toEqual([
      'transparent page sharing between VMs is allowed (Mem.ShareForceSalting 0)',
      'BPDU frames from guests are blocked',
      'the dvfilter network API is not bound',
      'the ESXi Shell stays available with no timeout',
      'logs are sent to udp://syslog.lab.example:514',
      'accounts lock after 5 failed logins',
    ]);
    expect(byKey(r, 'hypervisor').observations[0]!.source).toEqual({
      file: 'adv.json',
      at: 'line 6, /Mem/ShareForceSalting',
    });
  });
  it('PowerCLI CSV with #TYPE line and a multi-line description', () => {
    const r = parseEsxiAdvanced(fixture('esxi-advanced.csv').text, 'adv.csv', 'csv');
    expect(notes(r, 'host')).toEqual(['ESXi host esx01.lab.example']);
    expect(notes(r, 'agent:hostd')).toEqual(['the Managed Object Browser is enabled']);
    expect(value(r, 'agent:hostd', 'agent')).toBe('hostd');
    const bpdu = byKey(r, 'hypervisor').observations.find((o) => o.text.includes('BPDU'))!;
    expect(bpdu).toEqual({
      text: 'BPDU frames from guests are not blocked (Net.BlockGuestBPDU 0)',
      source: { file: 'adv.csv', at: 'line 6, Net.BlockGuestBPDU' },
    });
    expect(notes(r, 'hypervisor')).toContain('no remote syslog host: logs stay on the host');
  });
  it('refuses a CSV without Name/Value columns, ragged rows and several hosts', () => {
    expect(() => parseEsxiAdvanced('"A","B"\n"1","2"\n', 'x.csv', 'csv')).toThrow(
      /x\.csv:1: expected Get-AdvancedSetting columns/,
    );
    expect(() => parseEsxiAdvanced('"Name","Value"\n"a","1","x"\n', 'x.csv', 'csv')).toThrow(
      /x\.csv:2: row has 3 fields/,
    );
    expect(() => parseEsxiAdvanced('"Name","Value","Entity"\n"a","1","h1"\n"b","2","h2"\n', 'x.csv', 'csv')).toThrow(
      /settings of 2 hosts/,
    );
    expect(() => parseEsxiAdvanced('"Name","Value"\n"a,1\n', 'x.csv', 'csv')).toThrow(
      /x\.csv:2: quoted field is not closed/,
    );
  });
});
