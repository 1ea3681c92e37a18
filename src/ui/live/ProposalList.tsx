import { useState } from 'react';
import { useLive } from './liveContext';
import { STATUS_LABELS } from '../workshop/labels';

const STATE_LABEL = { open: 'open', accepted: 'accepted', rejected: 'rejected' } as const;

/**
 * Decisions proposed by participants of a live session (issue 20): the facilitator accepts one
 * (it goes into the decision log, and its status to the checklist) or rejects it; the others see
 * where their proposals stand. Proposer names and texts are React text, never HTML.
 */
export function ProposalList({ workshopId }: { workshopId: string }) {
  const { live, state } = useLive();
  const [problem, setProblem] = useState<string | undefined>();
  if (!live || state.status !== 'live') return null;
  const proposals = state.proposals.filter((p) => p.workshopId === workshopId);
  const deciding = state.role === 'facilitator';
  if (proposals.length === 0 && !deciding) return null;
  const decide = (id: string, accept: boolean) => setProblem(live.decideProposal(id, accept));
  return (
    <section className="ws-card" aria-label="Proposed decisions">
      <h3>
        Proposed decisions <span className="ws-muted">({proposals.filter((p) => p.state === 'open').length} open)</span>
      </h3>
      {proposals.length === 0 ? (
        <p className="ws-muted">Participants&apos; proposals show here for you to accept or reject.</p>
      ) : (
        <ul className="ws-log">
          {proposals.map((p) => (
            <li key={p.id} className="ws-log-entry" data-testid="proposal" data-state={p.state}>
              {p.itemId && <code>{p.itemId}</code>}
              {p.status && <strong className={`ws-status ${p.status}`}>{STATUS_LABELS[p.status]}</strong>}
              <span className="log-text">{p.text}</span>
              <span className="ws-muted">
                {p.by}, {p.at.slice(11, 16)} · {STATE_LABEL[p.state]}
              </span>
              {deciding && p.state === 'open' && (
                <span className="ws-row">
                  <button type="button" className="ws-primary" onClick={() => decide(p.id, true)}>
                    Accept
                  </button>
                  <button type="button" onClick={() => decide(p.id, false)}>
                    Reject
                  </button>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {problem && (
        <p role="alert" className="live-error">
          {problem}
        </p>
      )}
    </section>
  );
}
