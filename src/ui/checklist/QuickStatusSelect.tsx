import { assessmentKey, type AssessmentStatus } from '../../domain/model/schema';
import { emptyAssessmentEntry, type AssessmentScope } from '../../domain/checklist/assessmentOps';
import { validateEntry } from '../../domain/checklist/assessmentWorkflow';
import { useWorkbench } from '../../store/hooks';
import { useAssessmentActions } from './useAssessmentActions';
import { STATUS_OPTIONS } from './statusOptions';
import { toDraft } from './EntryEditor';
import { own } from '../../domain/model/ownEntry';

/**
 * A status menu that applies at once when the status needs nothing more, and otherwise hands
 * the status to the caller (`onNeedsFields`) so the form can ask for the justification or the
 * approval before anything is saved. The menu and the form show one status: an unsaved draft's
 * status when there is one (the picked status goes into the draft), else the saved one.
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
  const key = assessmentKey(recommendationId, scope);
  const entry = useWorkbench((s) => own(s.document.assessment, key));
  const draft = useWorkbench((s) => own(s.assessmentDrafts, key));
  const setAssessmentDraft = useWorkbench((s) => s.setAssessmentDraft);
  const { saveAssessment } = useAssessmentActions();
  const notify = useWorkbench((s) => s.notify);
  const shown = draft?.status ?? status;
  const change = (next: AssessmentStatus) => {
    const current = entry ?? emptyAssessmentEntry(recommendationId, scope, '1970-01-01T00:00:00Z');
    // With a draft open, the status joins the draft: saving it alone would drop the typed fields' context.
    if (draft || validateEntry({ ...current, status: next }).length > 0) {
      setAssessmentDraft(key, { ...(draft ?? toDraft(current)), status: next });
      return onNeedsFields(next);
    }
    const result = saveAssessment(recommendationId, scope, { status: next });
    if (!result.ok) notify({ kind: 'error', text: result.message });
  };
  return (
    <select
      className={`status-select status-${shown}`}
      aria-label={draft ? `${label} (unsaved draft)` : label}
      value={shown}
      data-testid="item-status"
      data-draft={draft ? 'true' : undefined}
      onChange={(e) => change(e.target.value as AssessmentStatus)}
    >
      {STATUS_OPTIONS.map((o) => (
        <option key={o.status} value={o.status}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
