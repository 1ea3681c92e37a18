/**
 * libvirt domain XML (`virsh dumpxml`, libvirt.org/formatdomain.html) mapped onto the palette.
 * Only what the XML states is set; everything else stays unknown.
 */
import { attr, child, children, parseXml, text, type XmlElement } from './safeXml';
import { guestKey, HOST_KEY, HYPERVISOR_KEY, ImportBuilder, switchKey } from './builder';
import { ConfigImportError, type ImportResult } from './types';

/** libvirt domain types -> the palette's hypervisor products (formatdomain "Element and attribute overview"). */
const PRODUCT: Record<string, string> = {
  kvm: 'kvm',
  xen: 'xen',
  hyperv: 'hyperv',
  vmware: 'esxi',
  qemu: 'other',
  lxc: 'other',
  bhyve: 'other',
  vz: 'other',
};
/** NIC models QEMU emulates as real hardware, versus virtio's para-virtual device. */
const EMULATED_NIC = new Set([
  'e1000',
  'e1000e',
  'rtl8139',
  'ne2k_pci',
  'pcnet',
  'i82551',
  'i82557b',
  'i82559er',
  'vmxnet3',
]);
const UNIT_TO_GIB: Record<string, number> = {
  b: 1 / 1024 ** 3,
  bytes: 1 / 1024 ** 3,
  kib: 1 / 1024 ** 2,
  k: 1 / 1024 ** 2,
  kb: 1e3 / 1024 ** 3,
  mib: 1 / 1024,
  m: 1 / 1024,
  mb: 1e6 / 1024 ** 3,
  gib: 1,
  g: 1,
  gb: 1e9 / 1024 ** 3,
  tib: 1024,
  t: 1024,
};

function gib(value: string | undefined, unit: string | undefined): number | undefined {
  if (value === undefined || !/^\d+$/.test(value)) return undefined;
  const factor = UNIT_TO_GIB[(unit ?? 'KiB').toLowerCase()];
  if (factor === undefined) return undefined;
  return Math.round(Number(value) * factor * 100) / 100;
}

/** Path of the n-th (0-based) `name` child under `parent`, XPath style with 1-based index. */
const nth = (parent: string, name: string, i: number) => `${parent}/${name}[${i + 1}]`;

export function parseLibvirtDomain(xml: string, file: string): ImportResult {
  const root = parseXml(xml, file);
  const domain = child(root, 'domain');
  if (!domain)
    throw new ConfigImportError('unsupported', file, 1, 'not a libvirt domain: the root element is not <domain>');
  const b = new ImportBuilder(file);
  const name = text(child(domain, 'name'));
  if (!name) throw new ConfigImportError('invalid', file, 1, 'the <domain> has no <name>');

  const host = b.component(HOST_KEY, 'physical-host', 'Host', '/domain');
  const hv = b.component(HYPERVISOR_KEY, 'hypervisor-kernel', 'Hypervisor', '/domain/@type');
  const domainType = attr(domain, 'type');
  if (domainType !== undefined) b.set(hv, 'product', PRODUCT[domainType] ?? 'other', '/domain/@type');
  b.connect('runs-on', hv.key, host.key, '/domain/@type');

  const guest = b.component(guestKey(name), 'guest-vm', name, '/domain/name');
  b.connect('runs-on', guest.key, hv.key, '/domain/@type');
  const vcpu = text(child(domain, 'vcpu'));
  if (vcpu && /^\d+$/.test(vcpu)) b.set(guest, 'vcpus', Number(vcpu), '/domain/vcpu');
  const memory = child(domain, 'memory');
  b.set(guest, 'memoryGiB', gib(text(memory), attr(memory, 'unit')), '/domain/memory');

  mapFirmware(domain, b, guest);
  const devices = child(domain, 'devices');
  mapEmulator(domain, devices, b, name);
  mapInterfaces(devices, b, name);
  mapDisks(devices, b, name);
  mapHostdevs(devices, b, name);
  mapEmulatedControllers(devices, b, name);
  mapConsoles(devices, b, guest);
  mapTpm(devices, b, guest);
  return b.result();
}

function mapFirmware(domain: XmlElement, b: ImportBuilder, guest: ReturnType<ImportBuilder['component']>) {
  const os = child(domain, 'os');
  const loader = child(os, 'loader');
  if (attr(os, 'firmware') === 'efi' || attr(loader, 'type') === 'pflash')
    b.observe(guest, 'boots UEFI firmware', attr(os, 'firmware') ? '/domain/os/@firmware' : '/domain/os/loader/@type');
  if (attr(loader, 'secure') === 'yes') b.observe(guest, 'UEFI secure boot is on', '/domain/os/loader/@secure');
  for (const [i, feature] of children(child(os, 'firmware'), 'feature').entries()) {
    if (attr(feature, 'name') === 'secure-boot' && attr(feature, 'enabled') === 'yes')
      b.observe(guest, 'UEFI secure boot is on', `${nth('/domain/os/firmware', 'feature', i)}/@enabled`);
  }
  const launch = child(domain, 'launchSecurity');
  const kind = attr(launch, 'type');
  if (kind)
    b.observe(guest, `confidential guest: launch security ${kind.toUpperCase()}`, '/domain/launchSecurity/@type');
}

function mapEmulator(domain: XmlElement, devices: XmlElement | undefined, b: ImportBuilder, guestName: string) {
  const emulator = text(child(devices, 'emulator'));
  if (!emulator) return;
  const base = emulator.split('/').pop() ?? emulator;
  const c = b.component(`emulator:${guestName}`, 'device-emulator', `${guestName} ${base}`, '/domain/devices/emulator');
  // libvirt starts one emulator process per domain.
  b.set(c, 'location', 'per-vm-process', '/domain/devices/emulator');
  b.connect('runs-on', c.key, HYPERVISOR_KEY, '/domain/devices/emulator');
  b.connect('device-assignment', c.key, guestKey(guestName), '/domain/devices/emulator', { mode: 'emulated' });
  const labels = children(domain, 'seclabel');
  const types = labels.map((l) => attr(l, 'type'));
  const none = types.indexOf('none');
  const confined = types.findIndex((t) => t === 'dynamic' || t === 'static');
  if (none >= 0 && confined < 0) b.set(c, 'confined', false, `${nth('/domain', 'seclabel', none)}/@type`);
  else if (confined >= 0) {
    b.set(c, 'confined', true, `${nth('/domain', 'seclabel', confined)}/@type`);
    const model = attr(labels[confined], 'model');
    if (model)
      b.observe(c, `confined by ${model} (${types[confined]} label)`, `${nth('/domain', 'seclabel', confined)}/@model`);
  }
}

function mapInterfaces(devices: XmlElement | undefined, b: ImportBuilder, guestName: string) {
  for (const [i, nic] of children(devices, 'interface').entries()) {
    const path = nth('/domain/devices', 'interface', i);
    const type = attr(nic, 'type');
    const mac = attr(child(nic, 'mac'), 'address');
    if (type === 'hostdev') {
      const vf = b.component(`vf:${guestName}:${i + 1}`, 'sriov-vf', `${guestName} VF ${mac ?? i + 1}`, path);
      b.connect('device-assignment', vf.key, guestKey(guestName), `${path}/@type`, { mode: 'sriov-vf' });
      continue;
    }
    const model = attr(child(nic, 'model'), 'type');
    const vnic = b.component(
      `nic:${guestName}:${i + 1}`,
      'virtual-nic',
      `${guestName} nic${i + 1}${model ? ` (${model})` : ''}`,
      path,
    );
    let mode: string | undefined;
    if (model === 'virtio') mode = 'paravirtual';
    else if (model !== undefined && EMULATED_NIC.has(model)) mode = 'emulated';
    b.set(vnic, 'model', mode, `${path}/model/@type`);
    const filter = attr(child(nic, 'filterref'), 'filter');
    if (filter !== undefined && /clean-traffic|no-mac-spoofing|no-ip-spoofing/.test(filter))
      b.set(vnic, 'spoofGuard', true, `${path}/filterref/@filter`);
    b.connect(
      'device-assignment',
      vnic.key,
      guestKey(guestName),
      `${path}/model/@type`,
      mode ? { mode: mode === 'paravirtual' ? 'para-virtual' : 'emulated' } : {},
    );
    if (mode === 'emulated')
      b.observe(
        b.component(guestKey(guestName), 'guest-vm', guestName, path),
        `emulated ${model} NIC`,
        `${path}/model/@type`,
      );
    const source = child(nic, 'source');
    const sw = type === 'bridge' ? attr(source, 'bridge') : type === 'network' ? attr(source, 'network') : undefined;
    if (sw) {
      const s = b.component(
        switchKey(sw),
        'virtual-switch',
        sw,
        `${path}/source/@${type === 'bridge' ? 'bridge' : 'network'}`,
      );
      if (attr(child(nic, 'virtualport'), 'type') === 'openvswitch')
        b.observe(s, 'Open vSwitch bridge', `${path}/virtualport/@type`);
      b.connect('network-link', vnic.key, s.key, `${path}/source`);
    }
    if (model === 'virtio') {
      const driver = attr(child(nic, 'driver'), 'name');
      const backend = b.component(
        `pv-net:${guestName}`,
        'paravirtual-backend',
        `${guestName} virtio-net back end${driver ? ` (${driver})` : ''}`,
        path,
      );
      // driver name='vhost' puts the back end in the host kernel (vhost-net); 'qemu' keeps it in the QEMU process.
      b.set(
        backend,
        'location',
        driver === 'vhost' ? 'hypervisor-kernel' : driver === 'qemu' ? 'per-vm-process' : undefined,
        `${path}/driver/@name`,
      );
      b.connect('device-assignment', backend.key, guestKey(guestName), `${path}/model/@type`, { mode: 'para-virtual' });
    }
  }
}

function mapDisks(devices: XmlElement | undefined, b: ImportBuilder, guestName: string) {
  for (const [i, disk] of children(devices, 'disk').entries()) {
    const path = nth('/domain/devices', 'disk', i);
    const bus = attr(child(disk, 'target'), 'bus');
    if (bus === 'virtio') {
      const driver = attr(child(disk, 'driver'), 'name');
      const backend = b.component(
        `pv-blk:${guestName}`,
        'paravirtual-backend',
        `${guestName} virtio-blk back end`,
        path,
      );
      // QEMU's block layer serves the disk from the emulator process (driver name='qemu').
      b.set(backend, 'location', driver === 'qemu' ? 'per-vm-process' : undefined, `${path}/driver/@name`);
      b.connect('device-assignment', backend.key, guestKey(guestName), `${path}/target/@bus`, { mode: 'para-virtual' });
    } else if (bus === 'ide' || bus === 'sata' || bus === 'usb' || bus === 'scsi' || bus === 'fdc') {
      const guest = b.component(guestKey(guestName), 'guest-vm', guestName, path);
      b.observe(guest, `emulated ${bus.toUpperCase()} disk`, `${path}/target/@bus`);
    }
  }
}

function mapHostdevs(devices: XmlElement | undefined, b: ImportBuilder, guestName: string) {
  for (const [i, dev] of children(devices, 'hostdev').entries()) {
    const path = nth('/domain/devices', 'hostdev', i);
    const type = attr(dev, 'type');
    if (attr(dev, 'mode') !== 'subsystem' || (type !== 'pci' && type !== 'usb')) continue;
    const address = child(child(dev, 'source'), 'address');
    const where =
      type === 'pci'
        ? [attr(address, 'domain'), attr(address, 'bus'), attr(address, 'slot'), attr(address, 'function')]
            .filter(Boolean)
            .join(':')
        : [attr(address, 'bus'), attr(address, 'device')].filter(Boolean).join(':');
    const pt = b.component(
      `hostdev:${guestName}:${i + 1}`,
      'passthrough-device',
      `${guestName} ${type.toUpperCase()} ${where || i + 1}`,
      path,
    );
    // A PCI function assigned with VFIO can master DMA; a USB device is forwarded by the host's USB stack.
    if (type === 'pci') b.set(pt, 'dmaCapable', true, `${path}/@type`);
    if (type === 'usb') b.set(pt, 'deviceClass', 'other', `${path}/@type`);
    const driver = attr(child(dev, 'driver'), 'name');
    if (driver) b.observe(pt, `assigned with ${driver}`, `${path}/driver/@name`);
    b.connect('device-assignment', pt.key, guestKey(guestName), path, { mode: 'passthrough' });
  }
}

function mapEmulatedControllers(devices: XmlElement | undefined, b: ImportBuilder, guestName: string) {
  const guest = b.component(guestKey(guestName), 'guest-vm', guestName, '/domain');
  for (const [i, ctl] of children(devices, 'controller').entries()) {
    const type = attr(ctl, 'type');
    const model = attr(ctl, 'model');
    if (type === 'usb' && model !== 'none')
      b.observe(
        guest,
        `emulated USB controller${model ? ` ${model}` : ''}`,
        `${nth('/domain/devices', 'controller', i)}/@model`,
      );
    if (type === 'ide') b.observe(guest, 'emulated IDE controller', `${nth('/domain/devices', 'controller', i)}/@type`);
  }
  for (const [i, input] of children(devices, 'input').entries()) {
    if (attr(input, 'bus') === 'usb')
      b.observe(guest, `emulated USB ${attr(input, 'type') ?? 'input'}`, `${nth('/domain/devices', 'input', i)}/@bus`);
  }
}

/** How far a console's listen address reaches, worst first (formatdomain "Graphical framebuffers"). */
const LISTEN_REACH = ['all-addresses', 'specific-address', 'loopback', 'unix-socket'] as const;
type ListenReach = (typeof LISTEN_REACH)[number];

function listenReach(type: string | undefined, address: string | undefined): ListenReach | undefined {
  if (type === 'socket' || type === 'none') return 'unix-socket';
  if (address === undefined) return undefined;
  if (address === '0.0.0.0' || address === '::' || address === '[::]') return 'all-addresses';
  if (/^(127\.|::1$|\[::1\]$|localhost$)/.test(address)) return 'loopback';
  return 'specific-address';
}

function mapConsoles(devices: XmlElement | undefined, b: ImportBuilder, guest: ReturnType<ImportBuilder['component']>) {
  let worst: { reach: ListenReach; at: string } | undefined;
  for (const [i, g] of children(devices, 'graphics').entries()) {
    const path = nth('/domain/devices', 'graphics', i);
    const kind = (attr(g, 'type') ?? 'graphics').toUpperCase();
    const listens = children(g, 'listen');
    const listenEl = listens.findIndex(
      (l) => attr(l, 'address') !== undefined || attr(l, 'type') === 'socket' || attr(l, 'type') === 'none',
    );
    const el = listenEl >= 0 ? listens[listenEl] : undefined;
    const listen = attr(g, 'listen') ?? attr(el, 'address');
    const at =
      attr(g, 'listen') !== undefined
        ? `${path}/@listen`
        : el && attr(el, 'address') !== undefined
          ? `${nth(path, 'listen', listenEl)}/@address`
          : `${nth(path, 'listen', listenEl)}/@type`;
    const reach = listenReach(attr(g, 'listen') !== undefined ? 'address' : attr(el, 'type'), listen);
    if (reach === undefined) continue;
    if (!worst || LISTEN_REACH.indexOf(reach) < LISTEN_REACH.indexOf(worst.reach)) worst = { reach, at };
    if (listen === undefined) continue;
    const exposed = reach === 'all-addresses';
    b.observe(
      guest,
      `${kind} console listens on ${listen}${exposed ? ' (every host address)' : ''}${attr(g, 'passwd') === undefined ? ', no password' : ''}`,
      at,
    );
  }
  // The most exposed console decides: one VNC on 0.0.0.0 exposes the guest whatever the others do.
  if (worst) b.set(guest, 'consoleListen', worst.reach, worst.at);
}

function mapTpm(devices: XmlElement | undefined, b: ImportBuilder, guest: ReturnType<ImportBuilder['component']>) {
  for (const [i, tpm] of children(devices, 'tpm').entries()) {
    const path = nth('/domain/devices', 'tpm', i);
    const backend = child(tpm, 'backend');
    const type = attr(backend, 'type');
    if (type === 'passthrough') {
      // The host's own TPM handed to the guest.
      const t = b.component('tpm', 'tpm', 'Host TPM', path);
      b.set(t, 'extendToGuests', true, `${path}/backend/@type`);
    } else if (type === 'emulator') {
      b.observe(
        guest,
        `virtual TPM ${attr(backend, 'version') ?? ''} (swtpm emulator, ${attr(tpm, 'model') ?? 'default model'})`.replace(
          '  ',
          ' ',
        ),
        `${path}/backend/@type`,
      );
    }
  }
}
