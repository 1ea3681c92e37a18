import { useEffect, useState } from 'react';
import './workshop.css';
import { parsePresenterMessage, type PresenterFrame } from '../../domain/workshop/presenterFrame';
import { isHelloMessage, presenterChannelName, requestMessage } from '../../domain/workshop/presenterChannel';
import { STATUS_LABELS } from '../../domain/checklist/status';
import { StepTimer } from './StepTimer';
import { plural } from '../../domain/text/plural';

/**
 * The presenter window (for a projector): large type, public content only. It receives
 * everything from the facilitator's window that opened it, by `postMessage`, and accepts
 * frames from that window alone (issue 22 item 10): not from other same-origin pages, which
 * could reach a BroadcastChannel. It never opens the database, so it cannot disturb the
 * project's single-writer policy or autosave.
 */
export function PresenterApp({ projectId }: { projectId: string }) {
  // undefined: nothing heard yet; null: the project has no workshop to show.
  const [frame, setFrame] = useState<PresenterFrame | null | undefined>(undefined);
  const [orphan, setOrphan] = useState(false);

  useEffect(() => {
    const opener = window.opener as Window | null;
    if (!opener) {
      setOrphan(true);
      return;
    }
    const origin = window.location.origin;
    const onMessage = (event: MessageEvent<unknown>) => {
      if (event.source !== opener || event.origin !== origin) return;
      const message = parsePresenterMessage(event.data);
      if (message?.type !== 'frame') return;
      if (message.frame === null || message.frame.projectId === projectId) setFrame(message.frame);
    };
    const request = () => {
      if (!opener.closed) opener.postMessage(requestMessage(projectId), origin);
    };
    window.addEventListener('message', onMessage);
    // The facilitator's window says hello when it (re)loads: ask it again. Anyone may say
    // hello; it only makes this window ask its opener.
    const channel =
      typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(presenterChannelName(projectId));
    if (channel) channel.onmessage = (event: MessageEvent<unknown>) => void (isHelloMessage(event.data) && request());
    request();
    return () => {
      window.removeEventListener('message', onMessage);
      channel?.close();
    };
  }, [projectId]);

  useEffect(() => {
    document.title = frame ? `Presenter: ${frame.workshopTitle}` : 'Presenter view';
  }, [frame]);

  if (orphan)
    return (
      <PresenterMessageScreen text="This window was not opened from a workshop. Open the presenter view with the Open presenter view button of the facilitator's window." />
    );
  if (frame === undefined)
    return (
      <PresenterMessageScreen text="Waiting for the facilitator's window… Keep the workshop open in the other window." />
    );
  if (frame === null) return <PresenterMessageScreen text="No workshop is running on this project yet." />;
  return <PresenterScreen frame={frame} />;
}

function PresenterMessageScreen({ text }: { text: string }) {
  return (
    <main className="presenter presenter-waiting" data-testid="presenter">
      <p role="status">{text}</p>
    </main>
  );
}

function PresenterScreen({ frame }: { frame: PresenterFrame }) {
  const { step, item } = frame;
  return (
    <main className="presenter" data-testid="presenter" data-step={step.id}>
      <header className="presenter-head">
        <span className="presenter-workshop">
          {frame.workshopTitle} · {frame.projectName}
        </span>
        <span className="presenter-progress" data-testid="presenter-progress">
          Step {frame.stepIndex + 1} of {frame.stepCount}
        </span>
        {frame.ended ? <span className="ws-timer ended">Workshop ended</span> : <StepTimer {...frame.timer} large />}
      </header>
      {frame.ended && (
        <p className="presenter-ended" data-testid="presenter-totals">
          Workshop ended: {plural(frame.totals.decisions, 'decision')} · {plural(frame.totals.actions, 'action')} ·{' '}
          {plural(frame.totals.openQuestions, 'open question')}. Thank you.
        </p>
      )}
      <h1 className="presenter-step" data-testid="presenter-step-title">
        {step.title}
      </h1>
      {step.definition && <p className="presenter-definition">{step.definition}</p>}
      {step.noRecommendationReason && (
        <p className="presenter-no-recs" data-testid="presenter-no-recommendation">
          <strong>No recommendation for this function.</strong> {step.noRecommendationReason}
        </p>
      )}
      <div className="presenter-grid">
        <section className="presenter-item" aria-label="Item under discussion">
          {item ? (
            <>
              <h2 data-testid="presenter-item">
                <code>{item.id}</code> {item.title}
              </h2>
              <p className="presenter-requirement">{item.requirement}</p>
              <p>
                Status:{' '}
                <strong className={`ws-status ${item.status}`} data-testid="presenter-item-status">
                  {STATUS_LABELS[item.status]}
                </strong>
                {item.owner && <> · Owner: {item.owner}</>}
                {item.dueDate && <> · Due: {item.dueDate}</>}
              </p>
              {item.components.length > 0 && (
                <p className="presenter-muted">Applies to: {shortList(item.components, 8)}</p>
              )}
              {item.log.length > 0 && (
                <ul className="presenter-log" data-testid="presenter-log">
                  {item.log.map((entry, i) => (
                    <li key={i} className={`log-${entry.kind}`}>
                      <span className="log-kind">{entry.kind}</span>{' '}
                      {entry.status && <strong>{STATUS_LABELS[entry.status]}: </strong>}
                      {entry.text}
                      {entry.owner && (
                        <>
                          {' '}
                          (owner {entry.owner}
                          {entry.dueDate ? `, due ${entry.dueDate}` : ''})
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </>
          ) : (
            <p className="presenter-muted">
              {step.items.length === 0
                ? 'Nothing to decide in this step: discussion only.'
                : 'Choose an item to discuss.'}
            </p>
          )}
        </section>
        <aside className="presenter-side" aria-label="Step overview">
          {step.items.length > 0 && (
            <>
              <h3>Items ({step.items.length})</h3>
              <ol className="presenter-items">
                {step.items.map((i) => (
                  <li key={i.id} className={i.id === item?.id ? 'current' : undefined}>
                    <code>{i.id}</code> <span className={`ws-dot ${i.status}`} title={STATUS_LABELS[i.status]} />
                  </li>
                ))}
              </ol>
            </>
          )}
          {step.components.length > 0 && (
            <>
              <h3>Components</h3>
              <p>{shortList(step.components, 10)}</p>
            </>
          )}
          {step.threats.length > 0 && (
            <>
              <h3>Threats</h3>
              <ul>
                {step.threats.slice(0, 8).map((t) => (
                  <li key={t.id}>{t.name}</li>
                ))}
              </ul>
            </>
          )}
          {frame.openParkedTopics > 0 && (
            <p className="presenter-muted">Parking lot: {plural(frame.openParkedTopics, 'open topic')}</p>
          )}
        </aside>
      </div>
    </main>
  );
}

/** A list for the projector: the first `max` names and how many more there are. */
function shortList(names: readonly string[], max: number): string {
  const shown = names.slice(0, max).join(', ');
  return names.length > max ? `${shown} and ${names.length - max} more` : shown;
}
