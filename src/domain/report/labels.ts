/** Words for statuses and applicability, shared by every report format. */
import type { AssessmentStatus } from '../model/schema';
import type { Applicability } from '../rules/types';
import { STATUS_LABELS } from '../checklist/statusLabels';

/** The one table of status names (domain/checklist/statusLabels.ts), under the reports' name. */
export const STATUS_LABEL: Readonly<Record<AssessmentStatus, string>> = STATUS_LABELS;

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
