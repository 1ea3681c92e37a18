/**
 * Running an export chosen in the Export menu: the report formats (PDF with its progress,
 * CSV, Markdown, OSCAL) and other tools' formats (prepared first, for the loss report). Loaded
 * with the menu's popup (the export chunk), so the first visit carries only the button.
 */
import type { ExportEntry, ExportFormat, InterchangeExportFormat, ReportFormat } from '../../domain/export/registry';
import type { PageSizeName } from '../../report/pdfTheme';
import type { PdfProgress } from '../../report/renderPdf';
import type { WorkbenchStore } from '../../store/createWorkbenchStore';
import type { PreparedExport } from './exportInterchange';
import { loadInterchangeExport, loadReportExport } from '../lazyViews';

/** What the Export menu shows while and after an export runs. */
export interface ExportControls {
  store: WorkbenchStore;
  notify: ReturnType<WorkbenchStore['getState']>['notify'];
  pageSize: PageSizeName;
  setBusy(busy: boolean): void;
  setProgress(progress: PdfProgress | null): void;
  setPrepared(prepared: PreparedExport | null): void;
}

export async function runExport(id: ExportFormat, kind: ExportEntry['kind'], controls: ExportControls): Promise<void> {
  if (kind === 'interchange') {
    try {
      const { prepareInterchangeExport } = await loadInterchangeExport();
      controls.setPrepared(
        prepareInterchangeExport(
          controls.store.getState(),
          id as InterchangeExportFormat,
          new Date().toISOString().slice(0, 10),
        ),
      );
    } catch (error) {
      controls.notify({
        kind: 'error',
        text: `Export failed: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
    return;
  }
  const format = id as ReportFormat;
  controls.setBusy(true);
  if (format === 'pdf') controls.setProgress({ stage: 'loading', fraction: 0 });
  try {
    // The report model and renderers load on the first export, not with the app.
    const { exportReport } = await loadReportExport();
    const fileName = await exportReport(controls.store.getState(), format, {
      pageSize: controls.pageSize,
      onProgress: controls.setProgress,
    });
    controls.notify({ kind: 'info', text: `Exported ${fileName}` });
    if (format === 'pdf') {
      // The last stage stays on screen a moment: the worker's "done" and its result arrive
      // together, and clearing at once would hide the end of the progress from the user.
      controls.setProgress({ stage: 'done', fraction: 1 });
      setTimeout(() => controls.setProgress(null), 800);
    } else controls.setProgress(null);
  } catch (error) {
    controls.setProgress(null);
    controls.notify({
      kind: 'error',
      text: `Export failed: ${error instanceof Error ? error.message : String(error)}`,
    });
  } finally {
    controls.setBusy(false);
  }
}
