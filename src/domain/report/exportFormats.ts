/**
 * The export formats, shared by the app's Export menu and `htw report`, so both produce the
 * same files. PDF is rendered by src/report/ (it needs the PDF library); every other format
 * is text made here.
 */
import type { CatalogSource } from '../rules/engineCatalog';
import type { ReportModel } from './reportModel';
import { reportToMarkdown } from './reportToMarkdown';
import { reportToCsv } from './reportToCsv';
import { toAssessmentResults } from './oscal/toAssessmentResults';
import { toPoam } from './oscal/toPoam';
import { toOscalCatalog } from './oscal/toOscalCatalog';

export { REPORT_FORMATS, reportFormatInfo, type ReportFormat, type ReportFormatInfo, type TextReportFormat } from './reportFormats';
import { reportFormatInfo, type ExportFormat, type TextReportFormat } from './reportFormats';

/** Renders a text format of `model`; the OSCAL catalog is made from `catalog` itself. */
export function renderTextReport(format: TextReportFormat, model: ReportModel, catalog: CatalogSource): string {
  switch (format) {
    case 'md':
      return reportToMarkdown(model);
    case 'csv':
      return reportToCsv(model);
    case 'oscal-ar':
      return `${JSON.stringify(toAssessmentResults(model), null, 2)}\n`;
    case 'oscal-poam':
      return `${JSON.stringify(toPoam(model), null, 2)}\n`;
    case 'oscal-catalog':
      return `${JSON.stringify(toOscalCatalog(catalog, model.cover.generatedAt), null, 2)}\n`;
  }
}

/**
 * A safe download name: the project name reduced to letters, digits, `-` and `_` (no path
 * separators, no leading dots), the date and the format's ending.
 */
export function reportFileName(project: string, date: string, format: ExportFormat): string {
  const base =
    project
      .normalize('NFKD')
      .replace(/[^\p{L}\p{N}_-]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'assessment';
  return `${base}-${date}${reportFormatInfo(format).extension}`;
}
