/**
 * The checklist: one item per catalog recommendation, with its applicability, the components
 * it concerns, readable reasons and the saved assessment merged in. Derived, never stored.
 */
import { assessmentKey, type AssessmentEntry, type AssessmentStatus, type WorkbenchDocument } from '../model/schema';
import type {
  Applicability,
  ChecklistItem,
  ExplicitNo,
  Finding,
  ModelEvidence,
  OrphanedEntry,
  Reason,
} from '../rules/types';
import { explicitAnswers } from '../rules/evaluate';
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

const ANSWER_HOW = 'draw it, or assess the item as not applicable with a justification';

/**
 * An item no rule fired for. It is not applicable only when the model states so: a rule of
 * the item was evaluated on a drawn component and a stated attribute made it false. When
 * nothing was said (the parts are simply not drawn) it needs input, with the question to answer.
 */
function unmatchedItem(
  recId: string,
  cat: EngineCatalog,
  document: WorkbenchDocument,
  answers: ReadonlyMap<string, readonly ExplicitNo[]>,
): { applicability: Applicability; reasons: Reason[] } {
  const rules = cat.rulesByRecommendation.get(recId) ?? [];
  if (rules.length === 0) {
    return {
      applicability: 'not-applicable',
      reasons: [{ ruleId: '', text: `${recId} is not applicable: no rule of the catalog maps a component to it` }],
    };
  }
  const stated = rules.flatMap((rule) => answers.get(rule.id) ?? []);
  if (stated.length > 0) {
    const sorted = [...stated].sort(
      (a, b) => compareIds(a.componentId, b.componentId) || compareIds(a.ruleId, b.ruleId),
    );
    return {
      applicability: 'not-applicable',
      reasons: sorted.map((a) => ({ ruleId: a.ruleId, componentId: a.componentId, text: a.text })),
    };
  }
  const idx = indexDocument(document);
  const reasons: Reason[] = [];
  const seen = new Set<string>();
  for (const rule of rules) {
    const present = [...new Set(rule.appliesTo)].flatMap((t) => componentsOfType(idx, t));
    let question: string;
    if (present.length === 0) {
      question =
        rule.question ??
        `No ${typeNames(cat, rule.appliesTo)} is drawn. Does the platform have one? If so, ${ANSWER_HOW}.`;
    } else {
      const shown = present.slice(0, MAX_NAMED).map((c) => c.name);
      const more = present.length > MAX_NAMED ? ` and ${present.length - MAX_NAMED} more` : '';
      const why = rule.notApplicableReason ?? `the condition of rule ${rule.id} does not hold`;
      question = `${why} for ${shown.join(', ')}${more}, but only because the model does not show it. If it does apply, ${ANSWER_HOW}.`;
    }
    const text = `${recId} needs input: ${question}`;
    if (seen.has(text)) continue;
    seen.add(text);
    reasons.push({ ruleId: rule.id, text, question, missing: [] });
  }
  return { applicability: 'needs-input', reasons };
}

/** Contradictions first, then by component and verdict id. */
function byVerdictOrder(a: ModelEvidence, b: ModelEvidence): number {
  if (a.verdict !== b.verdict) return a.verdict === 'contradicts' ? -1 : 1;
  return compareIds(a.componentId, b.componentId) || compareIds(a.verdictId, b.verdictId);
}

export interface ChecklistOptions {
  /** The model's verdict records (`evaluateVerdicts`); none when absent. */
  evidence?: readonly ModelEvidence[];
  /** The assessment date, YYYY-MM-DD: risk acceptances that expire before it are gaps again. */
  asOf?: string | null;
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
 *   Entries of a pack the project removed (`document.removedPacks`) are neither: left out.
 */
/** The pack id of a namespaced pack item (`<pack>.<local>`); empty for a core id. */
const packPrefix = (recommendationId: string) => {
  const dot = recommendationId.indexOf('.');
  return dot > 0 ? recommendationId.slice(0, dot) : '';
};

export function buildChecklist(
  findings: readonly Finding[],
  document: WorkbenchDocument,
  catalog: CatalogSource,
  options: ChecklistOptions = {},
): Checklist {
  const cat = toEngineCatalog(catalog);
  const answers = explicitAnswers(findings);
  const asOf = options.asOf ?? null;
  const evidenceByRec = new Map<string, ModelEvidence[]>();
  for (const record of options.evidence ?? []) {
    const list = evidenceByRec.get(record.recommendationId) ?? [];
    list.push(record);
    evidenceByRec.set(record.recommendationId, list);
  }
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
  const setAside = new Set(document.removedPacks ?? []);
  for (const key of Object.keys(document.assessment).sort(compareIds)) {
    const entry = own(document.assessment, key)!;
    if (!cat.recommendations.has(entry.recommendationId)) {
      // An item of a pack this project removed is set aside, not orphaned: the entry waits,
      // unchanged and unlisted, until the pack is added back (issue 19).
      if (setAside.size > 0 && setAside.has(packPrefix(entry.recommendationId))) continue;
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
    const unmatched =
      group.applicable.length + group.needsInput.length === 0 ? unmatchedItem(recId, cat, document, answers) : null;
    const applicability: Applicability =
      group.applicable.length > 0
        ? 'applicable'
        : group.needsInput.length > 0
          ? 'needs-input'
          : unmatched!.applicability;
    const concerned = new Set([...group.applicable, ...group.needsInput].map((f) => f.componentId));
    const components =
      applicability === 'applicable'
        ? uniqueSorted(group.applicable.map((f) => f.componentId))
        : uniqueSorted(group.needsInput.map((f) => f.componentId));
    const reasons = unmatched ? unmatched.reasons : [...group.applicable, ...group.needsInput].map((f) => f.reason);

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
    else
      status = worstStatus([...components.map((c) => perComponent.get(c) ?? 'not-reviewed'), ...perComponent.values()]);
    const evidence =
      applicability === 'not-applicable' ? [] : [...(evidenceByRec.get(recId) ?? [])].sort(byVerdictOrder);
    const modelEvidence = evidence[0]?.verdict ?? 'none';
    const expiredAcceptances = entries
      .filter((e) => e.status === 'risk-accepted' && asOf !== null && e.expiresAt !== '' && e.expiresAt < asOf)
      .map((e) => e.scope)
      .sort(compareIds);
    const tailoring = document.tailoring ? own(document.tailoring, recId) : undefined;
    items.push({
      recommendationId: recId,
      applicability,
      components,
      reasons,
      status,
      entries,
      modelEvidence,
      evidence,
      expiredAcceptances,
      ...(tailoring ? { tailoring } : {}),
    });
  }
  orphaned.sort((a, b) => compareIds(a.key, b.key));
  return { items, orphaned };
}

/**
 * The status of one recommendation for one component: its own entry, else the platform entry,
 * else `not-reviewed`.
 */
export function componentStatus(
  document: WorkbenchDocument,
  recommendationId: string,
  componentId: string,
): AssessmentStatus {
  const mine = own(document.assessment, assessmentKey(recommendationId, componentId));
  if (mine && mine.recommendationId === recommendationId && mine.scope === componentId) return mine.status;
  const platform = own(document.assessment, assessmentKey(recommendationId, 'platform'));
  if (platform && platform.scope === 'platform') return platform.status;
  return 'not-reviewed';
}
