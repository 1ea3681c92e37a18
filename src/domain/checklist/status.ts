/**
 * The one status module: how statuses read, rank and whether they leave a gap. Shared by the
 * checklist, coverage, summary, reports, workshop and UI. Light on purpose (no workflow rules),
 * because the first page imports it.
 */
import type { AssessmentStatus } from '../model/schema';

/** Status names as people read them (UI, report, CSV, workshop). */
export const STATUS_LABELS: Readonly<Record<AssessmentStatus, string>> = {
  'not-reviewed': 'Not reviewed',
  implemented: 'Implemented',
  'partially-implemented': 'Partially implemented',
  'not-implemented': 'Not implemented',
  'not-applicable': 'Not applicable',
  'risk-accepted': 'Risk accepted',
};

/**
 * Worst first. `not-reviewed` ranks just below `not-implemented`: an unreviewed item may
 * well be unimplemented, so it must never look better than a partial implementation.
 */
const SEVERITY: Record<AssessmentStatus, number> = {
  'not-implemented': 0,
  'not-reviewed': 1,
  'partially-implemented': 2,
  'risk-accepted': 3,
  'not-applicable': 4,
  implemented: 5,
};

/** The worst of `statuses`, or `not-reviewed` when there are none. */
export function worstStatus(statuses: Iterable<AssessmentStatus>): AssessmentStatus {
  let worst: AssessmentStatus | undefined;
  for (const s of statuses) if (worst === undefined || SEVERITY[s] < SEVERITY[worst]) worst = s;
  return worst ?? 'not-reviewed';
}

/**
 * Whether a status leaves an applicable recommendation open (a gap): anything but
 * `implemented`, `risk-accepted` or an assessor's `not-applicable`. `not-reviewed` is open:
 * nothing unreviewed ever counts as passed.
 */
export function isOpenStatus(status: AssessmentStatus): boolean {
  return status === 'not-implemented' || status === 'partially-implemented' || status === 'not-reviewed';
}
