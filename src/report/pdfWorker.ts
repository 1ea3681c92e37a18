/**
 * The PDF job as a dedicated Web Worker (issue 15): pdfmake's layout and drawing are
 * synchronous and take seconds on a large report, so they run here and the page stays
 * responsive. The page posts a `PdfJob` (the report model is plain data, so it survives the
 * structured clone); the worker answers with progress messages and then the bytes, whose
 * buffer is transferred, not copied. pdfmake and its fonts load inside the worker from the
 * app's own origin (bundled chunks), so the CSP's `worker-src 'self'` is all it needs.
 */
import type { ReportModel } from '../domain/report/reportModel';
import type { PageSizeName } from './pdfTheme';
import { renderReportPdf, type PdfProgress } from './renderPdf';

export interface PdfJob {
  model: ReportModel;
  pageSize: PageSizeName;
}

export type PdfWorkerMessage =
  | { kind: 'progress'; progress: PdfProgress }
  | { kind: 'done'; bytes: Uint8Array<ArrayBuffer> }
  | { kind: 'failed'; message: string };

/** The parts of DedicatedWorkerGlobalScope used here (the app's tsconfig has the DOM lib, not WebWorker). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<PdfJob>) => void) | null;
  postMessage(message: PdfWorkerMessage, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { model, pageSize } = event.data;
  renderReportPdf(model, { pageSize, onProgress: (progress) => scope.postMessage({ kind: 'progress', progress }) })
    .then((rendered) => {
      // A view onto part of a larger buffer would transfer (and leak) the rest: copy to fit then.
      const bytes =
        rendered.byteOffset === 0 && rendered.byteLength === rendered.buffer.byteLength
          ? (rendered as Uint8Array<ArrayBuffer>)
          : new Uint8Array(rendered);
      scope.postMessage({ kind: 'done', bytes }, [bytes.buffer]);
    })
    .catch((error: unknown) =>
      scope.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
};
