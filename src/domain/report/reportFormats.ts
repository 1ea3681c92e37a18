/**
 * The export formats by name, extension and media type: a module without the renderers, so
 * the Export menu can list the formats while the report code loads only on first export.
 */
export type TextReportFormat = 'md' | 'csv' | 'oscal-ar' | 'oscal-poam' | 'oscal-catalog';
export type ReportFormat = 'pdf' | TextReportFormat;

export interface ReportFormatInfo {
  format: ReportFormat;
  label: string;
  /** File name ending, with the dot. */
  extension: string;
  mediaType: string;
}

export const REPORT_FORMATS: readonly ReportFormatInfo[] = [
  { format: 'pdf', label: 'PDF report', extension: '.pdf', mediaType: 'application/pdf' },
  { format: 'csv', label: 'Checklist (CSV)', extension: '.csv', mediaType: 'text/csv;charset=utf-8' },
  { format: 'md', label: 'Markdown report', extension: '.md', mediaType: 'text/markdown;charset=utf-8' },
  { format: 'oscal-ar', label: 'OSCAL assessment results', extension: '.oscal-ar.json', mediaType: 'application/json' },
  { format: 'oscal-poam', label: 'OSCAL POA&M', extension: '.oscal-poam.json', mediaType: 'application/json' },
  { format: 'oscal-catalog', label: 'OSCAL catalog (HY-SR)', extension: '.oscal-catalog.json', mediaType: 'application/json' },
];

/** Info on `format`. */
export function reportFormatInfo(format: ReportFormat): ReportFormatInfo {
  return REPORT_FORMATS.find((f) => f.format === format)!;
}

