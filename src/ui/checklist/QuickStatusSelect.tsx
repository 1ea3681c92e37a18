import { assessmentKey, type AssessmentStatus } from '../../domain/model/schema';
import { emptyAssessmentEntry, type AssessmentScope } from '../../domain/checklist/assessmentOps';
import { validateEntry } from '../../domain/checklist/assessmentWorkflow';
import { useWorkbench } from '../../store/hooks';
import { useAssessmentActions } from './useAssessmentActions';
import { STATUS_OPTIONS } from './statusOptions';

/**
 * A status menu that applies at once when the status needs nothing more, and otherwise hands
 * the status to the caller (`onNeedsFields`) so the form can ask for the justification or the
 * approval before anything is saved.
 */
export function QuickStatusSelect({
  recommendationId,
  scope,
  status,
  label,
  onNeedsFields,
}: {
  recommendationId: string;
  scope: AssessmentScope;
  status: AssessmentStatus;
  label: string;
  onNeedsFields: (status: AssessmentStatus) => void;
}) {
  const entry = useWorkbench((s) => s.document.assessment[assessmentKey(recommendationId, scope)]);
  const { saveAssessment } = useAssessmentActions();
  const notify = useWorkbench((s) => s.notify);
  const change = (next: AssessmentStatus) => {
    const current = entry ?? emptyAssessmentEntry(recommendationId, scope, '1970-01-01T00:00:00Z');
    if (validateEntry({ ...current, status: next }).length > 0) return onNeedsFields(next);
    const result = saveAssessment(recommendationId, scope, { status: next });
    if (!result.ok) notify({ kind: 'error', text: result.message });
  };
  return (
    <select className={`status-select status-${status}`} aria-label={label} value={status} data-testid="item-status" onChange={(e) => change(e.target.value as AssessmentStatus)}>
      {STATUS_OPTIONS.map((o) => (
        <option key={o.status} value={o.status}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
