/**
 * `htw assess --catalog FILE` reads the catalog through the app's one loader, so a catalog
 * with a broken cross reference is refused as the shipped one would be, naming the file and
 * the place, and nothing is assessed or written.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from './runCli';
import { bundledCatalogFiles } from '../domain/catalog/catalogSource';
import { parseCatalog } from '../domain/catalog/parseCatalog';
import { memoryIo } from '../test/memoryCliIo';
import kvmTemplate from '../../threat-catalog/templates/kvm-libvirt.json';

/** The bundled core catalog (its packs are not part of one catalog file) as one assembled, mutable JSON object. */
function assembledCatalog(): Record<string, unknown> & { rules: { recommendations: string[] }[] } {
  const core = parseCatalog(bundledCatalogFiles.manifest, bundledCatalogFiles.parts, {
    packs: bundledCatalogFiles.packs,
  });
  if (!core.ok) throw new Error('the bundled core catalog is invalid');
  const { contentHash: _hash, parts: _parts, ...data } = structuredClone(core.catalog);
  return data as unknown as ReturnType<typeof assembledCatalog>;
}

const model = JSON.stringify(kvmTemplate);

describe('htw assess --catalog', () => {
  it('assesses against a valid assembled catalog', () => {
    const t = memoryIo({ 'model.json': model, 'my-catalog.json': JSON.stringify(assembledCatalog()) });
    expect(runCli(['assess', 'model.json', '--catalog', 'my-catalog.json', '--out', 'out.json'], t.io)).toBe(0);
    expect(t.written['out.json']).toBeDefined();
  });

  it('refuses a catalog whose rule names a recommendation that does not exist, naming the path', () => {
    const catalog = assembledCatalog();
    catalog.rules[0]!.recommendations = ['HY-NO-SUCH-RECOMMENDATION'];
    const t = memoryIo({ 'model.json': model, 'my-catalog.json': JSON.stringify(catalog) });
    expect(runCli(['assess', 'model.json', '--catalog', 'my-catalog.json', '--out', 'out.json'], t.io)).toBe(2);
    expect(t.err()).toContain('htw: my-catalog.json: not a valid catalog');
    expect(t.err()).toMatch(/my-catalog\.json: rules\[0\]\S*: .*HY-NO-SUCH-RECOMMENDATION/);
    expect(t.written['out.json']).toBeUndefined();
  });
});
