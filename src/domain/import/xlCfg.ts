/** Xen xl.cfg(5) guest configuration mapped onto the palette. */
import { guestKey, HOST_KEY, HYPERVISOR_KEY, ImportBuilder, switchKey } from './builder';
import { ConfigImportError, type ImportResult } from './types';
import { parseSpec, tokenizeXlCfg, type XlSetting } from './xlCfgTokenizer';

const truthy = (v: unknown) => v === 1 || v === '1' || v === 'true' || v === 'yes';
const falsy = (v: unknown) => v === 0 || v === '0' || v === 'false' || v === 'no';

export function parseXlCfg(input: string, file: string): ImportResult {
  const settings = tokenizeXlCfg(input, file);
  const get = (key: string): XlSetting | undefined => settings.filter((s) => s.key === key).pop();
  const at = (s: XlSetting, item?: number) => `line ${s.line}${item === undefined ? '' : `, ${s.key}[${item}]`}`;
  const nameSetting = get('name');
  if (!nameSetting || typeof nameSetting.value !== 'string' || nameSetting.value === '') {
    throw new ConfigImportError('invalid', file, nameSetting?.line ?? 1, 'xl.cfg needs name = "…"');
  }
  const name = nameSetting.value;
  const b = new ImportBuilder(file);
  const host = b.component(HOST_KEY, 'physical-host', 'Host', at(nameSetting));
  const hv = b.component(HYPERVISOR_KEY, 'hypervisor-kernel', 'Hypervisor', at(nameSetting));
  // An xl.cfg file is read by Xen's xl toolstack only.
  b.set(hv, 'product', 'xen', at(nameSetting));
  b.connect('runs-on', hv.key, host.key, at(nameSetting));

  const driverDomain = get('driver_domain');
  const isDriverDomain = driverDomain !== undefined && truthy(driverDomain.value);
  const guest = isDriverDomain
    ? b.component(guestKey(name), 'device-driver-vm', name, at(nameSetting))
    : b.component(guestKey(name), 'guest-vm', name, at(nameSetting));
  b.connect('runs-on', guest.key, hv.key, at(nameSetting));
  const vcpus = get('vcpus');
  if (!isDriverDomain && vcpus && typeof vcpus.value === 'number') b.set(guest, 'vcpus', vcpus.value, at(vcpus));
  const memory = get('memory');
  // xl.cfg memory is in MiB.
  if (!isDriverDomain && memory && typeof memory.value === 'number')
    b.set(guest, 'memoryGiB', Math.round((memory.value / 1024) * 100) / 100, at(memory));

  const type = get('type') ?? get('builder');
  const kind = type && typeof type.value === 'string' ? type.value : undefined;
  if (kind === 'pv' || kind === 'pvh') b.set(hv, 'paravirtualization', true, at(type!));
  if (kind === 'hvm' || kind === 'generic') {
    const dm = b.component(`emulator:${name}`, 'device-emulator', `${name} device model`, at(type!));
    const stub = get('device_model_stubdomain_override');
    if (stub && truthy(stub.value)) {
      b.set(dm, 'location', 'stub-domain', at(stub));
      // A stub domain is a separate, de-privileged Xen domain: the emulator is confined by Xen.
      b.set(dm, 'confined', true, at(stub));
    } else if (stub && falsy(stub.value)) b.set(dm, 'location', 'management-vm', at(stub));
    b.connect('device-assignment', dm.key, guest.key, at(type!), { mode: 'emulated' });
  }
  const seclabel = get('seclabel');
  if (seclabel && typeof seclabel.value === 'string')
    b.observe(guest, `XSM/FLASK label ${seclabel.value}`, at(seclabel));

  const vif = get('vif');
  if (vif && Array.isArray(vif.value)) {
    for (const [i, spec] of vif.value.entries()) {
      const f = parseSpec(spec);
      const model = f.get('model');
      const vifType = f.get('type');
      const nic = b.component(
        `nic:${name}:${i + 1}`,
        'virtual-nic',
        `${name} vif${i}${model ? ` (${model})` : ''}`,
        at(vif, i),
      );
      // type=vif is the netfront/netback PV device; type=ioemu with a model is an emulated card.
      const mode =
        vifType === 'vif'
          ? 'paravirtual'
          : model && model !== 'virtio-net'
            ? vifType === 'ioemu'
              ? 'emulated'
              : undefined
            : undefined;
      b.set(nic, 'model', mode, at(vif, i));
      b.connect(
        'device-assignment',
        nic.key,
        guest.key,
        at(vif, i),
        mode ? { mode: mode === 'paravirtual' ? 'para-virtual' : 'emulated' } : {},
      );
      const bridge = f.get('bridge');
      if (bridge) {
        const sw = b.component(switchKey(bridge), 'virtual-switch', bridge, at(vif, i));
        b.connect('network-link', nic.key, sw.key, at(vif, i));
      }
      const backend = f.get('backend');
      if (backend) {
        const pv = b.component(`pv-net:${name}:${backend}`, 'paravirtual-backend', `netback in ${backend}`, at(vif, i));
        b.set(pv, 'location', 'device-driver-vm', at(vif, i));
        b.connect('device-assignment', pv.key, guest.key, at(vif, i), { mode: 'para-virtual' });
      }
    }
  }
  const pci = get('pci');
  if (pci && Array.isArray(pci.value)) {
    for (const [i, spec] of pci.value.entries()) {
      const bdf = spec.split(',')[0]!.trim();
      const pt = b.component(`hostdev:${name}:${i + 1}`, 'passthrough-device', `${name} PCI ${bdf}`, at(pci, i));
      b.set(pt, 'dmaCapable', true, at(pci, i));
      b.connect('device-assignment', pt.key, guest.key, at(pci, i), { mode: 'passthrough' });
    }
  }
  const vnc = get('vnc');
  const vnclisten = get('vnclisten');
  if (vnc && truthy(vnc.value)) {
    const listen = vnclisten && typeof vnclisten.value === 'string' ? vnclisten.value : undefined;
    b.observe(
      guest,
      `VNC console enabled${listen ? ` listening on ${listen}${listen.startsWith('0.0.0.0') ? ' (every host address)' : ''}` : ''}`,
      at(vnclisten ?? vnc),
    );
  }
  const usb = get('usbdevice');
  if (usb)
    b.observe(
      guest,
      `emulated USB device ${Array.isArray(usb.value) ? usb.value.join(', ') : String(usb.value)}`,
      at(usb),
    );
  return b.result();
}
