import { describe, expect, it } from 'vitest';
import { loadBundledCatalog } from '../catalog/catalogSource';
import { loadTemplate } from '../catalog/templates';
import { setAssessmentStatus } from '../checklist/assessmentOps';
import { DocumentSchema } from '../model/schema';
import { assess } from '../rules/assess';
import { packsOf } from './applyPacks';
import { catalogForProject, setPackRemoved } from './bundledPacks';

const NOW = '2026-12-03T12:00:00.000Z';

describe('bundled packs per project', () => {
  const catalog = loadBundledCatalog();
  const bundled = packsOf(catalog).filter((p) => p.bundled);

  it('are composed in by default, named only by the manifest', () => {
    expect(bundled.map((p) => p.id)).toEqual(['sp800-125b']);
    const doc = loadTemplate('kvm-libvirt');
    expect(assess(doc, catalog).checklist.some((i) => i.recommendationId.startsWith('sp800-125b.'))).toBe(true);
  });

  it('can be removed for one project and added back, its statuses kept meanwhile', () => {
    const id = bundled[0]!.recommendationIds.find((r) =>
      assess(loadTemplate('kvm-libvirt'), catalog).checklist.some((i) => i.recommendationId === r),
    )!;
    const assessed = setAssessmentStatus(loadTemplate('kvm-libvirt'), id, 'platform', 'implemented', NOW);
    const removed = setPackRemoved(assessed, 'sp800-125b', true);
    expect(DocumentSchema.safeParse(removed).success).toBe(true);
    const without = catalogForProject(catalog, removed.removedPacks);
    expect(packsOf(without).map((p) => p.id)).toEqual([]);
    expect(without.recommendations.some((r) => r.pack === 'sp800-125b')).toBe(false);
    expect(without.rules.some((r) => r.id.startsWith('sp800-125b.'))).toBe(false);
    expect(assess(removed, without).checklist.some((i) => i.recommendationId.startsWith('sp800-125b.'))).toBe(false);
    expect(removed.assessment[id]?.status).toBe('implemented');

    const back = setPackRemoved(removed, 'sp800-125b', false);
    expect(back.removedPacks).toBeUndefined();
    const item = assess(back, catalogForProject(catalog, back.removedPacks)).checklist.find(
      (i) => i.recommendationId === id,
    )!;
    expect(item.status).toBe('implemented');
  });
});
