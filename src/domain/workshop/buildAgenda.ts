/**
 * The workshop agenda, generated from the model: one step per baseline function (HY-BF1..5,
 * in catalog order), a step for the SP 800-125B virtual network, and, only when the model
 * calls for one, a platform step for recommendations the publication ties to no function
 * (Appendix B maps HY-SR-1 to none).
 */
import type { CatalogData, Recommendation } from '../catalog/schema';
import type { WorkbenchDocument, WorkshopStep } from '../model/schema';
import type { Assessment } from '../rules/types';
import { assess } from '../rules/assess';

/** Default time boxes in minutes: a function with items to decide, one without (HY-BF3), the network step. */
export const DEFAULT_TIMEBOX = { withItems: 15, withoutItems: 5, virtualNetwork: 15, platform: 10 } as const;

export const VIRTUAL_NETWORK_STEP_ID = 'step-virtual-network';
export const PLATFORM_STEP_ID = 'step-platform';

/** The step id of a baseline function: stable, so a reloaded workshop finds its step again. */
export function stepIdForFunction(baselineFunctionId: string): string {
  return `step-${baselineFunctionId.toLowerCase()}`;
}

/**
 * Agenda steps for a new workshop on `document`. Items are the recommendations of the checklist
 * that apply or need input (not-applicable ones are left out: nothing to decide), in checklist
 * order. Pure: the same document and catalog give the same agenda.
 */
export function buildAgenda(document: WorkbenchDocument, catalog: CatalogData, assessment: Assessment = assess(document, catalog)): WorkshopStep[] {
  const recommendations = new Map<string, Recommendation>(catalog.recommendations.map((r) => [r.id, r]));
  const open = assessment.checklist.filter((item) => item.applicability !== 'not-applicable');
  const itemsWhere = (keep: (r: Recommendation) => boolean): string[] =>
    open.flatMap((item) => {
      const rec = recommendations.get(item.recommendationId);
      return rec && keep(rec) ? [rec.id] : [];
    });

  const steps: WorkshopStep[] = [];
  const platformItems = itemsWhere((r) => r.pack === 'SP800-125A' && r.baselineFunction === null);
  if (platformItems.length > 0) {
    steps.push(step(PLATFORM_STEP_ID, 'platform', 'Platform integrity (no single baseline function)', DEFAULT_TIMEBOX.platform, platformItems));
  }
  for (const bf of catalog.baselineFunctions) {
    const items = itemsWhere((r) => r.pack === 'SP800-125A' && r.baselineFunction === bf.id);
    const timebox = items.length > 0 ? DEFAULT_TIMEBOX.withItems : DEFAULT_TIMEBOX.withoutItems;
    steps.push({ ...step(stepIdForFunction(bf.id), 'baseline-function', `${bf.id} ${bf.name}`, timebox, items), baselineFunctionId: bf.id });
  }
  steps.push(
    step(VIRTUAL_NETWORK_STEP_ID, 'virtual-network', 'Virtual network (SP 800-125B)', DEFAULT_TIMEBOX.virtualNetwork, itemsWhere((r) => r.pack === 'SP800-125B')),
  );
  return steps;
}

function step(id: string, kind: WorkshopStep['kind'], title: string, timeboxMinutes: number, items: string[]): WorkshopStep {
  return { id, kind, title: title.slice(0, 200), timeboxMinutes, spentSeconds: 0, items };
}
