/**
 * Why each item of a pack fired or not on a model: per rule and verdict of the pack, every
 * drawn component of its types with the condition's value and the attributes that decided it
 * (through the engine's own `evaluateCondition`, so the explanation is the engine's reading),
 * then the checklist result of each item. Crosswalk entries explain the item they annotate.
 */
import type { WorkbenchDocument } from '../model/schema';
import type { Assessment } from '../rules/types';
import { evaluateCondition } from '../rules/evaluate';
import { componentsOfType, indexDocument } from '../rules/indexDocument';
import { toEngineCatalog } from '../rules/engineCatalog';
import type { AppliedPack, PackedCatalog } from './applyPacks';

export type ConditionOutcome = 'holds' | 'does not hold' | 'unknown' | 'no condition';

export interface ExplainedCheck {
  /** Rule or verdict id (namespaced). */
  id: string;
  kind: 'rule' | 'verdict';
  componentId: string;
  componentName: string;
  componentType: string;
  outcome: ConditionOutcome;
  /** The leaves that decided it, as the engine describes them (component, attribute = value). */
  why: string[];
}

export interface ExplainedItem {
  id: string;
  title: string;
  kind: 'recommendation' | 'crosswalk';
  applicability: string;
  status: string;
  modelEvidence: string;
  reasons: string[];
  checks: ExplainedCheck[];
  /** Checks that could not run because nothing of the types is drawn. */
  notDrawn: string[];
  crosswalk: string[];
}

export function explainPack(
  applied: AppliedPack,
  document: WorkbenchDocument,
  catalog: PackedCatalog,
  assessment: Assessment,
): ExplainedItem[] {
  const cat = toEngineCatalog(catalog);
  const idx = indexDocument(document);
  const typeName = (t: string) => cat.componentTypes.get(t)?.name ?? t;

  const check = (
    id: string,
    kind: 'rule' | 'verdict',
    appliesTo: readonly string[],
    when: Parameters<typeof evaluateCondition>[0] | undefined,
  ) => {
    const checks: ExplainedCheck[] = [];
    const types = [...new Set(appliesTo)];
    for (const component of types.flatMap((t) => componentsOfType(idx, t))) {
      const base = {
        id,
        kind,
        componentId: component.id,
        componentName: component.name,
        componentType: component.type,
      };
      if (!when) {
        checks.push({ ...base, outcome: 'no condition', why: [`${component.name} is a ${typeName(component.type)}`] });
        continue;
      }
      const r = evaluateCondition(when, component.id, document, catalog);
      const outcome: ConditionOutcome = r.value === true ? 'holds' : r.value === false ? 'does not hold' : 'unknown';
      checks.push({ ...base, outcome, why: r.value === null ? [...r.missingText, ...r.trace] : r.trace });
    }
    const notDrawn = checks.length === 0 ? [`${id}: no ${types.map(typeName).join(' or ')} is drawn`] : [];
    return { checks, notDrawn };
  };

  const items: ExplainedItem[] = [];
  const crosswalkText = (itemId: string) =>
    applied.crosswalks
      .filter((c) => c.item === itemId)
      .flatMap((c) => c.targets.map((t) => `${t.scheme} ${t.id}${t.title ? ` ${t.title}` : ''} (${t.basis})`));
  const resultOf = (itemId: string) => {
    const item = assessment.checklist.find((i) => i.recommendationId === itemId);
    return {
      applicability: item?.applicability ?? 'unknown',
      status: item?.status ?? 'not-reviewed',
      modelEvidence: item?.modelEvidence ?? 'none',
      reasons: [...(item?.reasons.map((r) => r.text) ?? []), ...new Set(item?.evidence.map((e) => e.text) ?? [])],
    };
  };

  for (const recId of applied.recommendationIds) {
    const rec = cat.recommendations.get(recId);
    const checks: ExplainedCheck[] = [];
    const notDrawn: string[] = [];
    for (const rule of catalog.rules.filter(
      (r) => applied.ruleIds.includes(r.id) && r.recommendations.includes(recId),
    )) {
      const c = check(rule.id, 'rule', rule.appliesTo, rule.when);
      checks.push(...c.checks);
      notDrawn.push(...c.notDrawn);
    }
    for (const verdict of catalog.verdicts.filter(
      (v) => applied.verdictIds.includes(v.id) && v.recommendations.includes(recId),
    )) {
      const c = check(verdict.id, 'verdict', verdict.appliesTo, verdict.when);
      checks.push(...c.checks);
      notDrawn.push(...c.notDrawn);
    }
    items.push({
      id: recId,
      title: rec?.title ?? recId,
      kind: 'recommendation',
      ...resultOf(recId),
      checks,
      notDrawn,
      crosswalk: crosswalkText(recId),
    });
  }
  // Crosswalks on core items: the core item's own result, which the pack annotates.
  for (const itemId of [...new Set(applied.crosswalks.map((c) => c.item))].filter(
    (id) => !applied.recommendationIds.includes(id),
  )) {
    items.push({
      id: itemId,
      title: cat.recommendations.get(itemId)?.title ?? itemId,
      kind: 'crosswalk',
      ...resultOf(itemId),
      checks: [],
      notDrawn: [],
      crosswalk: crosswalkText(itemId),
    });
  }
  return items;
}

const OUTCOME_TEXT: Record<ConditionOutcome, string> = {
  holds: 'fired',
  'does not hold': 'did not fire',
  unknown: 'needs input',
  'no condition': 'fired (no condition)',
};

/** Plain-text rendering for `htw pack explain`. */
export function explanationToText(applied: AppliedPack, items: readonly ExplainedItem[]): string {
  const lines = [`Pack ${applied.id} ${applied.version}: ${applied.title} (${applied.publisher})`, ''];
  for (const item of items) {
    lines.push(`${item.id} ${item.title}${item.kind === 'crosswalk' ? ' [core item, crosswalk only]' : ''}`);
    lines.push(`  result: ${item.applicability}; status ${item.status}; model evidence ${item.modelEvidence}`);
    for (const c of item.checks) {
      const verb =
        c.kind === 'verdict'
          ? c.outcome === 'holds'
            ? 'stated'
            : c.outcome === 'unknown'
              ? 'unknown'
              : 'not stated'
          : OUTCOME_TEXT[c.outcome];
      lines.push(`  ${c.kind} ${c.id} on ${c.componentName} (${c.componentType}): ${verb}`);
      for (const w of c.why) lines.push(`    - ${w}`);
    }
    for (const n of item.notDrawn) lines.push(`  ${n}`);
    for (const r of item.reasons) lines.push(`  reason: ${r}`);
    if (item.crosswalk.length > 0) lines.push(`  crosswalk: ${item.crosswalk.join('; ')}`);
    lines.push('');
  }
  return lines.join('\n');
}
