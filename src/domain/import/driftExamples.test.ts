/**
 * Issue 18's three drift examples, each against the hand-drawn model in
 * fixtures/drift-drawn-model.json (web-01 and gpu-01 as drawn: gpu-01's NIC para-virtual, its
 * emulator confined, web-01's console on loopback) and the libvirt files that contradict it.
 */
import { describe, expect, it } from 'vitest';
import { importConfigFiles } from './detectFormat';
import { computeDrift, type DriftItem } from './drift';
import drawnJson from './fixtures/drift-drawn-model.json?raw';
import { fixture } from './testFiles';
import { DocumentSchema } from '../model/schema';
import { loadBundledCatalog } from '../catalog/catalogSource';
import { evaluateVerdicts } from '../rules/evaluate';
import { importToDocument } from './toDocument';

const drawn = () => DocumentSchema.parse(JSON.parse(drawnJson));
const configured = (() => {
  const r = importConfigFiles([fixture('web-01.xml'), fixture('gpu-01.xml')]);
  if (!r.ok) throw r.error;
  return r.value;
})();
const attributeDrift = (component: string, attribute: string) =>
  computeDrift(drawn(), configured).filter(
    (d): d is Extract<DriftItem, { kind: 'attribute' }> =>
      d.kind === 'attribute' && d.component === component && d.attribute === attribute,
  );

describe('drift: the three examples of issue 18', () => {
  it('drawn para-virtual, configured e1000', () => {
    expect(attributeDrift('gpu-01 nic1 (e1000)', 'model')).toEqual([
      expect.objectContaining({
        drawn: 'paravirtual',
        configured: 'emulated',
        source: { file: 'gpu-01.xml', at: '/domain/devices/interface[1]/model/@type' },
      }),
    ]);
  });

  it('drawn confined, seclabel none', () => {
    expect(attributeDrift('gpu-01 qemu-system-x86_64', 'confined')).toEqual([
      expect.objectContaining({
        drawn: true,
        configured: false,
        source: { file: 'gpu-01.xml', at: '/domain/seclabel[1]/@type' },
      }),
    ]);
  });

  it('a VNC console listening on 0.0.0.0 (drawn: loopback only)', () => {
    expect(attributeDrift('web-01', 'consoleListen')).toEqual([
      expect.objectContaining({
        drawn: 'loopback',
        configured: 'all-addresses',
        source: { file: 'web-01.xml', at: '/domain/devices/graphics[1]/@listen' },
      }),
    ]);
    // gpu-01's SPICE console on 127.0.0.1 agrees with a loopback drawing: not drift.
    expect(attributeDrift('gpu-01', 'consoleListen')).toEqual([]);
  });

  it('reports exactly those three and nothing else', () => {
    expect(
      computeDrift(drawn(), configured).map((d) => (d.kind === 'attribute' ? `${d.component}.${d.attribute}` : d.kind)),
    ).toEqual(['web-01.consoleListen', 'gpu-01 qemu-system-x86_64.confined', 'gpu-01 nic1 (e1000).model']);
  });
});

describe('the console exposure the drift reports is what the rules read', () => {
  it('web-01 imported from its XML (VNC on 0.0.0.0) contradicts HY-SR-20; gpu-01 (SPICE on 127.0.0.1) does not', () => {
    const doc = importToDocument(configured, loadBundledCatalog(), { id: 'i', now: '2026-12-03T06:00:00Z', name: 'I' });
    const named = (id: string) => doc.components[id]!.name;
    const hits = evaluateVerdicts(doc, loadBundledCatalog()).filter(
      (v) => v.verdictId === 'V-GUEST-CONSOLE-ALL-ADDRESSES',
    );
    expect(hits.map((v) => [named(v.componentId), v.verdict, v.recommendationId])).toEqual([
      ['web-01', 'contradicts', 'HY-SR-20'],
    ]);
  });
});
