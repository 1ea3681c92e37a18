import type { ReactNode } from 'react';

/** The outcome of the last action in a dialog: an alert for a failure, a status line otherwise. */
export function ResultMessage({
  result,
  children,
}: {
  result: { ok: boolean; message: string } | null;
  children?: ReactNode;
}) {
  if (!result) return null;
  return (
    <div
      className={`storage-result ${result.ok ? 'ok' : 'error'}`}
      role={result.ok ? 'status' : 'alert'}
      data-testid="storage-result"
    >
      <span>{result.message}</span>
      {children}
    </div>
  );
}
