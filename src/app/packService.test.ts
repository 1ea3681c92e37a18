/**
 * Packs in the app over IndexedDB (fake-indexeddb): install after a preview, nothing stored
 * on rejection, list and remove, the project's record of packs, and the missing-pack notice
 * that keeps the assessment state.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, hashDatabase } from '../test/storageHarness';
import { createPackStorage } from '../persistence/packStorage';
import { assessmentActionsFor } from '../store/assessmentActions';
import { assess } from '../domain/rules/assess';
import { packsOf } from '../domain/packs/applyPacks';
import { EXAMPLE_PACK_FILES } from '../domain/packs/testPacks';
import { buildReport } from '../domain/report/buildReport';
import { createPackService, initialCatalog, watchProjectPacks } from './packService';

let harness: Awaited<ReturnType<typeof createHarness>>;
afterEach(() => harness?.close());

const baseline = EXAMPLE_PACK_FILES[1];

async function setup() {
  harness = await createHarness();
  const storage = createPackStorage(harness.db);
  const service = createPackService({
    core: harness.catalog,
    storage,
    store: harness.store,
    clock: () => '2026-12-03T12:00:00Z',
  });
  const stop = watchProjectPacks(harness.store);
  return { storage, service, stop };
}

describe('packs in the app', () => {
  it('a valid pack previews what it adds, installs, and its items join the checklist', async () => {
    const { service, storage } = await setup();
    const preview = await service.preview(baseline);
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    expect(preview.pack.recommendationIds).toHaveLength(12);
    expect(await storage.list()).toEqual([]);
    await service.install(preview);
    expect((await storage.list()).map((p) => `${p.id}@${p.version}`)).toEqual(['example-org-baseline@1.1.0']);
    const { document, catalog } = harness.store.getState();
    expect(packsOf(catalog).map((p) => p.id)).toEqual(['sp800-125b', 'example-org-baseline']);
    const ids = assess(document, catalog).checklist.map((i) => i.recommendationId);
    expect(ids).toContain('example-org-baseline.VS-08');
    // A fresh start composes the stored pack again.
    const again = await initialCatalog(harness.catalog, storage);
    expect(packsOf(again.catalog).map((p) => p.id)).toEqual(['sp800-125b', 'example-org-baseline']);
  });

  it('an invalid pack is refused with its path and nothing is stored', async () => {
    const { service } = await setup();
    const before = await hashDatabase(harness.db);
    const packsBefore = packsOf(harness.store.getState().catalog);
    const preview = await service.preview({
      source: 'bad.yaml',
      text: baseline.text.replace('id: VS-01', 'id: HY-SR-1'),
    });
    expect(preview.ok ? [] : preview.errors.map((e) => e.path)).toContain('bad.yaml: recommendations[0].id');
    expect(await hashDatabase(harness.db)).toBe(before);
    expect(packsOf(harness.store.getState().catalog)).toEqual(packsBefore);
  });

  it('the project records the packs it was assessed with; removing one keeps its entries and says so on open', async () => {
    const { service } = await setup();
    const preview = await service.preview(baseline);
    if (!preview.ok) throw new Error('pack refused');
    await service.install(preview);
    const result = assessmentActionsFor(harness.store).saveAssessment('example-org-baseline.VS-06', 'platform', {
      status: 'implemented',
    });
    expect(result.ok).toBe(true);
    expect(harness.store.getState().document.packs).toEqual([
      { id: 'example-org-baseline', version: '1.1.0' },
      { id: 'sp800-125b', version: '1.0.0' },
    ]);

    await service.remove('example-org-baseline');
    const { document, catalog } = harness.store.getState();
    expect(packsOf(catalog).map((p) => p.id)).toEqual(['sp800-125b']);
    // The entry stays, as an orphaned record, and the project still names the pack.
    expect(document.assessment['example-org-baseline.VS-06']?.status).toBe('implemented');
    expect(assess(document, catalog).orphaned.map((o) => o.key)).toContain('example-org-baseline.VS-06');
    expect(document.packs).toEqual([
      { id: 'example-org-baseline', version: '1.1.0' },
      { id: 'sp800-125b', version: '1.0.0' },
    ]);
    // Opening it again (another project, then back) tells the user which pack is missing.
    harness.store.getState().loadDocument({ ...document, id: 'p2' });
    expect(harness.store.getState().notice?.text).toContain(
      'assessed with pack example-org-baseline 1.1.0 (not installed)',
    );
  });

  it('a bundled pack is removed for this project only and added back, its entries kept meanwhile; undo restores it', async () => {
    const { service } = await setup();
    const bundled = service.bundled();
    expect(bundled.map((p) => p.id)).toEqual(['sp800-125b']);
    const itemIds = (catalog: Parameters<typeof assess>[1]) =>
      assess(harness.store.getState().document, catalog).checklist.map((i) => i.recommendationId);
    const packItem = itemIds(harness.store.getState().catalog).find((id) => id.startsWith('sp800-125b.'))!;
    expect(packItem).toBeDefined();
    expect(assessmentActionsFor(harness.store).saveAssessment(packItem, 'platform', { status: 'implemented' }).ok).toBe(
      true,
    );

    expect(service.removeFromProject('sp800-125b')).toBe(true);
    let { document, catalog } = harness.store.getState();
    expect(document.removedPacks).toEqual(['sp800-125b']);
    expect(packsOf(catalog).map((p) => p.id)).toEqual([]);
    const without = assess(document, catalog);
    expect(without.checklist.some((i) => i.recommendationId.startsWith('sp800-125b.'))).toBe(false);
    // Kept, and not listed as orphaned either: set aside until the pack comes back.
    expect(document.assessment[packItem]?.status).toBe('implemented');
    expect(without.orphaned.map((o) => o.key)).not.toContain(packItem);
    const report = buildReport(document, catalog, without, { generatedAt: '2026-12-03T12:00:00Z' });
    expect(JSON.stringify(report)).not.toContain('sp800-125b');
    expect(harness.store.getState().notice?.text).toContain('1 assessment entry is kept');
    expect(harness.store.getState().notice?.action?.label).toBe('Undo');
    // The pack is still offered for adding back, and the project is not told it is missing.
    expect(service.bundled().map((p) => p.id)).toEqual(['sp800-125b']);
    harness.store.getState().loadDocument({ ...document, id: 'p2' });
    expect(harness.store.getState().notice?.text ?? '').not.toContain('assessed with pack');
    expect(packsOf(harness.store.getState().catalog)).toEqual([]);

    expect(service.addBackToProject('sp800-125b')).toBe(true);
    ({ document, catalog } = harness.store.getState());
    expect(document.removedPacks).toBeUndefined();
    expect(packsOf(catalog).map((p) => p.id)).toEqual(['sp800-125b']);
    expect(assess(document, catalog).checklist.find((i) => i.recommendationId === packItem)?.status).toBe(
      'implemented',
    );

    // Undo of the add-back removes it again; redo adds it back.
    harness.store.getState().undo();
    expect(harness.store.getState().document.removedPacks).toEqual(['sp800-125b']);
    expect(packsOf(harness.store.getState().catalog)).toEqual([]);
    harness.store.getState().redo();
    expect(packsOf(harness.store.getState().catalog).map((p) => p.id)).toEqual(['sp800-125b']);
  });

  it('refuses to remove an installed (not bundled) pack per project, changing nothing', async () => {
    const { service } = await setup();
    const preview = await service.preview(baseline);
    if (!preview.ok) throw new Error('pack refused');
    await service.install(preview);
    const before = harness.store.getState().document;
    expect(service.removeFromProject('example-org-baseline')).toBe(false);
    expect(harness.store.getState().document).toBe(before);
    expect(harness.store.getState().notice?.text).toContain('installed, not bundled');
  });
});
