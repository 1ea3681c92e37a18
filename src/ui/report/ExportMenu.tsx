import { Suspense, useCallback, useRef, useState } from 'react';
import type { ExportEntry, ExportFormat, InterchangeExportFormat, ReportFormat } from '../../domain/export/registry';
import type { PreparedExport } from './exportInterchange';
import type { PageSizeName } from '../../report/pdfTheme';
import type { PdfProgress } from '../../report/renderPdf';
import { useWorkbench, useWorkbenchStore } from '../../store/hooks';
import './exportMenu.css';

// The popup, the progress line and the report code load when first used: a first visit shows the button only.
import { ExportPopup, ExportProgress, InterchangeExportDialog, loadInterchangeExport, loadReportExport } from '../lazyViews';

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

  const run = async (id: ExportFormat, kind: ExportEntry['kind']) => {
    setOpen(false);
    if (kind === 'interchange') {
      try {
        const { prepareInterchangeExport } = await loadInterchangeExport();
        setPrepared(prepareInterchangeExport(store.getState(), id as InterchangeExportFormat, new Date().toISOString().slice(0, 10)));
      } catch (error) {
        notify({ kind: 'error', text: `Export failed: ${error instanceof Error ? error.message : String(error)}` });
      }
      return;
    }
    const format = id as ReportFormat;
    setBusy(true);
    if (format === 'pdf') setProgress({ stage: 'loading', fraction: 0 });
    try {
      // The report model and renderers load on the first export, not with the app.
      const { exportReport } = await loadReportExport();
      const fileName = await exportReport(store.getState(), format, { pageSize, onProgress: setProgress });
      notify({ kind: 'info', text: `Exported ${fileName}` });
      if (format === 'pdf') {
        // The last stage stays on screen a moment: the worker's "done" and its result arrive
        // together, and clearing at once would hide the end of the progress from the user.
        setProgress({ stage: 'done', fraction: 1 });
        setTimeout(() => setProgress(null), 800);
      } else setProgress(null);
    } catch (error) {
      setProgress(null);
      notify({ kind: 'error', text: `Export failed: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="export-menu" ref={root}>
      <button type="button" aria-haspopup="menu" aria-expanded={open} disabled={busy} onClick={() => setOpen((o) => !o)} data-testid="export-menu">
        Export
      </button>
      <Suspense fallback={null}>
        {open && <ExportPopup root={root} pageSize={pageSize} onPageSize={setPageSize} onRun={(format, kind) => void run(format, kind)} onClose={close} />}
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
