import { useEffect } from 'react';
import { useWorkbench } from '../../store/hooks';

/** The last message for the user (a refused connection, an import error), announced politely. */
export function Notice() {
  const notice = useWorkbench((s) => s.notice);
  const notify = useWorkbench((s) => s.notify);
  const undo = useWorkbench((s) => s.undo);
  const document = useWorkbench((s) => s.document);
  useEffect(() => {
    if (!notice || notice.kind === 'error') return;
    // A message offering Undo stays long enough to reach the button.
    const timer = setTimeout(() => notify(null), notice.undo ? 20_000 : 5000);
    return () => clearTimeout(timer);
  }, [notice, notify]);
  if (!notice) return null;
  return (
    <div className={`notice ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="notice">
      <span>{notice.text}</span>
      {/* Only while nothing has changed since: Undo then takes back exactly the reported change. */}
      {notice.undo?.after === document && (
        <button
          type="button"
          className="link-button"
          data-testid="notice-undo"
          onClick={() => {
            undo();
            notify(null);
          }}
        >
          Undo
        </button>
      )}
      <button type="button" className="link-button" onClick={() => notify(null)} aria-label="Dismiss message">
        Dismiss
      </button>
    </div>
  );
}
