/**
 * The figures behind the assessment dashboard, derived from the engine's `Assessment`. The
 * report builds its charts from the same function, so the screen and the PDF never disagree.
 */
import { ASSESSMENT_STATUSES, type AssessmentStatus, type WorkbenchDocument } from '../model/schema';
import type { CatalogData } from '../catalog/schema';
import type { Assessment, ChecklistItem } from '../rules/types';
import { isAcceptanceExpired, isOverdue, STATUS_LABELS } from './assessmentWorkflow';
import { isGap } from './coverage';
import { own } from '../model/ownEntry';

export interface DashboardProgress {
  /** In-scope items: applicable or needs input. Not-applicable items are not counted. */
  total: number;
  /** Items whose every scope has a status other than not reviewed. */
  reviewed: number;
  /** Items assessed for some of their components but not yet for all. */
  partlyReviewed: number;
  /** `reviewed / total` in whole per cent (0 when there is nothing to review). */
  percent: number;
}

export interface StatusSlice {
  status: AssessmentStatus;
  label: string;
  count: number;
}

export interface HeatmapCell {
  baselineFunction: string;
  componentId: string;
  /** Tasks of the function the component performs or exposes. */
  tasks: string[];
  /** Applicable recommendations of the function that concern the component. */
  recommendations: string[];
  /** Of those, the ones still open for the component (its own status, else the item's). */
  openRecommendations: string[];
}

export interface Heatmap {
  rows: { id: string; name: string }[];
  columns: { id: string; name: string }[];
  /** `cells[row][column]`, `null` where the component has nothing to do with the function. */
  cells: (HeatmapCell | null)[][];
  /** Largest open count of any cell (for the colour scale); 0 when nothing is open. */
  maxOpen: number;
}

export interface ThreatSourceFigures {
  id: string;
  name: string;
  /** Threats of this source that at least one component of the model faces. */
  threatsFaced: number;
  /** Of those, threats with at least one open gap. */
  threatsWithGaps: number;
  /** Distinct open recommendations answering this source's threats, in catalog order. */
  openGaps: string[];
}

export interface TopGap {
  recommendationId: string;
  title: string;
  status: AssessmentStatus;
  baselineFunction: string | null;
  components: string[];
  /** Threats (of any source) this recommendation answers and that components face. */
  threats: string[];
}

export interface DashboardData {
  progress: DashboardProgress;
  /** One slice per status, in `ASSESSMENT_STATUSES` order, over the in-scope items. */
  statusBreakdown: StatusSlice[];
  needsInput: number;
  gaps: number;
  /** Risk acceptances past their expiry date on `today`. */
  expiredAcceptances: number;
  /** Open entries past their due date on `today`. */
  overdue: number;
  heatmap: Heatmap;
  threatSources: ThreatSourceFigures[];
  topGaps: TopGap[];
}

const GAP_SEVERITY: Partial<Record<AssessmentStatus, number>> = {
  'not-implemented': 0,
  'partially-implemented': 1,
  'not-reviewed': 2,
};

/**
 * Whether every scope of an item is reviewed: its platform entry when it has one (that status
 * stands for every component), else an entry for each of its components.
 */
export function isFullyReviewed(item: ChecklistItem): boolean {
  const platform = item.entries.find((e) => e.scope === 'platform');
  if (platform) return platform.status !== 'not-reviewed';
  if (item.components.length === 0) return false;
  // A set, not a scan per component: items on large platforms have hundreds of each.
  const reviewed = new Set(item.entries.filter((e) => e.status !== 'not-reviewed').map((e) => e.scope));
  return item.components.every((c) => reviewed.has(c));
}

/**
 * Derives the dashboard figures.
 * - progress and the status breakdown count in-scope items (applicable or needs input); the
 *   breakdown uses each item's status as the engine states it (the worst of its components);
 * - the heatmap is the engine's coverage matrix with names, rows HY-BF1..5, columns the
 *   components with applicable findings in document order;
 * - top gaps are applicable open items, worst status first (not implemented, partially,
 *   not reviewed), then by how many faced threats they answer, how many components they
 *   concern, and catalog order; at most `topGapLimit` (10).
 * `today` (`YYYY-MM-DD`, from the caller's clock) dates the expiry and overdue counts.
 */
export function buildDashboardData(
  assessment: Assessment,
  catalog: Pick<CatalogData, 'recommendations' | 'baselineFunctions' | 'threatSources'>,
  document: Pick<WorkbenchDocument, 'components'>,
  options: { today: string; topGapLimit?: number },
): DashboardData {
  const inScope = assessment.checklist.filter((i) => i.applicability !== 'not-applicable');
  let reviewed = 0;
  let partlyReviewed = 0;
  for (const item of inScope) {
    if (isFullyReviewed(item)) reviewed++;
    else if (item.entries.some((e) => e.status !== 'not-reviewed')) partlyReviewed++;
  }
  const counts = Object.fromEntries(ASSESSMENT_STATUSES.map((s) => [s, 0])) as Record<AssessmentStatus, number>;
  for (const item of inScope) counts[item.status]++;

  let expiredAcceptances = 0;
  let overdue = 0;
  for (const item of inScope) {
    for (const entry of item.entries) {
      if (isAcceptanceExpired(entry, options.today)) expiredAcceptances++;
      if (isOverdue(entry, options.today)) overdue++;
    }
  }

  const recById = new Map(catalog.recommendations.map((r) => [r.id, r]));
  const nameOf = (id: string) => own(document.components, id)?.name ?? id;
  const docOrder = new Map(Object.keys(document.components).map((id, i) => [id, i]));

  const columns = [...assessment.coverage.components]
    .sort((a, b) => (docOrder.get(a) ?? Infinity) - (docOrder.get(b) ?? Infinity))
    .map((id) => ({ id, name: nameOf(id) }));
  const bfNames = new Map(catalog.baselineFunctions.map((b) => [b.id, b.name]));
  const rows = assessment.coverage.baselineFunctions.map((id) => ({ id, name: bfNames.get(id) ?? id }));
  const recsByCell = new Map<string, string[]>();
  for (const item of assessment.checklist) {
    const bf = recById.get(item.recommendationId)?.baselineFunction;
    if (item.applicability !== 'applicable' || !bf) continue;
    for (const c of item.components) {
      const key = `${bf}|${c}`;
      const list = recsByCell.get(key);
      if (list) list.push(item.recommendationId);
      else recsByCell.set(key, [item.recommendationId]);
    }
  }
  let maxOpen = 0;
  const cells = rows.map((row) =>
    columns.map((col) => {
      const byComponent = own(assessment.coverage.cells, row.id);
      const cell = byComponent ? own(byComponent, col.id) : undefined;
      if (!cell) return null;
      maxOpen = Math.max(maxOpen, cell.openRecommendations.length);
      const recommendations = recsByCell.get(`${row.id}|${col.id}`) ?? [];
      return {
        baselineFunction: row.id,
        componentId: col.id,
        tasks: cell.tasks,
        recommendations,
        openRecommendations: cell.openRecommendations,
      };
    }),
  );

  const recOrder = new Map(catalog.recommendations.map((r, i) => [r.id, i]));
  const threatsByRec = new Map<string, Set<string>>();
  const threatSources: ThreatSourceFigures[] = assessment.threatSources.map((view) => {
    const faced = view.threats.filter((t) => t.components.length > 0);
    const open = new Set<string>();
    for (const t of faced) {
      for (const r of t.openGaps) open.add(r);
      for (const r of t.recommendations) {
        const set = threatsByRec.get(r) ?? new Set<string>();
        set.add(t.threatId);
        threatsByRec.set(r, set);
      }
    }
    return {
      id: view.threatSourceId,
      name: catalog.threatSources.find((s) => s.id === view.threatSourceId)?.name ?? view.threatSourceId,
      threatsFaced: faced.length,
      threatsWithGaps: faced.filter((t) => t.openGaps.length > 0).length,
      openGaps: [...open].sort((a, b) => (recOrder.get(a) ?? 0) - (recOrder.get(b) ?? 0)),
    };
  });

  const topGaps = assessment.checklist
    .filter(isGap)
    .map((item) => ({
      recommendationId: item.recommendationId,
      title: recById.get(item.recommendationId)?.title ?? item.recommendationId,
      status: item.status,
      baselineFunction: recById.get(item.recommendationId)?.baselineFunction ?? null,
      components: item.components,
      threats: [...(threatsByRec.get(item.recommendationId) ?? [])].sort(),
    }))
    .sort(
      (a, b) =>
        (GAP_SEVERITY[a.status] ?? 9) - (GAP_SEVERITY[b.status] ?? 9) ||
        b.threats.length - a.threats.length ||
        b.components.length - a.components.length ||
        (recOrder.get(a.recommendationId) ?? 0) - (recOrder.get(b.recommendationId) ?? 0),
    )
    .slice(0, options.topGapLimit ?? 10);

  return {
    progress: {
      total: inScope.length,
      reviewed,
      partlyReviewed,
      percent: inScope.length === 0 ? 0 : Math.floor((reviewed / inScope.length) * 100),
    },
    statusBreakdown: ASSESSMENT_STATUSES.map((status) => ({
      status,
      label: STATUS_LABELS[status],
      count: counts[status],
    })),
    needsInput: assessment.summary.needsInput,
    gaps: assessment.summary.gaps,
    expiredAcceptances,
    overdue,
    heatmap: { rows, columns, cells, maxOpen },
    threatSources,
    topGaps,
  };
}
