import { Suspense, useCallback, useRef, useState } from 'react';
import type { ExportEntry, ExportFormat } from '../../domain/export/registry';
import type { PreparedExport } from './exportInterchange';
import type { PageSizeName } from '../../report/pdfTheme';
import type { PdfProgress } from '../../report/renderPdf';
import { useWorkbench, useWorkbenchStore } from '../../store/hooks';
import './exportMenu.css';

// The popup, the progress line and the report code load when first used: a first visit shows the button only.
import {
  ExportPopup,
  ExportProgress,
  InterchangeExportDialog,
  loadExportRun,
  loadInterchangeExport,
} from '../lazyViews';

/** Top-bar Export menu: PDF (with progress), CSV, Markdown, the OSCAL documents and, for other tools, OTM (loss report first). */
export function ExportMenu() {
  const store = useWorkbenchStore();
  const notify = useWorkbench((s) => s.notify);
  const [open, setOpen] = useState(false);
  const [pageSize, setPageSize] = useState<PageSizeName>('A4');
  const [progress, setProgress] = useState<PdfProgress | null>(null);
  const [busy, setBusy] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const [prepared, setPrepared] = useState<PreparedExport | null>(null);
  const close = useCallback(() => setOpen(false), []);

  // The export itself loads with the popup (runExport.ts, in the export chunk).
  const run = (id: ExportFormat, kind: ExportEntry['kind']) => {
    setOpen(false);
    void loadExportRun().then(
      ({ runExport }) => runExport(id, kind, { store, notify, pageSize, setBusy, setProgress, setPrepared }),
      (error: unknown) =>
        notify({ kind: 'error', text: `Export failed: ${error instanceof Error ? error.message : String(error)}` }),
    );
  };

  return (
    <div className="export-menu" ref={root}>
      <button
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        disabled={busy}
        onClick={() => setOpen((o) => !o)}
        data-testid="export-menu"
      >
        Export
      </button>
      <Suspense fallback={null}>
        {open && <ExportPopup root={root} pageSize={pageSize} onPageSize={setPageSize} onRun={run} onClose={close} />}
        {progress && <ExportProgress progress={progress} />}
        {prepared && (
          <InterchangeExportDialog
            prepared={prepared}
            onCancel={() => setPrepared(null)}
            onExport={() => {
              void loadInterchangeExport().then(({ downloadPrepared }) => {
                downloadPrepared(prepared);
                notify({ kind: 'info', text: `Exported ${prepared.fileName}` });
              });
              setPrepared(null);
            }}
          />
        )}
      </Suspense>
    </div>
  );
}
