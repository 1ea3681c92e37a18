import { useEffect, useRef, useState } from 'react';
import { REPORT_FORMATS, type ReportFormat } from '../../domain/report/reportFormats';
import type { PageSizeName } from '../../report/pdfTheme';
import type { PdfProgress } from '../../report/renderPdf';
import { useWorkbench, useWorkbenchStore } from '../../store';
import './exportMenu.css';

const STAGE_LABEL: Record<PdfProgress['stage'], string> = {
  loading: 'Loading the PDF engine…',
  layout: 'Laying out pages…',
  rendering: 'Drawing pages…',
  done: 'Done',
};

/** Top-bar Export menu: PDF (with progress), CSV, Markdown and the OSCAL documents. */
export function ExportMenu() {
  const store = useWorkbenchStore();
  const notify = useWorkbench((s) => s.notify);
  const [open, setOpen] = useState(false);
  const [pageSize, setPageSize] = useState<PageSizeName>('A4');
  const [progress, setProgress] = useState<PdfProgress | null>(null);
  const [busy, setBusy] = useState(false);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    const items = () => Array.from(root.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
    // Keyboard users land on the first entry and move with the arrow keys (WAI-ARIA menu).
    items()[0]?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        root.current?.querySelector<HTMLElement>('[data-testid="export-menu"]')?.focus();
      } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        const list = items();
        const at = list.indexOf(document.activeElement as HTMLElement);
        const next = e.key === 'ArrowDown' ? (at + 1) % list.length : (at - 1 + list.length) % list.length;
        list[next]?.focus();
        e.preventDefault();
      }
    };
    document.addEventListener('mousedown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const run = async (format: ReportFormat) => {
    setOpen(false);
    setBusy(true);
    if (format === 'pdf') setProgress({ stage: 'loading', fraction: 0 });
    try {
      // The report model and renderers load on the first export, not with the app.
      const { exportReport } = await import('./exportReport');
      const fileName = await exportReport(store.getState(), format, { pageSize, onProgress: setProgress });
      notify({ kind: 'info', text: `Exported ${fileName}` });
    } catch (error) {
      notify({ kind: 'error', text: `Export failed: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  return (
    <div className="export-menu" ref={root}>
      <button type="button" aria-haspopup="menu" aria-expanded={open} disabled={busy} onClick={() => setOpen((o) => !o)} data-testid="export-menu">
        Export
      </button>
      {open && (
        <div className="export-popup" role="menu" aria-label="Export reports">
          {REPORT_FORMATS.map((f) => (
            <button key={f.format} type="button" role="menuitem" onClick={() => void run(f.format)} data-testid={`export-${f.format}`}>
              {f.label}
              <span className="export-ext">{f.extension}</span>
            </button>
          ))}
          <fieldset className="export-page-size">
            <legend>PDF page size</legend>
            {(['A4', 'LETTER'] as const).map((size) => (
              <label key={size}>
                <input type="radio" name="export-page-size" checked={pageSize === size} onChange={() => setPageSize(size)} />
                {size === 'A4' ? 'A4' : 'Letter'}
              </label>
            ))}
          </fieldset>
        </div>
      )}
      {progress && (
        <div className="export-progress" role="status" aria-live="polite" data-testid="export-progress">
          <span>{STAGE_LABEL[progress.stage]}</span>
          <progress max={1} value={progress.fraction} aria-label="PDF generation progress" />
        </div>
      )}
    </div>
  );
}
