import { Suspense, useState } from 'react';
import { useWorkbench } from '../../store/hooks';
import { ViewErrorBoundary } from '../shared/ViewErrorBoundary';
// The parsers load with the dialog, not with the checklist (lazyViews.ts).
import { ImportScanDialog } from '../lazyViews';

/** Checklist entry "Import scan results…" (issue 19). */
export function ImportScanButton() {
  const [open, setOpen] = useState(false);
  const readOnly = useWorkbench((s) => s.readOnly);
  const close = () => setOpen(false);
  return (
    <>
      <button
        type="button"
        disabled={readOnly}
        onClick={() => setOpen(true)}
        data-testid="open-import-scan"
        title="Attach OpenSCAP, STIG checklist or Lynis results as evidence"
      >
        Import scan results…
      </button>
      {open && (
        <ViewErrorBoundary view="the scan import" floating back={{ label: 'Close', onBack: close }}>
          <Suspense fallback={null}>
            <ImportScanDialog onClose={close} />
          </Suspense>
        </ViewErrorBoundary>
      )}
    </>
  );
}
