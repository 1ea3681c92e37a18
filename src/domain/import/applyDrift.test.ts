import { describe, expect, it } from 'vitest';
import { loadBundledCatalog } from '../catalog/catalogSource';
import { importProjectFile } from '../io/projectFile';
import { applyDrift } from './applyDrift';
import { importConfigFiles } from './detectFormat';
import { computeDrift, type DriftItem } from './drift';
import { fixture } from './testFiles';
import { importToDocument } from './toDocument';

const catalog = loadBundledCatalog();
const NOW = '2026-12-03T07:00:00Z';
const configured = (() => {
  const r = importConfigFiles([fixture('web-01.xml'), fixture('gpu-01.xml')]);
  if (!r.ok) throw r.error;
  return r.value;
})();
const model = () => importToDocument(configured, catalog, { id: 'm', now: '2026-12-03T06:00:00Z', name: 'M' });
const find = (doc: ReturnType<typeof model>, name: string) =>
  Object.values(doc.components).find((c) => c.name === name)!;

/** A drawn model that differs from the configuration in an attribute twice, a missing guest and an extra guest. */
function drifted() {
  const doc = model();
  const nic = find(doc, 'gpu-01 nic1 (e1000)');
  nic.attributes.model = 'paravirtual';
  delete nic.provenance;
  const emu = find(doc, 'gpu-01 qemu-system-x86_64');
  emu.attributes.confined = true;
  delete emu.provenance;
  // web-01 and everything only it has are gone from the drawing; a hand-drawn guest is added.
  const webOnly = Object.values(doc.components).filter((c) => c.name.startsWith('web-01'));
  for (const c of webOnly) delete doc.components[c.id];
  for (const x of Object.values(doc.connections))
    if (!doc.components[x.source] || !doc.components[x.target]) delete doc.connections[x.id];
  const extra = { ...find(doc, 'gpu-01'), id: 'hand-drawn', name: 'old-vm', provenance: undefined };
  delete extra.provenance;
  doc.components[extra.id] = extra;
  return doc;
}

describe('applying drift', () => {
  const doc = drifted();
  const drift = computeDrift(doc, configured);
  const pick = (pred: (d: DriftItem) => boolean) => drift.filter(pred);

  it('applies only the chosen attribute and records its provenance; the kept one stays as drawn', () => {
    const chosen = pick((d) => d.kind === 'attribute' && d.attribute === 'model');
    expect(chosen).toHaveLength(1);
    const next = applyDrift(doc, configured, chosen, catalog, NOW);
    expect(find(next, 'gpu-01 nic1 (e1000)').attributes.model).toBe('emulated');
    expect(find(next, 'gpu-01 nic1 (e1000)').provenance?.model).toEqual({
      file: 'gpu-01.xml',
      at: '/domain/devices/interface[1]/model/@type',
    });
    expect(find(next, 'gpu-01 qemu-system-x86_64').attributes.confined).toBe(true);
    expect(next.updatedAt).toBe(NOW);
    // The remaining drift is exactly what was kept.
    expect(computeDrift(next, configured)).toEqual(drift.filter((d) => !chosen.includes(d)));
  });

  it('adds a chosen missing guest inside the drawn host, linked to drawn parts, and nothing else', () => {
    const chosen = pick((d) => d.kind === 'missing-in-model' && d.component === 'web-01');
    const next = applyDrift(doc, configured, chosen, catalog, NOW);
    const web = find(next, 'web-01');
    expect(web.parentId).toBe(find(next, 'Host').id);
    expect(
      Object.values(next.connections).some((x) => x.source === web.id && x.target === find(next, 'Hypervisor').id),
    ).toBe(true);
    // Other web-01 parts were not chosen: still missing; drawn values untouched.
    expect(
      Object.values(next.components)
        .filter((c) => !doc.components[c.id])
        .map((c) => c.name),
    ).toEqual(['web-01']);
    expect(find(next, 'gpu-01 nic1 (e1000)').attributes.model).toBe('paravirtual');
    expect(importProjectFile(JSON.stringify(next), catalog).ok).toBe(true);
  });

  it('removes a chosen drawn part no file mentions, and applies everything at once', () => {
    const next = applyDrift(doc, configured, drift, catalog, NOW);
    expect(Object.values(next.components).some((c) => c.name === 'old-vm')).toBe(false);
    expect(computeDrift(next, configured)).toEqual([]);
    expect(importProjectFile(JSON.stringify(next), catalog).ok).toBe(true);
  });

  it('changes nothing when nothing is chosen', () => {
    const next = applyDrift(doc, configured, [], catalog, NOW);
    expect(next.components).toEqual(doc.components);
    expect(next.connections).toEqual(doc.connections);
  });
});
