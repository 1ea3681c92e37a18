/**
 * Filtering, searching and grouping of checklist items for the checklist view and for the
 * dashboard's "open the items behind this" links. Pure: the same (items, filter, context)
 * always gives the same groups, so the view and its tests agree.
 */
import type { WorkbenchDocument } from '../model/schema';
import type { CatalogData } from '../catalog/schema';
import type { ChecklistItem, ThreatSourceView } from '../rules/types';
import { isGap } from './coverage';
import { EMPTY_FILTER, type ChecklistFilter, type ChecklistGrouping } from './checklistFilterDefaults';
import { own } from '../model/ownEntry';
import { packsOf } from '../packs/applyPacks';

// The filter's shape and defaults live apart so the first page can use them without this module.

/** Key of the group of items without a baseline function. */
export const NO_FUNCTION = 'none';

/** What filtering and grouping need besides the items. */
export interface ChecklistContext {
  catalog: Pick<CatalogData, 'recommendations' | 'baselineFunctions' | 'threatSources'>;
  document: Pick<WorkbenchDocument, 'components'>;
  threatSources: readonly ThreatSourceView[];
}

/** recommendation id -> the threat sources whose threats it answers (per the derived view). */
export function sourcesByRecommendation(views: readonly ThreatSourceView[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const view of views) {
    for (const threat of view.threats) {
      for (const rec of threat.recommendations) {
        let set = out.get(rec);
        if (!set) {
          set = new Set();
          out.set(rec, set);
        }
        set.add(view.threatSourceId);
      }
    }
  }
  return out;
}

function functionOf(ctx: ChecklistContext, recommendationId: string): string {
  return ctx.catalog.recommendations.find((r) => r.id === recommendationId)?.baselineFunction ?? NO_FUNCTION;
}

/** Text an item is searched by: ids, our wording, component names and the assessor's own notes. */
function searchText(item: ChecklistItem, ctx: ChecklistContext): string {
  const rec = ctx.catalog.recommendations.find((r) => r.id === item.recommendationId);
  const parts = [item.recommendationId, rec?.title ?? '', rec?.requirement ?? '', rec?.section ?? ''];
  for (const id of item.components) parts.push(id, own(ctx.document.components, id)?.name ?? '');
  for (const e of item.entries) {
    parts.push(e.owner, e.justification, e.comments, e.approver, e.verifiedBy);
    for (const ev of e.evidence) parts.push(ev.text);
  }
  return parts.join('\n').toLowerCase();
}

/** The items that pass `filter`, in their original (catalog) order. */
export function filterChecklist(
  items: readonly ChecklistItem[],
  filter: ChecklistFilter,
  ctx: ChecklistContext,
): ChecklistItem[] {
  const bySource = filter.threatSourceId ? sourcesByRecommendation(ctx.threatSources) : undefined;
  const needle = filter.text.trim().toLowerCase();
  const pinned = filter.recommendationIds ? new Set(filter.recommendationIds) : undefined;
  return items.filter((item) => {
    if (pinned && !pinned.has(item.recommendationId)) return false;
    if (filter.applicability === 'in-scope' && item.applicability === 'not-applicable') return false;
    if (
      filter.applicability !== 'in-scope' &&
      filter.applicability !== 'all' &&
      item.applicability !== filter.applicability
    )
      return false;
    if (filter.statuses.length > 0 && !filter.statuses.includes(item.status)) return false;
    if (filter.gapsOnly && !isGap(item)) return false;
    if (filter.baselineFunction && functionOf(ctx, item.recommendationId) !== filter.baselineFunction) return false;
    if (filter.componentId && !item.components.includes(filter.componentId)) return false;
    if (bySource && filter.threatSourceId && !bySource.get(item.recommendationId)?.has(filter.threatSourceId))
      return false;
    if (needle && !searchText(item, ctx).includes(needle)) return false;
    return true;
  });
}

/** Whether `filter` narrows anything (to show a "clear filters" control). */
export function isFiltering(filter: ChecklistFilter): boolean {
  return (
    filter.applicability !== EMPTY_FILTER.applicability ||
    filter.statuses.length > 0 ||
    filter.baselineFunction !== null ||
    filter.componentId !== null ||
    filter.threatSourceId !== null ||
    filter.gapsOnly ||
    filter.text.trim() !== '' ||
    filter.recommendationIds !== null
  );
}

export interface ChecklistGroup {
  key: string;
  label: string;
  items: ChecklistItem[];
}

/**
 * Groups items for display. By function: HY-BF1..5 in catalog order, then the items without a
 * function. By component: one group per component the items concern (an item shows under each
 * of them), in document order, then "Whole platform" for items that name none. By threat
 * source: HY-TS1..3, then "No threat source" for the rest. Empty groups are left out.
 */
export function groupChecklist(
  items: readonly ChecklistItem[],
  grouping: ChecklistGrouping,
  ctx: ChecklistContext,
): ChecklistGroup[] {
  const groups = new Map<string, ChecklistGroup>();
  const add = (key: string, label: string, item: ChecklistItem) => {
    let group = groups.get(key);
    if (!group) {
      group = { key, label, items: [] };
      groups.set(key, group);
    }
    group.items.push(item);
  };
  const order: { key: string; label: string }[] = [];
  if (grouping === 'function') {
    for (const bf of ctx.catalog.baselineFunctions) order.push({ key: bf.id, label: `${bf.id} · ${bf.name}` });
    // A pack's items without a function get a group named by the pack (bundled or installed).
    const packs = packsOf(ctx.catalog);
    for (const p of packs) order.push({ key: `pack:${p.id}`, label: p.title });
    order.push({ key: NO_FUNCTION, label: 'No baseline function (platform integrity)' });
    const packGroup = new Map(packs.flatMap((p) => p.recommendationIds.map((id) => [id, `pack:${p.id}`] as const)));
    for (const item of items) {
      const fn = functionOf(ctx, item.recommendationId);
      add(fn === NO_FUNCTION ? (packGroup.get(item.recommendationId) ?? fn) : fn, '', item);
    }
  } else if (grouping === 'component') {
    for (const [id, c] of Object.entries(ctx.document.components)) order.push({ key: id, label: c.name });
    order.push({ key: '', label: 'Whole platform' });
    for (const item of items) {
      if (item.components.length === 0) add('', '', item);
      for (const c of item.components) add(c, '', item);
    }
  } else {
    const bySource = sourcesByRecommendation(ctx.threatSources);
    for (const ts of ctx.catalog.threatSources) order.push({ key: ts.id, label: `${ts.id} · ${ts.name}` });
    order.push({ key: '', label: 'No threat source' });
    for (const item of items) {
      const sources = [...(bySource.get(item.recommendationId) ?? [])];
      if (sources.length === 0) add('', '', item);
      for (const s of sources) add(s, '', item);
    }
  }
  const out: ChecklistGroup[] = [];
  for (const { key, label } of order) {
    const group = groups.get(key);
    if (group) out.push({ ...group, label });
  }
  return out;
}
