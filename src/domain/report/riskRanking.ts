/**
 * Ranks open gaps for the action plan. The score is deliberately simple and explainable
 * (likelihood x impact, 1..9), because auditors must be able to retrace it:
 * - likelihood from the status: not implemented 3, not reviewed 2, partially implemented 1;
 * - impact from what the recommendation counters: 1 + the number of distinct platform
 *   threats (kind `platform-threat`, the HYP-T* of the catalog) its threats reach through
 *   `leadsTo`, capped at 3.
 * Level: high >= 6, medium >= 3, low otherwise. Ties: more components first, then catalog order.
 */
import type { AssessmentStatus } from '../model/schema';
import type { EngineCatalog } from '../rules/engineCatalog';
import type { RiskLevel } from './reportModel';

const LIKELIHOOD: Partial<Record<AssessmentStatus, number>> = {
  'not-implemented': 3,
  'not-reviewed': 2,
  'partially-implemented': 1,
};

/** The platform threats (HYP-T*) reached from `threatIds`, directly or through `leadsTo`. */
export function platformThreatsReached(cat: EngineCatalog, threatIds: readonly string[]): string[] {
  const seen = new Set<string>();
  const out = new Set<string>();
  const stack = [...threatIds];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const threat = cat.threats.get(id);
    if (!threat) continue;
    if (threat.kind === 'platform-threat') out.add(id);
    stack.push(...threat.leadsTo);
  }
  return [...out].sort();
}

/**
 * Risk of an open gap with `status` whose recommendation names `threatIds`. Returns
 * undefined for statuses that are not open (implemented, risk accepted, not applicable).
 */
export function scoreGap(
  cat: EngineCatalog,
  status: AssessmentStatus,
  threatIds: readonly string[],
): { level: RiskLevel; score: number; platformThreats: string[] } | undefined {
  const likelihood = LIKELIHOOD[status];
  if (likelihood === undefined) return undefined;
  const platformThreats = platformThreatsReached(cat, threatIds);
  const impact = Math.min(3, 1 + platformThreats.length);
  const score = likelihood * impact;
  const level: RiskLevel = score >= 6 ? 'high' : score >= 3 ? 'medium' : 'low';
  return { level, score, platformThreats };
}
