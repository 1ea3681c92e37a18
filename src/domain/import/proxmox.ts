/**
 * Proxmox VE `qemu-server/<vmid>.conf` (qm.conf(5)): `key: value` lines, `#` comments (the
 * VM's description), property strings `a=b,c=d` whose first item may omit its key, and
 * `[snapshot]` sections after the current configuration, which are not read.
 */
import { guestKey, HOST_KEY, HYPERVISOR_KEY, ImportBuilder, switchKey } from './builder';
import { ConfigImportError, MAX_CONFIG_BYTES, type ImportResult } from './types';

export interface PveSetting {
  key: string;
  value: string;
  line: number;
}

const LINE = /^([a-z][a-z0-9_-]*):\s?(.*)$/;
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

export function tokenizeProxmox(input: string, file: string): Map<string, PveSetting> {
  if (input.length > MAX_CONFIG_BYTES)
    throw new ConfigImportError('too-large', file, 1, `larger than ${MAX_CONFIG_BYTES / 1024 / 1024} MB`);
  const out = new Map<string, PveSetting>();
  for (const [n, raw] of input.split('\n').entries()) {
    const line = raw.replace(/\r$/, '');
    if (/^\s*(#.*)?$/.test(line)) continue;
    // Snapshots and pending changes follow the current configuration.
    if (/^\[[^\]]*\]\s*$/.test(line)) break;
    const m = LINE.exec(line);
    if (!m)
      throw new ConfigImportError(
        'syntax',
        file,
        n + 1,
        `expected "key: value" but found ${JSON.stringify(line.slice(0, 40))}`,
      );
    if (FORBIDDEN.has(m[1]!)) throw new ConfigImportError('syntax', file, n + 1, `key "${m[1]}" is not accepted`);
    if (out.has(m[1]!))
      throw new ConfigImportError(
        'syntax',
        file,
        n + 1,
        `${m[1]} is set twice (first on line ${out.get(m[1]!)!.line})`,
      );
    out.set(m[1]!, { key: m[1]!, value: m[2]!.trim(), line: n + 1 });
  }
  return out;
}

/** A property string: `virtio=BC:24:11:00:00:01,bridge=vmbr0` or `local:iso/x.iso,media=cdrom`. */
export function propertyString(value: string, defaultKey: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [i, part] of value.split(',').entries()) {
    const eq = part.indexOf('=');
    if (eq < 0) out.set(i === 0 ? defaultKey : part.trim(), i === 0 ? part.trim() : '1');
    else out.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  return out;
}

/** qm.conf NIC models: virtio is para-virtual; the rest are emulated cards (vmxnet3 is emulated by QEMU). */
const NIC_MODELS = new Set([
  'virtio',
  'e1000',
  'e1000e',
  'e1000-82540em',
  'e1000-82544gc',
  'e1000-82545em',
  'rtl8139',
  'vmxnet3',
  'i82551',
  'i82557b',
  'i82559er',
  'ne2k_isa',
  'ne2k_pci',
  'pcnet',
]);
const OSTYPE: Record<string, string> = { l24: 'linux', l26: 'linux', solaris: 'other', other: 'other' };

export function parseProxmox(input: string, file: string): ImportResult {
  const kv = tokenizeProxmox(input, file);
  const get = (key: string) => kv.get(key);
  const at = (s: PveSetting, item?: string) => `line ${s.line}${item ? `, ${s.key} ${item}` : ''}`;
  const vmid = /(?:^|[\\/])(\d+)\.conf$/i.exec(file)?.[1];
  const nameSetting = get('name');
  const name = nameSetting?.value || (vmid ? `VM ${vmid}` : undefined);
  if (!name) throw new ConfigImportError('invalid', file, 1, 'no "name:" and the file is not named <vmid>.conf');
  const first = nameSetting ? at(nameSetting) : 'line 1';
  const b = new ImportBuilder(file);
  const host = b.component(HOST_KEY, 'physical-host', 'Host', first);
  const hv = b.component(HYPERVISOR_KEY, 'hypervisor-kernel', 'Hypervisor', first);
  const kvm = get('kvm');
  // qemu-server runs guests on KVM unless `kvm: 0` turns hardware acceleration off.
  if (!kvm || kvm.value !== '0') b.set(hv, 'product', 'kvm', kvm ? at(kvm) : first);
  b.connect('runs-on', hv.key, host.key, first);
  const guest = b.component(guestKey(name), 'guest-vm', name, first);
  b.connect('runs-on', guest.key, hv.key, first);

  const cores = get('cores');
  const sockets = get('sockets');
  const count = (s: PveSetting | undefined) =>
    s === undefined ? 1 : /^\d+$/.test(s.value) ? Number(s.value) : undefined;
  // qm.conf: cores and sockets each default to 1; vCPUs are their product.
  if ((cores || sockets) && count(cores) !== undefined && count(sockets) !== undefined)
    b.set(guest, 'vcpus', count(cores)! * count(sockets)!, at((cores ?? sockets)!));
  const memory = get('memory');
  const mib = memory ? propertyString(memory.value, 'current').get('current') : undefined;
  if (memory && mib && /^\d+$/.test(mib))
    b.set(guest, 'memoryGiB', Math.round((Number(mib) / 1024) * 100) / 100, at(memory));
  const ostype = get('ostype');
  if (ostype) b.set(guest, 'guestOs', /^(w|win)/.test(ostype.value) ? 'windows' : OSTYPE[ostype.value], at(ostype));

  const emulator = b.component(`emulator:${name}`, 'device-emulator', `${name} QEMU`, first);
  // qemu-server starts one QEMU process per VM.
  b.set(emulator, 'location', 'per-vm-process', first);
  b.connect('runs-on', emulator.key, HYPERVISOR_KEY, first);
  b.connect('device-assignment', emulator.key, guest.key, first, { mode: 'emulated' });

  const bios = get('bios');
  if (bios?.value === 'ovmf') b.observe(guest, 'boots UEFI firmware (OVMF)', at(bios));
  const efidisk = get('efidisk0');
  if (efidisk && propertyString(efidisk.value, 'file').get('pre-enrolled-keys') === '1')
    b.observe(guest, 'UEFI secure boot keys are enrolled (secure boot on)', at(efidisk, 'pre-enrolled-keys'));
  const tpm = get('tpmstate0');
  if (tpm)
    b.observe(
      guest,
      `virtual TPM ${propertyString(tpm.value, 'file').get('version') ?? ''} (swtpm emulator)`.replace('  ', ' '),
      at(tpm),
    );
  const args = get('args');
  if (args) b.observe(guest, `extra QEMU arguments: ${args.value.slice(0, 120)}`, at(args));

  for (let i = 0; i < 32; i++) {
    const net = get(`net${i}`);
    if (!net) continue;
    const spec = propertyString(net.value, 'model');
    const model = spec.get('model') ?? [...spec.keys()].find((k) => NIC_MODELS.has(k));
    const nic = b.component(
      `nic:${name}:${i + 1}`,
      'virtual-nic',
      `${name} net${i}${model ? ` (${model})` : ''}`,
      at(net),
    );
    const mode = model === 'virtio' ? 'paravirtual' : model && NIC_MODELS.has(model) ? 'emulated' : undefined;
    b.set(nic, 'model', mode, at(net, 'model'));
    b.connect(
      'device-assignment',
      nic.key,
      guest.key,
      at(net),
      mode ? { mode: mode === 'paravirtual' ? 'para-virtual' : 'emulated' } : {},
    );
    if (mode === 'emulated') b.observe(guest, `emulated ${model} NIC`, at(net, 'model'));
    if (spec.get('firewall') === '1') b.observe(nic, 'Proxmox firewall filters this NIC', at(net, 'firewall'));
    if (mode === 'paravirtual') {
      const backend = b.component(`pv-net:${name}`, 'paravirtual-backend', `${name} virtio-net back end`, at(net));
      b.connect('device-assignment', backend.key, guest.key, at(net, 'model'), { mode: 'para-virtual' });
    }
    const bridge = spec.get('bridge');
    if (bridge) {
      const sw = b.component(switchKey(bridge), 'virtual-switch', bridge, at(net, 'bridge'));
      if (spec.has('tag') || spec.has('trunks')) b.set(sw, 'vlans', true, at(net, spec.has('tag') ? 'tag' : 'trunks'));
      b.connect('network-link', nic.key, sw.key, at(net, 'bridge'));
    }
  }
  for (let i = 0; i < 16; i++) {
    const pci = get(`hostpci${i}`);
    if (!pci) continue;
    const spec = propertyString(pci.value, 'host');
    const id = spec.get('host') ?? spec.get('mapping') ?? String(i);
    const pt = b.component(`hostdev:${name}:${i + 1}`, 'passthrough-device', `${name} PCI ${id}`, at(pci));
    b.set(pt, 'dmaCapable', true, at(pci));
    // x-vga=1 makes the device the guest's primary display: a GPU.
    if (spec.get('x-vga') === '1') b.set(pt, 'deviceClass', 'gpu', at(pci, 'x-vga'));
    b.connect('device-assignment', pt.key, guest.key, at(pci), { mode: 'passthrough' });
  }
  for (let i = 0; i < 14; i++) {
    const usb = get(`usb${i}`);
    if (!usb) continue;
    const host = propertyString(usb.value, 'host').get('host');
    if (host === 'spice' || host === undefined) {
      b.observe(guest, `emulated USB ${host === 'spice' ? 'SPICE redirection' : 'device'}`, at(usb));
      continue;
    }
    const pt = b.component(`usb:${name}:${i + 1}`, 'passthrough-device', `${name} USB ${host}`, at(usb));
    b.set(pt, 'deviceClass', 'other', at(usb, 'host'));
    b.connect('device-assignment', pt.key, guest.key, at(usb), { mode: 'passthrough' });
  }
  const scsihw = get('scsihw');
  for (const [key, s] of kv) {
    const m = /^(virtio|scsi|ide|sata)(\d+)$/.exec(key);
    if (!m) continue;
    if (m[1] === 'virtio' || (m[1] === 'scsi' && scsihw?.value.startsWith('virtio-scsi'))) {
      const kind = m[1] === 'virtio' ? 'blk' : 'scsi';
      const backend = b.component(
        `pv-${kind}:${name}`,
        'paravirtual-backend',
        `${name} virtio-${kind} back end`,
        at(s),
      );
      b.connect('device-assignment', backend.key, guest.key, at(s), { mode: 'para-virtual' });
    } else if (m[1] === 'ide' || m[1] === 'sata') {
      b.observe(
        guest,
        `emulated ${m[1].toUpperCase()} ${propertyString(s.value, 'file').get('media') === 'cdrom' ? 'CD-ROM' : 'disk'}`,
        at(s),
      );
    }
  }
  return b.result();
}
