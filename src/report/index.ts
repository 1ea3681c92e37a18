/** The PDF report layer: loaded by the UI with `import()` only. */
export { renderReportPdf, loadPdfMake, type PdfProgress, type PdfStage, type RenderPdfOptions } from './renderPdf';
export { reportPdfDefinition, type PdfOptions } from './pdfDefinition';
export type { PageSizeName } from './pdfTheme';
