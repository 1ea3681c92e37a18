import { describe, expect, it } from 'vitest';
import { loadBundledCatalog } from '../catalog/catalogSource';
import { importConfigFiles } from './detectFormat';
import { computeDrift, describeDrift } from './drift';
import { fixture } from './testFiles';
import { importToDocument } from './toDocument';

const catalog = loadBundledCatalog();
const configured = (() => {
  const r = importConfigFiles([fixture('web-01.xml'), fixture('gpu-01.xml')]);
  if (!r.ok) throw r.error;
  return r.value;
})();
const model = () => importToDocument(configured, catalog, { id: 'm', now: '2026-12-03T06:00:00Z', name: 'M' });

describe('drift', () => {
  it('finds none between a configuration and the model imported from it', () => {
    expect(computeDrift(model(), configured)).toEqual([]);
  });

  it('reports a drawn para-virtual NIC configured as e1000, and a drawn confined emulator with seclabel none', () => {
    const doc = model();
    const nic = Object.values(doc.components).find((c) => c.name === 'gpu-01 nic1 (e1000)')!;
    nic.attributes.model = 'paravirtual';
    const emu = Object.values(doc.components).find((c) => c.name === 'gpu-01 qemu-system-x86_64')!;
    emu.attributes.confined = true;
    const drift = computeDrift(doc, configured);
    expect(drift.map(describeDrift)).toEqual([
      'gpu-01 qemu-system-x86_64: confined is true in the model but false in the configuration (from gpu-01.xml, /domain/seclabel[1]/@type)',
      'gpu-01 nic1 (e1000): model is "paravirtual" in the model but "emulated" in the configuration (from gpu-01.xml, /domain/devices/interface[1]/model/@type)',
    ]);
  });

  it('reports components missing on either side, matched by name; the host and hypervisor by type', () => {
    const doc = model();
    const host = Object.values(doc.components).find((c) => c.type === 'physical-host')!;
    host.name = 'kvm-node-01';
    const web = Object.values(doc.components).find((c) => c.name === 'web-01')!;
    web.name = 'web-02';
    const drift = computeDrift(doc, configured);
    expect(drift.map((d) => [d.kind, d.component])).toEqual([
      ['missing-in-model', 'web-01'],
      ['missing-in-configuration', 'web-02'],
    ]);
  });
});
