import { describe, expect, it } from 'vitest';
import { renderPdfInWorker } from './renderPdfInWorker';
import type { PdfJob, PdfWorkerMessage } from '../../report/pdfWorker';
import type { PdfProgress } from '../../report/renderPdf';
import type { ReportModel } from '../../domain/report/reportModel';

/** A stand-in Worker: records the job and whether it was ended; `send` plays the worker's side. */
function fakeWorker() {
  const fake = {
    posted: [] as PdfJob[],
    terminated: false,
    onmessage: null as ((event: MessageEvent<PdfWorkerMessage>) => void) | null,
    onerror: null as ((event: ErrorEvent) => void) | null,
    postMessage(job: PdfJob) {
      fake.posted.push(job);
    },
    terminate() {
      fake.terminated = true;
    },
    send(message: PdfWorkerMessage) {
      fake.onmessage?.({ data: message } as MessageEvent<PdfWorkerMessage>);
    },
  };
  return fake;
}

const model = { cover: { project: 'P' } } as unknown as ReportModel;

describe('renderPdfInWorker', () => {
  it('posts the model and page size, forwards progress, resolves to the bytes and ends the worker', async () => {
    const worker = fakeWorker();
    const progress: PdfProgress[] = [];
    const result = renderPdfInWorker(
      model,
      { pageSize: 'LETTER', onProgress: (p) => progress.push(p) },
      () => worker as unknown as Worker,
    );
    expect(worker.posted).toEqual([{ model, pageSize: 'LETTER' }]);
    worker.send({ kind: 'progress', progress: { stage: 'loading', fraction: 0 } });
    worker.send({ kind: 'progress', progress: { stage: 'rendering', fraction: 0.5 } });
    expect(worker.terminated).toBe(false);
    const bytes = new Uint8Array([37, 80, 68, 70]);
    worker.send({ kind: 'done', bytes });
    await expect(result).resolves.toBe(bytes);
    expect(progress.map((p) => p.stage)).toEqual(['loading', 'rendering']);
    expect(worker.terminated).toBe(true);
  });

  it("rejects with the worker's own message when rendering fails, and ends the worker", async () => {
    const worker = fakeWorker();
    const result = renderPdfInWorker(model, { pageSize: 'A4' }, () => worker as unknown as Worker);
    worker.send({ kind: 'failed', message: 'font missing' });
    await expect(result).rejects.toThrow('font missing');
    expect(worker.terminated).toBe(true);
  });

  it('rejects, naming the cause, when the worker script cannot start', async () => {
    const worker = fakeWorker();
    const result = renderPdfInWorker(model, { pageSize: 'A4' }, () => worker as unknown as Worker);
    let prevented = false;
    worker.onerror?.({ message: '', preventDefault: () => (prevented = true) } as unknown as ErrorEvent);
    await expect(result).rejects.toThrow('the PDF worker could not start');
    expect(prevented).toBe(true);
    expect(worker.terminated).toBe(true);
  });
});
