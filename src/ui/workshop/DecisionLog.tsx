import { useWorkshopActions } from './useWorkshopActions';
import type { Workshop } from '../../domain/model/schema';
import { KIND_LABEL, STATUS_LABELS } from './labels';
import { own } from '../../domain/model/ownEntry';

/** The log of the current step, newest first, with who and when; questions can be marked answered. */
export function DecisionLog({ workshop, disabled }: { workshop: Workshop; disabled: boolean }) {
  const { setWorkshopQuestionResolved: setResolved } = useWorkshopActions();
  const entries = Object.values(workshop.log)
    .filter((e) => e.stepId === workshop.currentStepId)
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.id < b.id ? 1 : -1));
  const total = Object.keys(workshop.log).length;
  return (
    <section className="ws-card" aria-label="Decision log">
      <h3>
        Decision log{' '}
        <span className="ws-muted">
          ({entries.length} in this step, {total} in all)
        </span>
      </h3>
      {entries.length === 0 ? (
        <p className="ws-muted">Nothing recorded in this step yet.</p>
      ) : (
        <ul className="ws-log">
          {entries.map((e) => (
            <li key={e.id} className={`ws-log-entry log-${e.kind}`} data-testid="log-entry" data-kind={e.kind}>
              <span className="log-kind">{KIND_LABEL[e.kind]}</span>
              {e.itemId && <code>{e.itemId}</code>}
              {e.status && <strong className={`ws-status ${e.status}`}>{STATUS_LABELS[e.status]}</strong>}
              {/* What the decision changed (kept with it from its diff): the status it replaced. */}
              {e.change?.before.status && e.change.before.status !== e.status && (
                <span className="ws-muted" data-testid="log-entry-was">
                  was {STATUS_LABELS[e.change.before.status]}
                </span>
              )}
              <span className="log-text">{e.text}</span>
              {e.owner && <span className="ws-muted">owner {e.owner}</span>}
              {e.dueDate && <span className="ws-muted">due {e.dueDate}</span>}
              <span className="ws-muted">
                {own(workshop.participants, e.by)?.name ?? e.by}, {e.at.slice(11, 16)}
              </span>
              {e.kind === 'question' && (
                <label className="ws-muted">
                  <input
                    type="checkbox"
                    checked={!!e.resolved}
                    disabled={disabled}
                    onChange={(ev) => setResolved(e.id, ev.target.checked)}
                  />{' '}
                  answered
                </label>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
