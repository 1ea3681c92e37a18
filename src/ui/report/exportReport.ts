/**
 * What the Export menu does for one format: build the report model from the current state
 * (read only: nothing in the store or the database changes) and turn it into a download.
 * The PDF is drawn in a Web Worker (renderPdfInWorker.ts; this module is the export
 * feature, loaded on first use from src/ui/lazyViews.ts), which loads pdfmake and its fonts itself, so the page stays responsive. There is no
 * main-thread fallback: it would ship pdfmake a second time in the app's chunks (and in the
 * offline cache), and every browser the app supports has module workers.
 */
import { buildReport } from '../../domain/report/buildReport';
import { exportEntry, renderTextReport, reportFileName, type ReportFormat } from '../../domain/export/registry';
import type { PageSizeName } from '../../report/pdfTheme';
import type { PdfProgress } from '../../report/renderPdf';
import type { WorkbenchState } from '../../store/createWorkbenchStore';
import { selectAssessment } from '../../store/selectAssessment';
import { downloadBlob } from '../shared/downloadBlob';
import { renderPdfInWorker } from './renderPdfInWorker';

export interface ExportOptions {
  pageSize: PageSizeName;
  onProgress?: (progress: PdfProgress) => void;
}

/** Now, without milliseconds (OSCAL and the report show whole seconds). */
function now(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Generates `format` from `state` and downloads it; resolves to the file name. */
export async function exportReport(
  state: Pick<WorkbenchState, 'document' | 'catalog'>,
  format: ReportFormat,
  options: ExportOptions,
): Promise<string> {
  const { document, catalog } = state;
  const model = buildReport(document, catalog, selectAssessment(state), {
    generatedAt: now(),
    generator: 'Hypervisor Threat Workbench',
  });
  const info = exportEntry(format);
  const fileName = reportFileName(document.name, model.cover.date, format);
  if (format === 'pdf') {
    const pdfOptions = {
      pageSize: options.pageSize,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    };
    const bytes = await renderPdfInWorker(model, pdfOptions);
    downloadBlob(fileName, bytes as Uint8Array<ArrayBuffer>, info.mediaType);
  } else {
    downloadBlob(fileName, renderTextReport(format, model, catalog), info.mediaType);
  }
  return fileName;
}
