import type { AssessmentStatus } from '../../domain/model/schema';

export const ASSESSMENT_STATUS_LABEL: Record<AssessmentStatus, string> = {
  'not-reviewed': 'Not reviewed',
  implemented: 'Implemented',
  'partially-implemented': 'Partially implemented',
  'not-implemented': 'Not implemented',
  'not-applicable': 'Not applicable',
  'risk-accepted': 'Risk accepted',
};
