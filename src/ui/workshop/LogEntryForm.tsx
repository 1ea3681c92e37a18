import { useState } from 'react';
import { useWorkbench } from '../../store/hooks';
import { useWorkshopActions } from './useWorkshopActions';
import { TextLimit } from '../shared/TextLimit';
import {
  LIMITS,
  ASSESSMENT_STATUSES,
  type AssessmentStatus,
  type Workshop,
  type WorkshopLogEntry,
} from '../../domain/model/schema';
import { KIND_LABEL, ROLE_LABEL, STATUS_LABELS } from './labels';
import { decisionProblems, type NewLogEntry } from '../../domain/workshop/workshopOps';
import { own } from '../../domain/model/ownEntry';
import { useLive } from '../live/liveContext';

/** Who records by default: the scribe, else the facilitator. */
function defaultRecorder(workshop: Workshop): string {
  const people = Object.values(workshop.participants);
  return (
    (people.find((p) => p.role === 'scribe') ?? people.find((p) => p.role === 'facilitator') ?? people[0])?.id ?? ''
  );
}

/**
 * Records a decision (a status for the current item, which goes to the checklist), an action
 * or an open question, with who said it. A participant of a live session proposes decisions
 * instead (the facilitator accepts or rejects them, live/ProposalList).
 */
export function LogEntryForm({
  workshop,
  disabled,
  proposesDecisions = false,
}: {
  workshop: Workshop;
  disabled: boolean;
  proposesDecisions?: boolean;
}) {
  const { recordWorkshopEntry: record } = useWorkshopActions();
  const { live } = useLive();
  const document = useWorkbench((s) => s.document);
  const [kind, setKind] = useState<WorkshopLogEntry['kind']>('decision');
  const [status, setStatus] = useState<AssessmentStatus | ''>('');
  const [text, setText] = useState('');
  const [owner, setOwner] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [approver, setApprover] = useState('');
  const [expiresAt, setExpiresAt] = useState('');
  const [by, setBy] = useState(() => defaultRecorder(workshop));
  const itemId = workshop.currentItemId;
  const entry: Omit<NewLogEntry, 'id'> = {
    kind,
    text,
    by,
    ...(itemId ? { itemId } : {}),
    ...(kind === 'decision' && status ? { status } : {}),
    ...(kind !== 'question' && owner.trim() ? { owner } : {}),
    ...(kind !== 'question' && dueDate ? { dueDate } : {}),
    ...(kind === 'decision' && status === 'risk-accepted' ? { approver, expiresAt } : {}),
  };
  const proposing = proposesDecisions && kind === 'decision';
  // The checklist's workflow rules, checked as the user types (the domain refuses the same);
  // a proposal is checked when the facilitator accepts it.
  const problems = proposing
    ? []
    : decisionProblems(document, workshop.id, { ...entry, id: 'draft' }, new Date().toISOString());
  const hasContent = text.trim() !== '' || (kind === 'decision' && status !== '' && !!itemId);
  const canRecord = proposing
    ? !disabled && !!live && hasContent
    : !disabled && !!own(workshop.participants, by) && problems.length === 0 && hasContent;

  return (
    <form
      className="ws-card ws-log-form"
      aria-label="Record in the decision log"
      onSubmit={(e) => {
        e.preventDefault();
        if (!canRecord) return;
        if (proposing) {
          if (!live!.proposeDecision({ text, ...(status ? { status } : {}) })) return;
        } else {
          record(entry);
        }
        setText('');
        setStatus('');
        setOwner('');
        setDueDate('');
        setApprover('');
        setExpiresAt('');
      }}
    >
      <div className="ws-kinds" role="radiogroup" aria-label="Entry kind">
        {(['decision', 'action', 'question'] as const).map((k) => (
          <label key={k} className={kind === k ? 'ws-kind active' : 'ws-kind'}>
            <input type="radio" name="ws-kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
            {KIND_LABEL[k]}
          </label>
        ))}
        <span className="ws-muted">{itemId ? <>on {itemId}</> : 'for the step'}</span>
      </div>
      {kind === 'decision' && (
        <label className="ws-field">
          Status for the checklist
          <select
            value={status}
            onChange={(e) => setStatus(e.target.value as AssessmentStatus | '')}
            disabled={!itemId}
          >
            <option value="">(no status change)</option>
            {ASSESSMENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="ws-field">
        {KIND_LABEL[kind]} text
        <textarea value={text} maxLength={LIMITS.shortText} rows={2} onChange={(e) => setText(e.target.value)} />
        <TextLimit value={text} max={LIMITS.shortText} />
      </label>
      {kind !== 'question' && !proposing && (
        <div className="ws-row">
          <label className="ws-field">
            Owner
            <input value={owner} maxLength={200} onChange={(e) => setOwner(e.target.value)} />
          </label>
          <label className="ws-field">
            Due date
            <input type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
          </label>
        </div>
      )}
      {kind === 'decision' && status === 'risk-accepted' && !proposing && (
        <div className="ws-row">
          <label className="ws-field">
            Approver
            <input value={approver} maxLength={200} onChange={(e) => setApprover(e.target.value)} />
          </label>
          <label className="ws-field">
            Acceptance expires
            <input type="date" value={expiresAt} onChange={(e) => setExpiresAt(e.target.value)} />
          </label>
        </div>
      )}
      {problems.length > 0 && (
        <ul className="ws-problems" role="alert" data-testid="decision-problems">
          {problems.map((p) => (
            <li key={p.field}>
              {p.field === 'justification'
                ? 'Say why in the decision text: it becomes the checklist justification.'
                : p.message}
            </li>
          ))}
        </ul>
      )}
      <div className="ws-row">
        {!proposing && (
          <label className="ws-field">
            Recorded for
            <select value={by} onChange={(e) => setBy(e.target.value)}>
              {Object.values(workshop.participants).map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} ({ROLE_LABEL[p.role]})
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="submit" className="ws-primary" disabled={!canRecord}>
          {proposing ? 'Propose decision' : `Record ${KIND_LABEL[kind].toLowerCase()}`}
        </button>
      </div>
    </form>
  );
}
