import { useEffect, useId, useRef, useState } from 'react';
import { LIMITS, assessmentKey, type AssessmentEntry, type AssessmentStatus } from '../../domain/model/schema';
import { emptyAssessmentEntry, type AssessmentScope } from '../../domain/checklist/assessmentOps';
import {
  isAcceptanceExpired,
  requiredFields,
  validateEntry,
  type EntryField,
  type EntryProblem,
} from '../../domain/checklist/assessmentWorkflow';
import { useWorkbench } from '../../store/hooks';
import { TextLimit } from '../shared/TextLimit';
import { useAssessmentActions } from './useAssessmentActions';
import { STATUS_OPTIONS, todayIso } from './statusOptions';
import { own } from '../../domain/model/ownEntry';

type Draft = Pick<AssessmentEntry, EntryField>;

export const DRAFT_FIELDS: EntryField[] = [
  'status',
  'justification',
  'approver',
  'approvedAt',
  'expiresAt',
  'owner',
  'dueDate',
  'verifiedBy',
  'verifiedAt',
  'comments',
];

export function toDraft(entry: AssessmentEntry, status?: AssessmentStatus): Draft {
  const draft = Object.fromEntries(DRAFT_FIELDS.map((f) => [f, entry[f]])) as Draft;
  return status ? { ...draft, status } : draft;
}

/** A signature of the editable fields: the editor restarts its draft when the saved entry changes (save, undo). */
export function entrySignature(entry: AssessmentEntry | undefined): string {
  return entry ? JSON.stringify(DRAFT_FIELDS.map((f) => entry[f])) : 'new';
}

/**
 * The assessor's record for one scope, edited as a draft and saved as one undo step. The
 * domain validates the whole entry on save; problems are shown next to their fields and
 * nothing is stored until they are fixed. The draft lives in the store (`assessmentDrafts`,
 * kept per project across reloads), not in this form: collapsing the item, switching tab,
 * adding evidence or a refused save never discards what was typed.
 */
export function EntryEditor({
  recommendationId,
  scope,
  entry,
  initialStatus,
  onDone,
}: {
  recommendationId: string;
  scope: AssessmentScope;
  entry: AssessmentEntry | undefined;
  /** A status picked elsewhere that needs more fields: the draft starts with it and shows what is missing. */
  initialStatus?: AssessmentStatus;
  onDone?: () => void;
}) {
  const { saveAssessment } = useAssessmentActions();
  const readOnly = useWorkbench((s) => s.readOnly);
  const base = entry ?? emptyAssessmentEntry(recommendationId, scope, '1970-01-01T00:00:00Z');
  const key = assessmentKey(recommendationId, scope);
  const stored = useWorkbench((s) => own(s.assessmentDrafts, key));
  const setAssessmentDraft = useWorkbench((s) => s.setAssessmentDraft);
  // A status picked in the row menu is already in the stored draft (`QuickStatusSelect`).
  const draft: Draft = stored ?? toDraft(base);
  const setDraft = (next: Draft) => {
    // A draft equal to the saved entry is no draft: nothing is left to lose.
    setAssessmentDraft(key, DRAFT_FIELDS.some((f) => next[f] !== base[f]) ? next : null);
  };
  const [problems, setProblems] = useState<EntryProblem[]>(() => (initialStatus ? validateEntry(draft) : []));
  const notify = useWorkbench((s) => s.notify);
  const formRef = useRef<HTMLFormElement>(null);
  const uid = useId();
  const dirty = DRAFT_FIELDS.some((f) => draft[f] !== base[f]);

  useEffect(() => {
    // A status that needs fields was just picked: put the cursor in the first one to fill.
    if (!initialStatus) return;
    const first = requiredFields(initialStatus).find((f) => draft[f].trim() === '');
    if (first) formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
    // Only on mount (empty dependencies): later edits must not move the cursor.
  }, []);

  const set = (field: EntryField, value: string) => {
    setDraft({ ...draft, [field]: value });
    if (problems.length > 0) setProblems(validateEntry({ ...draft, [field]: value }));
  };

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const found = validateEntry(draft);
    setProblems(found);
    if (found.length > 0) {
      formRef.current?.querySelector<HTMLElement>(`[name="${found[0]!.field}"]`)?.focus();
      return;
    }
    const result = saveAssessment(recommendationId, scope, draft);
    if (!result.ok) {
      setProblems(result.problems.length > 0 ? result.problems : [{ field: 'status', message: result.message }]);
      return;
    }
    setAssessmentDraft(key, null);
    notify({ kind: 'info', text: `Assessment of ${recommendationId} saved.` });
    onDone?.();
  };

  const required = new Set(requiredFields(draft.status));
  const problemOf = (field: EntryField) => problems.filter((p) => p.field === field);
  const field = (name: EntryField, label: string, kind: 'text' | 'date' | 'textarea') => {
    const id = `${uid}-${name}`;
    const own = problemOf(name);
    const common = {
      id,
      name,
      value: draft[name],
      'aria-invalid': own.length > 0,
      'aria-required': required.has(name),
      'aria-describedby': own.length > 0 ? `${id}-error` : undefined,
    };
    return (
      <div className={`field entry-field entry-${name}`} data-field={name}>
        <label htmlFor={id}>
          {label}
          {required.has(name) && <span className="required-mark"> (required)</span>}
        </label>
        {kind === 'textarea' ? (
          <>
            <textarea {...common} rows={2} maxLength={LIMITS.notes} onChange={(e) => set(name, e.target.value)} />
            <TextLimit value={draft[name]} max={LIMITS.notes} />
          </>
        ) : (
          <input
            {...common}
            type={kind}
            maxLength={kind === 'text' ? LIMITS.name : undefined}
            onChange={(e) => set(name, e.target.value)}
          />
        )}
        {own.length > 0 && (
          <small className="field-error" id={`${id}-error`} role="alert">
            {own.map((p) => p.message).join(' ')}
          </small>
        )}
      </div>
    );
  };

  const expired = isAcceptanceExpired(base, todayIso());
  return (
    <form
      ref={formRef}
      className="entry-editor"
      onSubmit={submit}
      aria-label={`Assessment of ${recommendationId}`}
      noValidate
    >
      <fieldset disabled={readOnly}>
        <div className="field entry-field" data-field="status">
          <label htmlFor={`${uid}-status`}>Status</label>
          <select
            id={`${uid}-status`}
            name="status"
            value={draft.status}
            onChange={(e) => set('status', e.target.value)}
            data-testid="entry-status"
          >
            {STATUS_OPTIONS.map((o) => (
              <option key={o.status} value={o.status}>
                {o.label}
              </option>
            ))}
          </select>
          {problemOf('status').length > 0 && (
            <small className="field-error" role="alert">
              {problemOf('status')
                .map((p) => p.message)
                .join(' ')}
            </small>
          )}
        </div>
        {(draft.status === 'not-applicable' || draft.status === 'risk-accepted' || draft.justification !== '') &&
          field(
            'justification',
            draft.status === 'risk-accepted' ? 'Justification (risk and why it is accepted)' : 'Justification',
            'textarea',
          )}
        {(draft.status === 'risk-accepted' ||
          draft.approver !== '' ||
          draft.approvedAt !== '' ||
          draft.expiresAt !== '') && (
          <div className="entry-row">
            {field('approver', 'Approver', 'text')}
            {field('approvedAt', 'Approved on', 'date')}
            {field('expiresAt', 'Expires on', 'date')}
          </div>
        )}
        {expired && <p className="field-error">This risk acceptance has expired: decide again or renew it.</p>}
        <div className="entry-row">
          {field('owner', 'Owner', 'text')}
          {field('dueDate', 'Due date', 'date')}
        </div>
        <div className="entry-row">
          {field('verifiedBy', 'Verified by', 'text')}
          {field('verifiedAt', 'Verified on', 'date')}
        </div>
        {field('comments', 'Comments', 'textarea')}
        <div className="entry-actions">
          <button type="submit" className="primary-button" disabled={!dirty}>
            Save assessment
          </button>
          {dirty && (
            <span className="draft-note" data-testid="draft-note">
              Unsaved changes (kept as a draft)
            </span>
          )}
          {dirty && (
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setAssessmentDraft(key, null);
                setProblems([]);
                onDone?.();
              }}
            >
              Discard changes
            </button>
          )}
        </div>
      </fieldset>
    </form>
  );
}
