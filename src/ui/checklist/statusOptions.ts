import { ASSESSMENT_STATUSES } from '../../domain/model/schema';
import { STATUS_LABELS } from '../../domain/checklist/status';

/** Status choices in menu order, with their labels. */
export const STATUS_OPTIONS = ASSESSMENT_STATUSES.map((status) => ({ status, label: STATUS_LABELS[status] }));

/** Today as `YYYY-MM-DD` in UTC, the form the assessment dates are stored in. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}
