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
import { emptyRecord, own } from '../model/ownEntry';

interface CoverageCell {
  tasks: string[];
  openRecommendations: string[];
}

function cellIn(columns: Map<string, CoverageCell>, bf: string): CoverageCell {
  let c = columns.get(bf);
  if (!c) {
    c = { tasks: [], openRecommendations: [] };
    columns.set(bf, c);
  }
  return c;
}

/**
 * HY-BF x component. Columns are the components with at least one applicable finding (sorted
 * by id); a cell exists only where the component performs or exposes a task of that function
 * or is called on by one of its recommendations (a missing cell is empty). `openRecommendations`
 * are the applicable recommendations of that function whose status for the component (its own
 * entry, else the platform entry) is still open (see `isOpenStatus`). Needs-input findings are
 * not counted: they are not known to apply.
 */
export function buildCoverage(
  findings: readonly Finding[],
  document: WorkbenchDocument,
  catalog: CatalogSource,
): CoverageMatrix {
  const cat = toEngineCatalog(catalog);
  const baselineFunctions = [...cat.baselineFunctions.keys()];
  const recOrder = new Map(cat.recommendationOrder.map((id, i) => [id, i]));
  // Per rule (findings of one rule share their arrays): tasks and recommendations by function.
  const perRule = new Map<string, { tasks: [string, string][]; recs: [string, string][] }>();
  // componentId -> baselineFunction -> cell, in finding order (components sorted by id).
  const byComponent = new Map<string, Map<string, CoverageCell>>();
  const hasEntries = Object.keys(document.assessment).length > 0;
  let lastComponent: string | undefined;
  let columns: Map<string, CoverageCell> | undefined;
  for (const finding of findings) {
    if (finding.applicability !== 'applicable') continue;
    let rule = perRule.get(finding.ruleId);
    if (!rule) {
      rule = { tasks: [], recs: [] };
      for (const t of finding.tasks) {
        const bf = cat.tasks.get(t)?.baselineFunction;
        if (bf && cat.baselineFunctions.has(bf)) rule.tasks.push([bf, t]);
      }
      for (const r of finding.recommendations) {
        const bf = cat.recommendations.get(r)?.baselineFunction;
        if (bf && cat.baselineFunctions.has(bf)) rule.recs.push([bf, r]);
      }
      perRule.set(finding.ruleId, rule);
    }
    // Findings come ordered by component: one lookup per component, not per finding.
    if (finding.componentId !== lastComponent) {
      lastComponent = finding.componentId;
      let found = byComponent.get(lastComponent);
      if (!found) {
        found = new Map();
        byComponent.set(lastComponent, found);
      }
      columns = found;
    }
    for (const [bf, t] of rule.tasks) {
      const c = cellIn(columns!, bf);
      if (!c.tasks.includes(t)) c.tasks.push(t);
    }
    for (const [bf, r] of rule.recs) {
      const c = cellIn(columns!, bf);
      const open = !hasEntries || isOpenStatus(componentStatus(document, r, finding.componentId));
      if (open && !c.openRecommendations.includes(r)) c.openRecommendations.push(r);
    }
  }
  // Null-prototype tables: a component id such as `toString` must read as absent, not as Object.prototype's member.
  const cells: CoverageMatrix['cells'] = emptyRecord();
  for (const bf of baselineFunctions) cells[bf] = emptyRecord();
  const components = [...byComponent.keys()].sort(compareIds);
  for (const componentId of components) {
    for (const [bf, c] of byComponent.get(componentId)!) {
      c.tasks.sort(compareIds);
      c.openRecommendations.sort((a, b) => (recOrder.get(a) ?? 0) - (recOrder.get(b) ?? 0));
      own(cells, bf)![componentId] = c;
    }
  }
  return { baselineFunctions, components, cells };
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
  // Group by rule first: findings of one rule share threats and recommendations.
  const componentsByRule = new Map<string, { threats: string[]; recommendations: string[]; components: string[] }>();
  for (const finding of findings) {
    if (finding.applicability !== 'applicable') continue;
    let group = componentsByRule.get(finding.ruleId);
    if (!group) {
      const closure = new Set<string>();
      for (const direct of finding.threats) for (const t of leadsToClosure(cat, direct)) closure.add(t);
      group = { threats: [...closure], recommendations: finding.recommendations, components: [] };
      componentsByRule.set(finding.ruleId, group);
    }
    group.components.push(finding.componentId);
  }
  const components = new Map<string, Set<string>>();
  const recs = new Map<string, Set<string>>();
  for (const group of componentsByRule.values()) {
    for (const threatId of group.threats) {
      let cs = components.get(threatId);
      let rs = recs.get(threatId);
      if (!cs || !rs) {
        cs = new Set();
        rs = new Set();
        components.set(threatId, cs);
        recs.set(threatId, rs);
      }
      for (const c of group.components) cs.add(c);
      for (const r of group.recommendations) rs.add(r);
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
 * A gap is an applicable checklist item that is not addressed:
 * - its status is still open (`not-implemented`, `partially-implemented`, `not-reviewed`), or
 * - the model's own facts contradict it, whatever its status, unless it is risk-accepted, or
 * - a risk acceptance of it has expired by the assessment date.
 * Needs-input and not-applicable items never are (needs-input is counted separately, see
 * `Summary.needsInput`).
 */
export function isGap(item: ChecklistItem): boolean {
  if (item.applicability !== 'applicable') return false;
  // Scoped out by an approved, justified tailoring decision: listed as tailored, never a gap.
  if (item.tailoring?.decision === 'scoped-out') return false;
  if (item.expiredAcceptances.length > 0) return true;
  if (item.modelEvidence === 'contradicts' && item.status !== 'risk-accepted') return true;
  return isOpenStatus(item.status);
}

/**
 * Summary figures:
 * - `total`: checklist items; `applicable` / `needsInput` / `notApplicable`: items by applicability;
 * - `unanswered`: needs-input items still not reviewed (an assessor's status answers the question);
 * - `assessed`: applicable or needs-input items whose status is not `not-reviewed`;
 * - `implemented`: applicable items with status `implemented`;
 * - `gaps`: applicable items that are gaps (see `isGap`);
 * - `contradicted` / `expiredAcceptances`: applicable items the model contradicts / whose
 *   risk acceptance expired (both are gaps, except a contradicted item still risk-accepted);
 * - `orphaned`: saved entries shown as orphaned;
 * - `byStatus`: statuses of the applicable and needs-input items.
 */
export function summarize(items: readonly ChecklistItem[], orphaned: readonly OrphanedEntry[]): Summary {
  const byStatus = Object.fromEntries(ASSESSMENT_STATUSES.map((s) => [s, 0])) as Record<AssessmentStatus, number>;
  const summary: Summary = {
    total: items.length,
    applicable: 0,
    needsInput: 0,
    unanswered: 0,
    notApplicable: 0,
    assessed: 0,
    implemented: 0,
    gaps: 0,
    contradicted: 0,
    expiredAcceptances: 0,
    orphaned: orphaned.length,
    byStatus,
  };
  for (const item of items) {
    if (item.applicability === 'not-applicable') {
      summary.notApplicable++;
      continue;
    }
    if (item.applicability === 'applicable') summary.applicable++;
    else {
      summary.needsInput++;
      if (item.status === 'not-reviewed') summary.unanswered++;
    }
    byStatus[item.status]++;
    if (item.status !== 'not-reviewed') summary.assessed++;
    if (item.applicability === 'applicable' && item.status === 'implemented') summary.implemented++;
    if (isGap(item)) summary.gaps++;
    if (item.applicability === 'applicable' && item.modelEvidence === 'contradicts') summary.contradicted++;
    if (item.applicability === 'applicable' && item.expiredAcceptances.length > 0) summary.expiredAcceptances++;
  }
  return summary;
}
