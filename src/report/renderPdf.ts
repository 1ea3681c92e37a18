/**
 * Renders a report to PDF bytes with pdfmake, in the browser and in Node alike. The UI loads
 * this module with `import()` only; it loads pdfmake and the Roboto fonts (bundled, embedded
 * and subset in the PDF, so any Unicode text the fonts cover prints) on first use.
 *
 * The fonts come from pdfmake's `vfs_fonts` module (base64 in JavaScript) into its virtual
 * file system, so nothing is read from disk or fetched from the network; the browser build
 * runs without `eval`, as the app's Content-Security-Policy demands.
 */
import type { ReportModel } from '../domain/report/reportModel';
import { reportPdfDefinition, type PdfOptions } from './pdfDefinition';

export type PdfStage = 'loading' | 'layout' | 'rendering' | 'done';

export interface PdfProgress {
  stage: PdfStage;
  /** 0..1 over the whole job. */
  fraction: number;
}

export interface RenderPdfOptions extends PdfOptions {
  onProgress?: (progress: PdfProgress) => void;
}

interface PdfMakeLike {
  /** Browser build only. */
  addVirtualFileSystem?(vfs: Record<string, string>): void;
  /** Node build only. */
  virtualfs?: { writeFileSync(name: string, content: Uint8Array): void };
  setUrlAccessPolicy?(policy: (url: string) => boolean): void;
  setLocalAccessPolicy?(policy: (path: string) => boolean): void;
  setFonts(fonts: Record<string, Record<'normal' | 'bold' | 'italics' | 'bolditalics', string>>): void;
  setProgressCallback(callback: ((progress: number) => void) | undefined): void;
  createPdf(definition: unknown): { getBuffer(): Promise<Uint8Array> };
}

const ROBOTO = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
};

let loaded: Promise<PdfMakeLike> | undefined;

function unwrap<T>(mod: unknown): T {
  const m = mod as { default?: unknown };
  return (m.default ?? m) as T;
}

/**
 * pdfmake with the bundled Roboto fonts registered; loaded once. `import('pdfmake')` gives
 * the browser build in the app (Vite follows the package's `browser` field) and the Node build
 * (native Buffer and zlib, about twice as fast) under Node; both take the same definition.
 */
export function loadPdfMake(): Promise<PdfMakeLike> {
  loaded ??= (async () => {
    const [lib, fonts] = await Promise.all([import('pdfmake'), import('pdfmake/build/vfs_fonts')]);
    const pdfMake = unwrap<PdfMakeLike>(lib);
    const vfs = unwrap<Record<string, string>>(fonts);
    if (typeof pdfMake.addVirtualFileSystem === 'function') pdfMake.addVirtualFileSystem(vfs);
    else if (pdfMake.virtualfs) {
      // Node build: hand over decoded bytes (its own base64 path uses the deprecated `new Buffer`).
      const NodeBuffer = (globalThis as { Buffer?: { from(data: string, encoding: 'base64'): Uint8Array } }).Buffer;
      if (!NodeBuffer) throw new Error("pdfmake's Node build needs Buffer");
      // The CLI bundles this CommonJS build into ES modules, where `__dirname` does not exist,
      // yet pdfmake's virtual file system reads it to normalise file names (ReferenceError
      // otherwise). A root that no font name starts with keeps the names as they are.
      const scope = globalThis as { __dirname?: unknown };
      if (typeof scope.__dirname !== 'string') scope.__dirname = '/';
      for (const [name, base64] of Object.entries(vfs))
        pdfMake.virtualfs.writeFileSync(name, NodeBuffer.from(base64, 'base64'));
    } else throw new Error('pdfmake has no virtual file system for the fonts');
    pdfMake.setFonts({ Roboto: ROBOTO });
    // Node build: never fetch a URL or read a local file named in a definition.
    pdfMake.setUrlAccessPolicy?.(() => false);
    pdfMake.setLocalAccessPolicy?.(() => false);
    return pdfMake;
  })();
  loaded.catch(() => {
    loaded = undefined;
  });
  return loaded;
}

/** Lets the browser paint the progress indicator between the synchronous stages. */
const yieldToUi = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The PDF of `model` as bytes. Progress: `loading` (library and fonts), `layout` (the
 * definition is built and pdfmake lays it out), `rendering` (0..1 as pages are drawn), `done`.
 */
export async function renderReportPdf(model: ReportModel, options: RenderPdfOptions = {}): Promise<Uint8Array> {
  const report = options.onProgress ?? (() => {});
  report({ stage: 'loading', fraction: 0 });
  const pdfMake = await loadPdfMake();
  report({ stage: 'layout', fraction: 0.15 });
  await yieldToUi();
  const definition = reportPdfDefinition(model, options);
  let last = 0;
  pdfMake.setProgressCallback((p) => {
    // Rendering reports per drawn item; forward whole percents only.
    if (p - last >= 0.01 || p === 1) {
      last = p;
      report({ stage: 'rendering', fraction: 0.3 + 0.65 * p });
    }
  });
  try {
    const bytes = await pdfMake.createPdf(definition).getBuffer();
    report({ stage: 'done', fraction: 1 });
    return bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  } finally {
    pdfMake.setProgressCallback(undefined);
  }
}
