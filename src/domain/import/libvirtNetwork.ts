/**
 * libvirt virtual networks (`virsh net-dumpxml <net>`, libvirt.org/formatnetwork.html) as
 * virtual switches. The switch is keyed by the network's name, which is what a domain's
 * `<interface type='network'><source network='…'/>` refers to, so both files meet on one switch.
 */
import { attr, child, children, parseXml, text } from './safeXml';
import { HOST_KEY, HYPERVISOR_KEY, ImportBuilder, switchKey } from './builder';
import { ConfigImportError, type ImportResult } from './types';

/** Forward modes where libvirt creates and owns a Linux bridge on this host. */
const OWN_BRIDGE = new Set(['nat', 'route', 'open', 'isolated']);

export function parseLibvirtNetwork(xml: string, file: string): ImportResult {
  const net = child(parseXml(xml, file), 'network');
  if (!net)
    throw new ConfigImportError('unsupported', file, 1, 'not a libvirt network: the root element is not <network>');
  const name = text(child(net, 'name'));
  if (!name) throw new ConfigImportError('invalid', file, 1, 'the <network> has no <name>');
  const b = new ImportBuilder(file);
  const host = b.component(HOST_KEY, 'physical-host', 'Host', '/network');
  const hv = b.component(HYPERVISOR_KEY, 'hypervisor-kernel', 'Hypervisor', '/network');
  b.connect('runs-on', hv.key, host.key, '/network');
  const sw = b.component(switchKey(name), 'virtual-switch', name, '/network/name');
  const forward = child(net, 'forward');
  // No <forward> is an isolated network (formatnetwork "Connectivity").
  const mode = forward ? (attr(forward, 'mode') ?? 'nat') : 'isolated';
  const modeAt = forward ? '/network/forward/@mode' : '/network';
  if (OWN_BRIDGE.has(mode)) b.set(sw, 'switchKind', 'standalone', modeAt);
  const bridge = attr(child(net, 'bridge'), 'name');
  const describe: Record<string, string> = {
    nat: 'NAT to the host uplinks',
    route: 'routed to the host uplinks',
    open: 'routed with no firewall rules added by libvirt',
    isolated: 'isolated: no traffic leaves the host',
    bridge: `uses the existing host bridge${bridge ? ` ${bridge}` : ''}`,
    passthrough: 'macvtap passthrough of a host NIC',
    private: 'macvtap private mode',
    vepa: 'macvtap VEPA mode (the physical switch forwards guest-to-guest traffic)',
    hostdev: 'a pool of SR-IOV virtual functions assigned to guests',
  };
  b.observe(sw, `libvirt network, forward mode ${mode}${describe[mode] ? `: ${describe[mode]}` : ''}`, modeAt);
  if (bridge && mode !== 'bridge') b.observe(sw, `Linux bridge ${bridge}`, '/network/bridge/@name');
  const pf = attr(child(forward, 'pf'), 'dev');
  if (mode === 'hostdev' && pf) b.observe(sw, `virtual functions of ${pf}`, '/network/forward/pf/@dev');
  if (attr(child(net, 'virtualport'), 'type') === 'openvswitch')
    b.observe(sw, 'Open vSwitch bridge', '/network/virtualport/@type');
  const vlanAt = child(net, 'vlan')
    ? '/network/vlan'
    : (() => {
        const i = children(net, 'portgroup').findIndex((p) => child(p, 'vlan'));
        return i >= 0 ? `/network/portgroup[${i + 1}]/vlan` : undefined;
      })();
  if (vlanAt) b.set(sw, 'vlans', true, vlanAt);
  for (const [i, ip] of children(net, 'ip').entries()) {
    const address = attr(ip, 'address');
    if (!address) continue;
    const prefix = attr(ip, 'prefix') ?? attr(ip, 'netmask');
    b.observe(
      sw,
      `host address ${address}${prefix ? `/${prefix}` : ''}${child(ip, 'dhcp') ? ' with DHCP' : ''}`,
      `/network/ip[${i + 1}]/@address`,
    );
  }
  return b.result();
}
