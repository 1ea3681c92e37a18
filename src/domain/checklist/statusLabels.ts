/**
 * Status names as people read them. Their own module because the first page needs them
 * without the workflow rules (`assessmentWorkflow.ts` re-exports them).
 */
import type { AssessmentStatus } from '../model/schema';

/** Status names as people read them (UI, report, CSV). */
export const STATUS_LABELS: Record<AssessmentStatus, string> = {
  'not-reviewed': 'Not reviewed',
  implemented: 'Implemented',
  'partially-implemented': 'Partially implemented',
  'not-implemented': 'Not implemented',
  'not-applicable': 'Not applicable',
  'risk-accepted': 'Risk accepted',
};
