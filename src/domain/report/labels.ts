/** Words for applicability and the status chart's order, shared by every report format (status names: checklist/status.ts). */
import type { AssessmentStatus } from '../model/schema';
import type { Applicability } from '../rules/types';

/** Order of the status chart: done first, then open, worst last. */
export const STATUS_CHART_ORDER: readonly AssessmentStatus[] = [
  'implemented',
  'risk-accepted',
  'not-applicable',
  'partially-implemented',
  'not-reviewed',
  'not-implemented',
];

export const APPLICABILITY_LABEL: Readonly<Record<Applicability, string>> = {
  applicable: 'Applicable',
  'needs-input': 'Needs input',
  'not-applicable': 'Not applicable',
};
