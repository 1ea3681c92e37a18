/**
 * The export formats by name, extension and media type: a module without the renderers, so
 * the Export menu can list the formats while the report code loads only on first export.
 */
export type TextReportFormat = 'md' | 'csv' | 'oscal-ar' | 'oscal-poam' | 'oscal-catalog';
export type ReportFormat = 'pdf' | TextReportFormat;
/** Formats of other threat-modelling tools: made from the document, shown with their loss report before export. */
export type InterchangeExportFormat = 'otm' | 'tmbom' | 'threat-dragon' | 'threagile';
/** Everything the Export menu offers. */
export type ExportFormat = ReportFormat | InterchangeExportFormat;

export interface ReportFormatInfo<F extends ExportFormat = ReportFormat> {
  format: F;
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

/** The Export menu's "for other tools" section (issue 21). */
export const INTERCHANGE_FORMATS: readonly ReportFormatInfo<InterchangeExportFormat>[] = [
  { format: 'otm', label: 'OTM (Open Threat Model 0.2.0)', extension: '.otm.json', mediaType: 'application/json' },
  { format: 'tmbom', label: 'TM-BOM (Threat Model Library 1.0, CycloneDX 1.6)', extension: '.tmbom.cdx.json', mediaType: 'application/vnd.cyclonedx+json' },
  { format: 'threat-dragon', label: 'Threat Dragon v2', extension: '.threat-dragon.json', mediaType: 'application/json' },
  { format: 'threagile', label: 'Threagile model (YAML)', extension: '.threagile.yaml', mediaType: 'application/yaml' },
];

export function isInterchangeFormat(format: ExportFormat): format is InterchangeExportFormat {
  return INTERCHANGE_FORMATS.some((f) => f.format === format);
}

/** Info on `format`. */
export function reportFormatInfo<F extends ExportFormat>(format: F): ReportFormatInfo<F> {
  return ([...REPORT_FORMATS, ...INTERCHANGE_FORMATS] as ReportFormatInfo<ExportFormat>[]).find((f) => f.format === format)! as ReportFormatInfo<F>;
}

