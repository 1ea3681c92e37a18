/** Words for statuses and applicability, shared by every report format. */
import type { AssessmentStatus } from '../model/schema';
import type { Applicability } from '../rules/types';

export const STATUS_LABEL: Readonly<Record<AssessmentStatus, string>> = {
  'not-reviewed': 'Not reviewed',
  implemented: 'Implemented',
  'partially-implemented': 'Partially implemented',
  'not-implemented': 'Not implemented',
  'not-applicable': 'Not applicable',
  'risk-accepted': 'Risk accepted',
};

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
