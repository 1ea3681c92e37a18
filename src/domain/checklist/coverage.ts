/**
 * Views derived from findings and the checklist: the HY-BF x component coverage matrix, the
 * threat-source view and the summary figures. Computed, never stored.
 */
import type { AssessmentStatus, WorkbenchDocument } from '../model/schema';
import type { ChecklistItem, CoverageMatrix, Finding, OrphanedEntry, Summary, ThreatSourceView } from '../rules/types';
import { ASSESSMENT_STATUSES } from '../model/schema';
import { compareIds, toEngineCatalog, type CatalogSource, type EngineCatalog } from '../rules/engineCatalog';
import { componentStatus } from './buildChecklist';
import { isOpenStatus } from './status';

/**
 * HY-BF x component. Columns are the components with at least one applicable finding (sorted
 * by id); a cell exists only where the component performs or exposes a task of that function
 * or is called on by one of its recommendations (a missing cell is empty). `openRecommendations`
 * are the applicable recommendations of that function whose status for the component (its own
 * entry, else the platform entry) is still open (see `isOpenStatus`). Needs-input findings are
 * not counted: they are not known to apply.
 */
export function buildCoverage(findings: readonly Finding[], document: WorkbenchDocument, catalog: CatalogSource): CoverageMatrix {
  const cat = toEngineCatalog(catalog);
  const baselineFunctions = [...cat.baselineFunctions.keys()];
  const cells: CoverageMatrix['cells'] = Object.fromEntries(baselineFunctions.map((bf) => [bf, {}]));
  const components = new Set<string>();
  const cell = (bf: string, componentId: string) => {
    const column = cells[bf];
    if (!column) return undefined;
    return (column[componentId] ??= { tasks: [], openRecommendations: [] });
  };
  for (const finding of findings) {
    if (finding.applicability !== 'applicable') continue;
    components.add(finding.componentId);
    for (const taskId of finding.tasks) {
      const bf = cat.tasks.get(taskId)?.baselineFunction;
      const target = bf ? cell(bf, finding.componentId) : undefined;
      if (target && !target.tasks.includes(taskId)) target.tasks.push(taskId);
    }
    for (const recId of finding.recommendations) {
      const bf = cat.recommendations.get(recId)?.baselineFunction;
      if (!bf) continue;
      const target = cell(bf, finding.componentId);
      if (!target) continue;
      if (isOpenStatus(componentStatus(document, recId, finding.componentId)) && !target.openRecommendations.includes(recId)) {
        target.openRecommendations.push(recId);
      }
    }
  }
  const recOrder = new Map(cat.recommendationOrder.map((id, i) => [id, i]));
  for (const column of Object.values(cells)) {
    for (const c of Object.values(column)) {
      c.tasks.sort(compareIds);
      c.openRecommendations.sort((a, b) => (recOrder.get(a) ?? 0) - (recOrder.get(b) ?? 0));
    }
  }
  return { baselineFunctions, components: [...components].sort(compareIds), cells };
}

const closureCache = new WeakMap<EngineCatalog, Map<string, string[]>>();

/** Each threat and everything it leads to, transitively (cycles are tolerated); memoised per catalog. */
function leadsToClosure(cat: EngineCatalog, threatId: string): string[] {
  let perCatalog = closureCache.get(cat);
  if (!perCatalog) {
    perCatalog = new Map();
    closureCache.set(cat, perCatalog);
  }
  const cached = perCatalog.get(threatId);
  if (cached) return cached;
  const out: string[] = [];
  const seen = new Set<string>();
  const stack = [threatId];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(id);
    for (const next of cat.threats.get(id)?.leadsTo ?? []) stack.push(next);
  }
  perCatalog.set(threatId, out);
  return out;
}

/**
 * HY-TS1..3 -> threats -> components, recommendations, open gaps. A threat is listed under
 * every source in its `sources` (all threats, even those no component faces). A finding counts
 * for the threats it names and for every threat they lead to (`leadsTo`, transitively), so a
 * passthrough device facing HY-DV5 shows under HYP-T1. `openGaps` are the listed
 * recommendations whose checklist item is applicable and open.
 */
export function buildThreatSourceView(
  findings: readonly Finding[],
  items: readonly ChecklistItem[],
  catalog: CatalogSource,
): ThreatSourceView[] {
  const cat = toEngineCatalog(catalog);
  const components = new Map<string, Set<string>>();
  const recs = new Map<string, Set<string>>();
  for (const finding of findings) {
    if (finding.applicability !== 'applicable') continue;
    for (const direct of finding.threats) {
      for (const threatId of leadsToClosure(cat, direct)) {
        if (!components.has(threatId)) {
          components.set(threatId, new Set());
          recs.set(threatId, new Set());
        }
        components.get(threatId)!.add(finding.componentId);
        for (const r of finding.recommendations) recs.get(threatId)!.add(r);
      }
    }
  }
  const itemById = new Map(items.map((i) => [i.recommendationId, i]));
  const recOrder = new Map(cat.recommendationOrder.map((id, i) => [id, i]));
  const byCatalogOrder = (a: string, b: string) => (recOrder.get(a) ?? 0) - (recOrder.get(b) ?? 0);
  return [...cat.threatSources.keys()].map((sourceId) => ({
    threatSourceId: sourceId,
    threats: cat.data.threats
      .filter((t) => t.sources.includes(sourceId))
      .map((t) => {
        const recommendations = [...(recs.get(t.id) ?? [])].sort(byCatalogOrder);
        return {
          threatId: t.id,
          components: [...(components.get(t.id) ?? [])].sort(compareIds),
          recommendations,
          openGaps: recommendations.filter((r) => {
            const item = itemById.get(r);
            return item !== undefined && isGap(item);
          }),
        };
      }),
  }));
}

/**
 * A gap is an applicable checklist item whose status is still open: `not-implemented`,
 * `partially-implemented` or `not-reviewed`. Implemented, risk-accepted and items the
 * assessor marked not-applicable are not gaps; needs-input and not-applicable items never are
 * (needs-input is counted separately, see `Summary.needsInput`).
 */
export function isGap(item: ChecklistItem): boolean {
  return item.applicability === 'applicable' && isOpenStatus(item.status);
}

/**
 * Summary figures:
 * - `total`: checklist items; `applicable` / `needsInput` / `notApplicable`: items by applicability;
 * - `assessed`: applicable or needs-input items whose status is not `not-reviewed`;
 * - `implemented`: applicable items with status `implemented`;
 * - `gaps`: applicable items that are gaps (see `isGap`);
 * - `orphaned`: saved entries shown as orphaned;
 * - `byStatus`: statuses of the applicable and needs-input items.
 */
export function summarize(items: readonly ChecklistItem[], orphaned: readonly OrphanedEntry[]): Summary {
  const byStatus = Object.fromEntries(ASSESSMENT_STATUSES.map((s) => [s, 0])) as Record<AssessmentStatus, number>;
  const summary: Summary = {
    total: items.length,
    applicable: 0,
    needsInput: 0,
    notApplicable: 0,
    assessed: 0,
    implemented: 0,
    gaps: 0,
    orphaned: orphaned.length,
    byStatus,
  };
  for (const item of items) {
    if (item.applicability === 'not-applicable') {
      summary.notApplicable++;
      continue;
    }
    if (item.applicability === 'applicable') summary.applicable++;
    else summary.needsInput++;
    byStatus[item.status]++;
    if (item.status !== 'not-reviewed') summary.assessed++;
    if (item.applicability === 'applicable' && item.status === 'implemented') summary.implemented++;
    if (isGap(item)) summary.gaps++;
  }
  return summary;
}
