/**
 * The checklist: one item per catalog recommendation, with its applicability, the components
 * it concerns, readable reasons and the saved assessment merged in. Derived, never stored.
 */
import { assessmentKey, type AssessmentEntry, type AssessmentStatus, type WorkbenchDocument } from '../model/schema';
import type { ChecklistItem, Finding, OrphanedEntry, Reason } from '../rules/types';
import { compareIds, toEngineCatalog, type CatalogSource, type EngineCatalog } from '../rules/engineCatalog';
import { componentsOfType, indexDocument } from '../rules/indexDocument';
import { worstStatus } from './status';
import { own } from '../model/ownEntry';

export interface Checklist {
  /** One item per recommendation, in catalog order. */
  items: ChecklistItem[];
  /** Saved entries that no longer count for any item, sorted by key. Kept, never dropped. */
  orphaned: OrphanedEntry[];
}

interface Grouped {
  applicable: Finding[];
  needsInput: Finding[];
}

function uniqueSorted(ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort(compareIds);
}

function typeNames(cat: EngineCatalog, types: readonly string[]): string {
  return types.map((t) => cat.componentTypes.get(t)?.name ?? t).join(' or ');
}

/** Not-applicable reasons name at most this many components. */
const MAX_NAMED = 3;

/** Why a recommendation is not applicable: per rule, the missing type or the rule's own words. */
function notApplicableReasons(recId: string, cat: EngineCatalog, document: WorkbenchDocument): Reason[] {
  const rules = cat.rulesByRecommendation.get(recId) ?? [];
  if (rules.length === 0) {
    return [{ ruleId: '', text: `${recId} is not applicable: no rule of the catalog maps a component to it` }];
  }
  const idx = indexDocument(document);
  const reasons: Reason[] = [];
  const seen = new Set<string>();
  for (const rule of rules) {
    const present = [...new Set(rule.appliesTo)].flatMap((t) => componentsOfType(idx, t));
    let text: string;
    if (present.length === 0) {
      text = `${recId} is not applicable: no component of type ${typeNames(cat, rule.appliesTo)} in the model`;
    } else {
      // Every component the rule looked at: its condition was false for each of them.
      const shown = present.slice(0, MAX_NAMED).map((c) => c.name);
      const more = present.length > MAX_NAMED ? ` and ${present.length - MAX_NAMED} more` : '';
      const why = rule.notApplicableReason ?? `the condition of rule ${rule.id} does not hold`;
      text = `${recId} is not applicable to ${shown.join(', ')}${more}: ${why}`;
    }
    if (seen.has(text)) continue;
    seen.add(text);
    reasons.push({ ruleId: rule.id, text });
  }
  return reasons;
}

/**
 * Builds the checklist from `findings` (of `evaluate(document, catalog)`).
 *
 * - applicability: `applicable` if any finding for the recommendation is applicable, else
 *   `needs-input` if any is unknown, else `not-applicable` with the reasons why.
 * - components: the applicable components (needs-input components when the item needs input),
 *   sorted by id.
 * - status: the `platform` entry's status when there is one; else the worst status over the
 *   item's components, a component without an entry counting as `not-reviewed`. A
 *   not-applicable item has status `not-applicable`.
 * - orphaned: entries for recommendations missing from the catalog, scoped to removed
 *   components, for not-applicable recommendations, or scoped to a component the item no
 *   longer concerns. An item that needs input keeps its entries: unknown is not "not applicable".
 */
export function buildChecklist(findings: readonly Finding[], document: WorkbenchDocument, catalog: CatalogSource): Checklist {
  const cat = toEngineCatalog(catalog);
  const byRec = new Map<string, Grouped>();
  for (const finding of findings) {
    for (const rec of finding.recommendations) {
      let group = byRec.get(rec);
      if (!group) {
        group = { applicable: [], needsInput: [] };
        byRec.set(rec, group);
      }
      (finding.applicability === 'applicable' ? group.applicable : group.needsInput).push(finding);
    }
  }

  const entriesByRec = new Map<string, [string, AssessmentEntry][]>();
  const orphaned: OrphanedEntry[] = [];
  for (const key of Object.keys(document.assessment).sort(compareIds)) {
    const entry = own(document.assessment, key)!;
    if (!cat.recommendations.has(entry.recommendationId)) {
      orphaned.push({ key, entry, why: 'recommendation-not-in-catalog' });
      continue;
    }
    const list = entriesByRec.get(entry.recommendationId) ?? [];
    list.push([key, entry]);
    entriesByRec.set(entry.recommendationId, list);
  }

  const items: ChecklistItem[] = [];
  for (const recId of cat.recommendationOrder) {
    const group = byRec.get(recId) ?? { applicable: [], needsInput: [] };
    const applicability = group.applicable.length > 0 ? 'applicable' : group.needsInput.length > 0 ? 'needs-input' : 'not-applicable';
    const concerned = new Set([...group.applicable, ...group.needsInput].map((f) => f.componentId));
    const components =
      applicability === 'applicable'
        ? uniqueSorted(group.applicable.map((f) => f.componentId))
        : uniqueSorted(group.needsInput.map((f) => f.componentId));
    const reasons =
      applicability === 'not-applicable'
        ? notApplicableReasons(recId, cat, document)
        : [...group.applicable, ...group.needsInput].map((f) => f.reason);

    const entries: AssessmentEntry[] = [];
    let platform: AssessmentEntry | undefined;
    const perComponent = new Map<string, AssessmentStatus>();
    for (const [key, entry] of entriesByRec.get(recId) ?? []) {
      const isPlatform = entry.scope === 'platform';
      if (!isPlatform && !Object.hasOwn(document.components, entry.scope)) {
        orphaned.push({ key, entry, why: 'component-removed' });
      } else if (applicability === 'not-applicable' || (!isPlatform && !concerned.has(entry.scope))) {
        orphaned.push({ key, entry, why: 'recommendation-not-applicable' });
      } else {
        entries.push(entry);
        if (isPlatform) platform = entry;
        else perComponent.set(entry.scope, entry.status);
      }
    }
    let status: AssessmentStatus;
    if (applicability === 'not-applicable') status = 'not-applicable';
    else if (platform) status = platform.status;
    else if (perComponent.size === 0) status = 'not-reviewed';
    else status = worstStatus([...components.map((c) => perComponent.get(c) ?? 'not-reviewed'), ...perComponent.values()]);
    items.push({ recommendationId: recId, applicability, components, reasons, status, entries });
  }
  orphaned.sort((a, b) => compareIds(a.key, b.key));
  return { items, orphaned };
}

/**
 * The status of one recommendation for one component: its own entry, else the platform entry,
 * else `not-reviewed`.
 */
export function componentStatus(document: WorkbenchDocument, recommendationId: string, componentId: string): AssessmentStatus {
  const mine = own(document.assessment, assessmentKey(recommendationId, componentId));
  if (mine && mine.recommendationId === recommendationId && mine.scope === componentId) return mine.status;
  const platform = own(document.assessment, assessmentKey(recommendationId, 'platform'));
  if (platform && platform.scope === 'platform') return platform.status;
  return 'not-reviewed';
}
