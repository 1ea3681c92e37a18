import './live.css';
import { useState } from 'react';
import { useLive } from './liveContext';
import { QrCode } from './QrCode';
import { FollowControl } from './FollowControl';
import { useWorkbench } from '../../store/hooks';
import { activeWorkshop } from '../../domain/workshop/workshopOps';

/**
 * "Share session" in the workshop view (issue 20): makes a room on `htw serve` for the open
 * project and shows the join links (with a QR code), then who is in the session.
 */
export function SharePanel() {
  const { live, state } = useLive();
  const [name, setName] = useState('Facilitator');
  const workshop = useWorkbench((s) => activeWorkshop(s.document));
  if (!live) return null;
  const stepTitle = (stepId: string) => workshop?.agenda.find((step) => step.id === stepId)?.title;
  return (
    <section className="live-share" aria-label="Live session">
      {(state.status === 'offline' || state.status === 'error' || state.status === 'invited') && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void live.share(name.trim() || 'Facilitator');
          }}
        >
          <label>
            Your name <input value={name} maxLength={80} onChange={(e) => setName(e.target.value)} />
          </label>{' '}
          <button type="submit">Share session</button>
          <small>
            {' '}
            Participants on other machines join through a link (needs the app served by <code>htw serve</code>).
          </small>
        </form>
      )}
      {state.status === 'error' && (
        <p role="alert" className="live-error">
          {state.message}
        </p>
      )}
      {state.status === 'connecting' && <p role="status">Connecting to the live session…</p>}
      {state.status === 'live' && (
        <div data-testid="live-session">
          <p role="status">
            Live session: you are the {state.role}.{' '}
            {state.online ? 'Connected.' : 'Offline: your edits merge when the connection returns.'}{' '}
            <button type="button" onClick={() => live.leave()}>
              Leave session
            </button>
          </p>
          {state.links && (
            <div className="live-links">
              <label>
                Participant link{' '}
                <input
                  readOnly
                  value={state.links.participant}
                  data-testid="participant-link"
                  onFocus={(e) => e.target.select()}
                />
              </label>
              <label>
                Observer link (read-only){' '}
                <input
                  readOnly
                  value={state.links.observer}
                  data-testid="observer-link"
                  onFocus={(e) => e.target.select()}
                />
              </label>
              <QrCode text={state.links.participant} label="QR code of the participant link" />
            </div>
          )}
          <FollowControl />
          {state.refusal && (
            <p role="alert" className="live-error" data-testid="live-refusal">
              {state.refusal}
            </p>
          )}
          <h3>In this session</h3>
          <ul data-testid="live-peers">
            {state.peers.map((peer) => (
              <li key={peer.clientId}>
                <span className="live-dot" style={{ background: peer.color }} aria-hidden="true" /> {peer.name} (
                {peer.role}){peer.self ? ' · you' : ''}
                {peer.view === 'model'
                  ? ' · on the model'
                  : peer.stepId && stepTitle(peer.stepId)
                    ? ` · on step “${stepTitle(peer.stepId)}”`
                    : ''}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
