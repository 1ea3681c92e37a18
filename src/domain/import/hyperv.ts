/**
 * Hyper-V PowerShell output piped to `ConvertTo-Json`: Get-VM, Get-VMSecurity, Get-VMFirmware
 * and Get-VMNetworkAdapter (one file may hold any of them, as one object or an array). Each
 * record is recognised by its properties and joined to its VM by VMName. Windows PowerShell
 * writes enums as numbers (OnOffState: On = 0, Off = 1), PowerShell 7 with -EnumsAsStrings
 * as names; both are read.
 */
import { guestKey, HOST_KEY, HYPERVISOR_KEY, ImportBuilder, switchKey } from './builder';
import { parseJsonRecords, type JsonRecord } from './jsonSource';
import { ConfigImportError, type ImportResult } from './types';

type Kind = 'vm' | 'security' | 'firmware' | 'adapter';

function kindOf(r: Record<string, unknown>): Kind | undefined {
  if ('ProcessorCount' in r && ('Generation' in r || 'MemoryStartup' in r)) return 'vm';
  if ('TpmEnabled' in r || 'ShieldingRequested' in r || 'EncryptStateAndVmMigrationTraffic' in r) return 'security';
  if ('SecureBoot' in r && ('BootOrder' in r || 'SecureBootTemplate' in r)) return 'firmware';
  if ('SwitchName' in r && 'MacAddress' in r) return 'adapter';
  return undefined;
}

/** OnOffState as a number (0 = On, 1 = Off) or its name. */
function onOff(v: unknown): boolean | undefined {
  if (v === 0 || v === 'On') return true;
  if (v === 1 || v === 'Off') return false;
  return undefined;
}
const bool = (v: unknown) => (typeof v === 'boolean' ? v : undefined);
const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
const int = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined);
/** VMNetworkAdapterPortMirroringMode: None = 0, Destination = 1, Source = 2. */
const mirroring = (v: unknown) =>
  v === 0 || v === 'None' ? false : v === 1 || v === 2 || v === 'Destination' || v === 'Source' ? true : undefined;

export function parseHyperV(input: string, file: string): ImportResult {
  const records = parseJsonRecords(input, file);
  const b = new ImportBuilder(file);
  const first = `line ${records[0]?.line ?? 1}`;
  const host = b.component(HOST_KEY, 'physical-host', 'Host', first);
  const hv = b.component(HYPERVISOR_KEY, 'hypervisor-kernel', 'Hypervisor', first);
  b.set(hv, 'product', 'hyperv', first);
  b.connect('runs-on', hv.key, host.key, first);
  const migrationEncrypted: { value: boolean; at: string }[] = [];

  for (const rec of records) {
    const r = rec.value;
    const kind = kindOf(r);
    const at = (key: string) => `line ${rec.keyLines.get(key) ?? rec.line}, [${rec.index}].${key}`;
    if (!kind)
      throw new ConfigImportError(
        'unsupported',
        file,
        rec.line,
        `record ${rec.index + 1} is not output of Get-VM, Get-VMSecurity, Get-VMFirmware or Get-VMNetworkAdapter`,
      );
    if (kind === 'adapter' && r.IsManagementOs === true) {
      mapManagementAdapter(b, rec, at);
      continue;
    }
    const name = str(r.VMName) ?? (kind === 'vm' ? str(r.Name) : undefined);
    if (!name) throw new ConfigImportError('invalid', file, rec.line, `record ${rec.index + 1} names no VM (VMName)`);
    const guest = b.component(guestKey(name), 'guest-vm', name, at('VMName'));
    b.connect('runs-on', guest.key, hv.key, at('VMName'));
    if (kind === 'vm') {
      b.set(guest, 'vcpus', int(r.ProcessorCount), at('ProcessorCount'));
      const bytes = int(r.MemoryStartup);
      if (bytes !== undefined)
        b.set(guest, 'memoryGiB', Math.round((bytes / 1024 ** 3) * 100) / 100, at('MemoryStartup'));
      if (r.Generation === 2) b.observe(guest, 'generation 2 VM (UEFI firmware)', at('Generation'));
      if (r.Generation === 1)
        b.observe(guest, 'generation 1 VM (BIOS firmware, emulated legacy devices)', at('Generation'));
      const computer = str(r.ComputerName);
      if (computer) b.observe(host, `Hyper-V host ${computer}`, at('ComputerName'));
    } else if (kind === 'security') {
      const tpmOn = bool(r.TpmEnabled);
      if (tpmOn !== undefined) b.observe(guest, `virtual TPM ${tpmOn ? 'enabled' : 'disabled'}`, at('TpmEnabled'));
      if (bool(r.ShieldingRequested) !== undefined)
        b.observe(guest, r.ShieldingRequested ? 'shielded VM' : 'not shielded', at('ShieldingRequested'));
      if (bool(r.VirtualizationBasedSecurityOptOut) === true)
        b.observe(guest, 'opted out of virtualization-based security', at('VirtualizationBasedSecurityOptOut'));
      const enc = bool(r.EncryptStateAndVmMigrationTraffic);
      if (enc !== undefined) {
        b.observe(
          guest,
          `state and migration traffic ${enc ? 'encrypted' : 'not encrypted'}`,
          at('EncryptStateAndVmMigrationTraffic'),
        );
        migrationEncrypted.push({ value: enc, at: at('EncryptStateAndVmMigrationTraffic') });
      }
    } else if (kind === 'firmware') {
      const sb = onOff(r.SecureBoot);
      if (sb !== undefined)
        b.observe(
          guest,
          `UEFI secure boot is ${sb ? 'on' : 'off'}${sb && str(r.SecureBootTemplate) ? ` (template ${str(r.SecureBootTemplate)})` : ''}`,
          at('SecureBoot'),
        );
    } else {
      mapAdapter(b, rec, name, at);
    }
  }
  if (migrationEncrypted.length) {
    // Migration is encrypted only if every VM asks for it; one that does not sends its state in clear.
    const clear = migrationEncrypted.find((m) => !m.value);
    const mig = b.component('migration', 'migration-network', 'Live migration', (clear ?? migrationEncrypted[0]!).at);
    b.set(mig, 'encrypted', !clear, (clear ?? migrationEncrypted[0]!).at);
  }
  return b.result();
}

function mapAdapter(b: ImportBuilder, rec: JsonRecord, vm: string, at: (key: string) => string) {
  const r = rec.value;
  const label = str(r.Name) ?? `adapter ${rec.index + 1}`;
  const nic = b.component(`nic:${vm}:${label}`, 'virtual-nic', `${vm} ${label}`, at('Name'));
  // A legacy adapter is an emulated DEC 21140; the default synthetic adapter is VMBus para-virtual.
  const legacy = bool(r.IsLegacy);
  b.set(nic, 'model', legacy === undefined ? undefined : legacy ? 'emulated' : 'paravirtual', at('IsLegacy'));
  const spoofing = onOff(r.MacAddressSpoofing);
  if (spoofing !== undefined) b.set(nic, 'spoofGuard', !spoofing, at('MacAddressSpoofing'));
  b.connect(
    'device-assignment',
    nic.key,
    guestKey(vm),
    at('Name'),
    legacy === undefined ? {} : { mode: legacy ? 'emulated' : 'para-virtual' },
  );
  if (legacy)
    b.observe(
      b.component(guestKey(vm), 'guest-vm', vm, at('IsLegacy')),
      'emulated legacy network adapter',
      at('IsLegacy'),
    );
  if (onOff(r.DhcpGuard) === false || onOff(r.RouterGuard) === false)
    b.observe(
      nic,
      `DHCP guard ${onOff(r.DhcpGuard) ? 'on' : 'off'}, router guard ${onOff(r.RouterGuard) ? 'on' : 'off'}`,
      at('DhcpGuard'),
    );
  if (typeof r.IovWeight === 'number' && r.IovWeight > 0)
    b.observe(nic, `SR-IOV requested (IovWeight ${r.IovWeight})`, at('IovWeight'));
  const sw = str(r.SwitchName);
  if (sw) {
    const s = b.component(switchKey(sw), 'virtual-switch', sw, at('SwitchName'));
    if (mirroring(r.PortMirroringMode) === true) b.set(s, 'portMirroring', true, at('PortMirroringMode'));
    b.connect('network-link', nic.key, s.key, at('SwitchName'));
  }
}

/** `Get-VMNetworkAdapter -ManagementOS`: the parent partition's own adapter on a switch. */
function mapManagementAdapter(b: ImportBuilder, rec: JsonRecord, at: (key: string) => string) {
  const sw = str(rec.value.SwitchName);
  if (!sw) return;
  const s = b.component(switchKey(sw), 'virtual-switch', sw, at('SwitchName'));
  b.set(s, 'carriesManagement', true, at('IsManagementOs'));
  b.observe(
    s,
    `the management OS has adapter ${str(rec.value.Name) ?? ''} on this switch`.replace('  ', ' '),
    at('IsManagementOs'),
  );
}
