import { describe, expect, it } from 'vitest';
import { loadBundledCatalog } from '../catalog/catalogSource';
import { importProjectFile } from '../io/projectFile';
import { createDocument } from '../model/operations';
import { DocumentSchema } from '../model/schema';
import { importConfigFiles } from './detectFormat';
import { mergeImportIntoDocument } from './mergeIntoDocument';
import { fixture } from './testFiles';
import kvm from '../../../threat-catalog/templates/kvm-libvirt.json';

const catalog = loadBundledCatalog();
const NOW = '2026-12-03T09:00:00.000Z';

function files(...names: string[]) {
  const r = importConfigFiles(names.map(fixture));
  if (!r.ok) throw r.error;
  return r.value;
}

const valid = (doc: unknown) => {
  const r = importProjectFile(JSON.stringify(doc), catalog);
  return r.ok ? 'ok' : JSON.stringify(r.error);
};

describe('mergeImportIntoDocument', () => {
  it('into an empty project: adds every part, one host holding the rest, and says so', () => {
    const empty = createDocument({
      id: 'p1',
      name: 'Imported',
      now: NOW,
      catalog: { id: catalog.id, version: catalog.version },
    });
    const imported = files('web-01.xml', 'gpu-01.xml');
    const { document, summary } = mergeImportIntoDocument(empty, imported, catalog, NOW);
    expect(valid(document)).toBe('ok');
    expect(summary.added).toHaveLength(imported.components.length);
    expect(summary.addedConnections).toBe(Object.keys(document.connections).length);
    expect(summary.addedConnections).toBeGreaterThan(0);
    expect(summary.updated).toEqual([]);
    expect(empty.components).toEqual({});
  });

  it('into the KVM sample: matches host, hypervisor and web-01 by name; sets what the file states with provenance; adds the rest inside the host', () => {
    const sample = DocumentSchema.parse(kvm);
    // Drawn with 2 vCPUs; the file says 4. Its 8 GiB of memory agree with the drawing.
    sample.components['vm-web']!.attributes.vcpus = 2;
    const { document, summary } = mergeImportIntoDocument(sample, files('web-01.xml'), catalog, NOW);
    expect(valid(document)).toBe('ok');
    // Matched, not duplicated.
    expect(Object.values(document.components).filter((c) => c.type === 'physical-host')).toHaveLength(1);
    expect(Object.values(document.components).filter((c) => c.name === 'web-01')).toHaveLength(1);
    const web = document.components['vm-web']!;
    expect(web.attributes.vcpus).toBe(4);
    expect(web.provenance?.vcpus).toEqual({ file: 'web-01.xml', at: '/domain/vcpu' });
    const changes = summary.updated.find((u) => u.name === 'web-01')?.changes ?? [];
    expect(changes.map((c) => [c.attribute, c.from, c.to])).toContainEqual(['vcpus', 2, 4]);
    expect(changes.map((c) => c.attribute)).not.toContain('memoryGiB');
    expect(web.provenance?.memoryGiB).toEqual({ file: 'web-01.xml', at: '/domain/memory' });
    // Added parts sit in the drawn host, below its children, and the host and its rack grew to hold them.
    const added = Object.values(document.components).filter((c) => !sample.components[c.id]);
    expect(added.length).toBe(summary.added.length);
    expect(added.length).toBeGreaterThan(0);
    const hostBottom = Math.max(
      ...Object.values(sample.components)
        .filter((c) => c.parentId === 'kvm-node-01')
        .map((c) => c.position.y),
    );
    for (const c of added) {
      expect(c.parentId, c.name).toBe('kvm-node-01');
      expect(c.position.y, c.name).toBeGreaterThan(hostBottom);
      expect(c.position.y + 100).toBeLessThanOrEqual(document.components['kvm-node-01']!.size!.height);
    }
    const host = document.components['kvm-node-01']!;
    // Wrapped at the host's width: it grows downwards only, and no two added parts overlap.
    expect(host.size!.width).toBe(sample.components['kvm-node-01']!.size!.width);
    for (const c of added) expect(c.position.x + 300, c.name).toBeLessThanOrEqual(host.size!.width);
    const cells = new Set(added.map((c) => `${c.position.x},${c.position.y}`));
    expect(cells.size).toBe(added.length);
    expect(host.position.y + host.size!.height).toBeLessThanOrEqual(document.components['rack-a']!.size!.height);
    // The sample is untouched (the store keeps it for undo).
    expect(sample.components['vm-web']!.attributes.vcpus).toBe(2);
    expect(sample.components['vm-web']!.provenance).toBeUndefined();
  });

  it('imports the same file twice without duplicating anything', () => {
    const sample = DocumentSchema.parse(kvm);
    const once = mergeImportIntoDocument(sample, files('web-01.xml'), catalog, NOW).document;
    const twice = mergeImportIntoDocument(once, files('web-01.xml'), catalog, NOW);
    expect(Object.keys(twice.document.components)).toEqual(Object.keys(once.components));
    expect(Object.keys(twice.document.connections)).toEqual(Object.keys(once.connections));
    expect(twice.summary).toEqual({ added: [], addedConnections: 0, updated: [] });
    expect(twice.document.components['vm-web']!.notes).toBe(once.components['vm-web']!.notes);
  });

  it('puts a new host to the right of what is drawn when the model has two hosts', () => {
    const sample = DocumentSchema.parse(kvm);
    const second = { ...sample.components['kvm-node-01']!, id: 'kvm-node-02', name: 'kvm-node-02' };
    const two = { ...sample, components: { ...sample.components, [second.id]: second } };
    const { document } = mergeImportIntoDocument(two, files('web-01.xml'), catalog, NOW);
    const hosts = Object.values(document.components).filter((c) => c.type === 'physical-host');
    expect(hosts).toHaveLength(3);
    const fresh = hosts.find((h) => !two.components[h.id])!;
    expect(fresh.parentId).toBeUndefined();
    expect(fresh.position.x).toBeGreaterThan(1512 + 336);
  });
});
