/** The fixture files as `ConfigFile`s, bundled as text (tests, benchmark, e2e use the same files). */
import webXml from './fixtures/web-01.xml?raw';
import gpuXml from './fixtures/gpu-01.xml?raw';
import stubCfg from './fixtures/hvm-stub.cfg?raw';
import netddCfg from './fixtures/netdd.cfg?raw';
import dbVmx from './fixtures/db-01.vmx?raw';
import hostCapsXml from './fixtures/host-caps.xml?raw';
import hostDomcapsXml from './fixtures/host-domcaps.xml?raw';
import netDefaultXml from './fixtures/net-default.xml?raw';
import netOvsXml from './fixtures/net-ovs-vlans.xml?raw';
import netSriovXml from './fixtures/net-sriov-pool.xml?raw';
import hostValidateTxt from './fixtures/virt-host-validate.txt?raw';
import f0 from './fixtures/101.conf?raw';
import f1 from './fixtures/102.conf?raw';
import f2 from './fixtures/hv-get-vm.json?raw';
import f3 from './fixtures/hv-get-vmsecurity.json?raw';
import f4 from './fixtures/hv-get-vmfirmware.json?raw';
import f5 from './fixtures/hv-get-vmnetworkadapter.json?raw';
import f6 from './fixtures/esxi-advanced.json?raw';
import f7 from './fixtures/esxi-advanced.csv?raw';
import type { ConfigFile } from './types';

const FIXTURE_TEXT: Record<string, string> = {
  'web-01.xml': webXml,
  'gpu-01.xml': gpuXml,
  'hvm-stub.cfg': stubCfg,
  'netdd.cfg': netddCfg,
  'db-01.vmx': dbVmx,
  'host-caps.xml': hostCapsXml,
  'host-domcaps.xml': hostDomcapsXml,
  'net-default.xml': netDefaultXml,
  'net-ovs-vlans.xml': netOvsXml,
  'net-sriov-pool.xml': netSriovXml,
  'virt-host-validate.txt': hostValidateTxt,
  '101.conf': f0,
  '102.conf': f1,
  'hv-get-vm.json': f2,
  'hv-get-vmsecurity.json': f3,
  'hv-get-vmfirmware.json': f4,
  'hv-get-vmnetworkadapter.json': f5,
  'esxi-advanced.json': f6,
  'esxi-advanced.csv': f7,
};

export function fixture(name: string): ConfigFile {
  const text = FIXTURE_TEXT[name];
  if (text === undefined) throw new Error(`no fixture ${name}`);
  return { name, text };
}
