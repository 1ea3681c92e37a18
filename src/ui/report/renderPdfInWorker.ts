/**
 * Renders the report PDF in a Web Worker (src/report/pdfWorker.ts), so that pdfmake's seconds
 * of synchronous layout and drawing never freeze the page; progress comes back as messages.
 * One worker per export, ended when the export ends: an idle PDF engine would hold tens of
 * megabytes for nothing, and the browser's cache makes the second load cheap.
 */
import type { ReportModel } from '../../domain/report/reportModel';
import type { PageSizeName } from '../../report/pdfTheme';
import type { PdfProgress } from '../../report/renderPdf';
import type { PdfJob, PdfWorkerMessage } from '../../report/pdfWorker';

export interface WorkerPdfOptions {
  pageSize: PageSizeName;
  onProgress?: (progress: PdfProgress) => void;
}

/** Made a function so tests can stand in for the Worker constructor. */
export type CreatePdfWorker = () => Worker;

// Vite bundles the worker (and the chunks it imports) from this exact `new URL(…, import.meta.url)` form.
const createWorker: CreatePdfWorker = () =>
  new Worker(new URL('../../report/pdfWorker.ts', import.meta.url), { type: 'module', name: 'pdf-report' });

export function renderPdfInWorker(
  model: ReportModel,
  options: WorkerPdfOptions,
  create: CreatePdfWorker = createWorker,
): Promise<Uint8Array<ArrayBuffer>> {
  return new Promise((resolve, reject) => {
    const worker = create();
    const finish = () => worker.terminate();
    worker.onmessage = (event: MessageEvent<PdfWorkerMessage>) => {
      const message = event.data;
      if (message.kind === 'progress') options.onProgress?.(message.progress);
      else if (message.kind === 'done') {
        finish();
        resolve(message.bytes);
      } else {
        finish();
        reject(new Error(message.message));
      }
    };
    // A worker script that fails to load or throws outside the job (no message of its own).
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      finish();
      reject(new Error(event.message ? `the PDF worker stopped: ${event.message}` : 'the PDF worker could not start'));
    };
    const job: PdfJob = { model, pageSize: options.pageSize };
    worker.postMessage(job);
  });
}
