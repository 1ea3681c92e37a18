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
};

export function fixture(name: string): ConfigFile {
  const text = FIXTURE_TEXT[name];
  if (text === undefined) throw new Error(`no fixture ${name}`);
  return { name, text };
}
