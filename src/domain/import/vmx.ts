/**
 * VMware .vmx files: one `key = "value"` per line, `#` comments. Mapped onto the palette for
 * ethernetN (NIC model, port group), pciPassthruN (DirectPath I/O), CPU and memory.
 */
import { guestKey, HOST_KEY, HYPERVISOR_KEY, ImportBuilder, switchKey } from './builder';
import { ConfigImportError, MAX_CONFIG_BYTES, type ImportResult } from './types';

const LINE = /^\s*([A-Za-z0-9_.:-]+)\s*=\s*"([^"]*)"\s*$/;
const BARE = /^\s*([A-Za-z0-9_.:-]+)\s*=\s*([^\s"#]*)\s*$/;
/** vmxnet/vmxnet2/vmxnet3 are VMware's para-virtual NICs; e1000, e1000e and vlance are emulated cards. */
const PARAVIRTUAL = new Set(['vmxnet', 'vmxnet2', 'vmxnet3']);
const EMULATED = new Set(['e1000', 'e1000e', 'vlance']);

export function tokenizeVmx(input: string, file: string): Map<string, { value: string; line: number }> {
  if (input.length > MAX_CONFIG_BYTES)
    throw new ConfigImportError('too-large', file, 1, `larger than ${MAX_CONFIG_BYTES / 1024 / 1024} MB`);
  const out = new Map<string, { value: string; line: number }>();
  for (const [n, raw] of input.split('\n').entries()) {
    const line = raw.replace(/\r$/, '');
    if (/^\s*(#.*)?$/.test(line)) continue;
    const m = LINE.exec(line) ?? BARE.exec(line);
    if (!m)
      throw new ConfigImportError(
        'syntax',
        file,
        n + 1,
        `expected key = "value" but found ${JSON.stringify(line.slice(0, 40))}`,
      );
    const key = m[1]!.toLowerCase();
    if (key === '__proto__' || key === 'constructor' || key === 'prototype')
      throw new ConfigImportError('syntax', file, n + 1, `key "${m[1]}" is not accepted`);
    out.set(key, { value: m[2]!, line: n + 1 });
  }
  return out;
}

export function parseVmx(input: string, file: string): ImportResult {
  const kv = tokenizeVmx(input, file);
  const at = (key: string) => `line ${kv.get(key)?.line ?? 1}`;
  const val = (key: string) => kv.get(key)?.value;
  const isTrue = (key: string) => /^(true|1|yes)$/i.test(val(key) ?? '');
  const name = val('displayname');
  if (!name) throw new ConfigImportError('invalid', file, 1, 'the .vmx has no displayName');
  const b = new ImportBuilder(file);
  const host = b.component(HOST_KEY, 'physical-host', 'Host', at('displayname'));
  const hv = b.component(HYPERVISOR_KEY, 'hypervisor-kernel', 'Hypervisor', at('displayname'));
  b.connect('runs-on', hv.key, host.key, at('displayname'));
  const guest = b.component(guestKey(name), 'guest-vm', name, at('displayname'));
  b.connect('runs-on', guest.key, hv.key, at('displayname'));
  const cpus = val('numvcpus');
  if (cpus && /^\d+$/.test(cpus)) b.set(guest, 'vcpus', Number(cpus), at('numvcpus'));
  const mem = val('memsize');
  if (mem && /^\d+$/.test(mem)) b.set(guest, 'memoryGiB', Math.round((Number(mem) / 1024) * 100) / 100, at('memsize'));
  const os = val('guestos');
  if (os)
    b.set(
      guest,
      'guestOs',
      /^win/i.test(os)
        ? 'windows'
        : /linux|rhel|ubuntu|debian|centos|sles|other.*linux/i.test(os)
          ? 'linux'
          : /bsd/i.test(os)
            ? 'bsd'
            : undefined,
      at('guestos'),
    );
  if (isTrue('uefi.secureboot.enabled')) b.observe(guest, 'UEFI secure boot is on', at('uefi.secureboot.enabled'));
  if (isTrue('vtpm.present')) b.observe(guest, 'virtual TPM present', at('vtpm.present'));
  if (isTrue('remotedisplay.vnc.enabled'))
    b.observe(
      guest,
      `VNC console enabled${val('remotedisplay.vnc.port') ? ` on port ${val('remotedisplay.vnc.port')}` : ''}`,
      at('remotedisplay.vnc.enabled'),
    );
  for (let i = 0; i < 10; i++) {
    const p = `ethernet${i}`;
    if (!isTrue(`${p}.present`)) continue;
    const dev = val(`${p}.virtualdev`)?.toLowerCase();
    const nic = b.component(
      `nic:${name}:${i + 1}`,
      'virtual-nic',
      `${name} ${p}${dev ? ` (${dev})` : ''}`,
      at(`${p}.present`),
    );
    const mode = dev && PARAVIRTUAL.has(dev) ? 'paravirtual' : dev && EMULATED.has(dev) ? 'emulated' : undefined;
    b.set(nic, 'model', mode, at(`${p}.virtualdev`));
    b.connect(
      'device-assignment',
      nic.key,
      guest.key,
      at(`${p}.present`),
      mode ? { mode: mode === 'paravirtual' ? 'para-virtual' : 'emulated' } : {},
    );
    const net = val(`${p}.networkname`);
    if (net) {
      const sw = b.component(switchKey(net), 'virtual-switch', net, at(`${p}.networkname`));
      b.connect('network-link', nic.key, sw.key, at(`${p}.networkname`));
    }
  }
  for (let i = 0; i < 16; i++) {
    const p = `pcipassthru${i}`;
    if (!isTrue(`${p}.present`)) continue;
    const id = val(`${p}.id`) ?? String(i);
    const pt = b.component(`hostdev:${name}:${i + 1}`, 'passthrough-device', `${name} PCI ${id}`, at(`${p}.present`));
    b.set(pt, 'dmaCapable', true, at(`${p}.present`));
    b.connect('device-assignment', pt.key, guest.key, at(`${p}.present`), { mode: 'passthrough' });
  }
  return b.result();
}
