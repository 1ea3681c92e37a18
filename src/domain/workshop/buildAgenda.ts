/**
 * The workshop agenda, generated from the model: one step per baseline function (HY-BF1..5,
 * in catalog order), one step per pack with items to discuss (bundled or installed, named by
 * the pack's title, in the catalog's pack order), and, only when the model calls for one, a
 * platform step for core recommendations tied to no function (Appendix B maps HY-SR-1 to none).
 */
import type { CatalogData, Recommendation } from '../catalog/schema';
import type { WorkbenchDocument, WorkshopStep } from '../model/schema';
import type { Assessment } from '../rules/types';
import { assess } from '../rules/assess';
import { packsOf } from '../packs/applyPacks';
import { WORKSHOP_LIMITS } from '../model/schema';

/** Default time boxes in minutes: a function with items to decide, one without (HY-BF3), a pack's step. */
export const DEFAULT_TIMEBOX = { withItems: 15, withoutItems: 5, pack: 15, platform: 10 } as const;

export const PLATFORM_STEP_ID = 'step-platform';

/** The step id of a pack: stable, so a reloaded workshop finds its step again. */
export function stepIdForPack(packId: string): string {
  return `step-pack-${packId}`;
}

/** The step id of a baseline function: stable, so a reloaded workshop finds its step again. */
export function stepIdForFunction(baselineFunctionId: string): string {
  return `step-${baselineFunctionId.toLowerCase()}`;
}

/**
 * Agenda steps for a new workshop on `document`. Items are the recommendations of the checklist
 * that apply or need input (not-applicable ones are left out: nothing to decide), in checklist
 * order. Pure: the same document and catalog give the same agenda.
 */
export function buildAgenda(
  document: WorkbenchDocument,
  catalog: CatalogData,
  assessment: Assessment = assess(document, catalog),
): WorkshopStep[] {
  const recommendations = new Map<string, Recommendation>(catalog.recommendations.map((r) => [r.id, r]));
  const open = assessment.checklist.filter((item) => item.applicability !== 'not-applicable');
  const itemsWhere = (keep: (r: Recommendation) => boolean): string[] =>
    open.flatMap((item) => {
      const rec = recommendations.get(item.recommendationId);
      return rec && keep(rec) ? [rec.id] : [];
    });

  const steps: WorkshopStep[] = [];
  const packIds = new Set(packsOf(catalog).map((p) => p.id));
  const isCore = (r: Recommendation) => !packIds.has(r.pack);
  const platformItems = itemsWhere((r) => isCore(r) && r.baselineFunction === null);
  if (platformItems.length > 0) {
    steps.push(
      step(
        PLATFORM_STEP_ID,
        'platform',
        'Platform integrity (no single baseline function)',
        DEFAULT_TIMEBOX.platform,
        platformItems,
      ),
    );
  }
  for (const bf of catalog.baselineFunctions) {
    const items = itemsWhere((r) => isCore(r) && r.baselineFunction === bf.id);
    const timebox = items.length > 0 ? DEFAULT_TIMEBOX.withItems : DEFAULT_TIMEBOX.withoutItems;
    steps.push({
      ...step(stepIdForFunction(bf.id), 'baseline-function', `${bf.id} ${bf.name}`, timebox, items),
      baselineFunctionId: bf.id,
    });
  }
  // One step per pack with items to discuss, all its items (with or without a baseline function).
  for (const pack of packsOf(catalog)) {
    const items = itemsWhere((r) => r.pack === pack.id);
    if (items.length === 0 || steps.length >= WORKSHOP_LIMITS.steps) continue;
    steps.push({
      ...step(
        stepIdForPack(pack.id),
        'pack',
        pack.title,
        DEFAULT_TIMEBOX.pack,
        items.slice(0, WORKSHOP_LIMITS.itemsPerStep),
      ),
      packId: pack.id,
    });
  }
  return steps;
}

function step(
  id: string,
  kind: WorkshopStep['kind'],
  title: string,
  timeboxMinutes: number,
  items: string[],
): WorkshopStep {
  return { id, kind, title: title.slice(0, 200), timeboxMinutes, spentSeconds: 0, items };
}
