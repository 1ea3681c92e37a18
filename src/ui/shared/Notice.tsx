import { useEffect, useRef } from 'react';
import { useWorkbench } from '../../store/hooks';

/** How long an information stays; one with an action (Undo) longer, to leave time to press it. */
const INFO_MS = 5000;
const ACTION_MS = 10000;

/** The last message for the user (a refused connection, an import error, what a deletion removed), announced politely. */
export function Notice() {
  const notice = useWorkbench((s) => s.notice);
  const notify = useWorkbench((s) => s.notify);
  const document = useWorkbench((s) => s.document);
  useEffect(() => {
    if (!notice || notice.kind === 'error') return;
    const timer = setTimeout(() => notify(null), notice.action ? ACTION_MS : INFO_MS);
    return () => clearTimeout(timer);
  }, [notice, notify]);
  // An action belongs to the model as it was when the message came: another change retires it.
  const shownWith = useRef<{ notice: unknown; document: unknown } | null>(null);
  useEffect(() => {
    if (!notice?.action) {
      shownWith.current = null;
      return;
    }
    if (shownWith.current?.notice !== notice) shownWith.current = { notice, document };
    else if (shownWith.current.document !== document) notify(null);
  }, [notice, document, notify]);
  if (!notice) return null;
  return (
    <div className={`notice ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="notice">
      <span>{notice.text}</span>
      {notice.action && (
        <button type="button" className="notice-action" onClick={notice.action.run} data-testid="notice-action">
          {notice.action.label}
        </button>
      )}
      <button type="button" className="link-button" onClick={() => notify(null)} aria-label="Dismiss message">
        Dismiss
      </button>
    </div>
  );
}
