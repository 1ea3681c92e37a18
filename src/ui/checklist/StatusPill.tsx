import type { AssessmentStatus } from '../../domain/model/schema';
import { STATUS_LABELS } from '../../domain/checklist/status';

/** A status as a coloured label; the text carries the meaning, the colour only repeats it. */
export function StatusPill({ status, note }: { status: AssessmentStatus; note?: string }) {
  return (
    <span className={`status-pill status-${status}`} data-testid="status-pill" data-status={status} title={note}>
      {STATUS_LABELS[status]}
    </span>
  );
}
