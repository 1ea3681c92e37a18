/** Public surface of the report model and its text renderers (PDF lives in src/report/). */
export type * from './reportModel';
export { buildReport, PLATFORM_SECTION, packSectionId } from './buildReport';
export { reportToMarkdown } from './reportToMarkdown';
export { reportToCsv, REPORT_CSV_HEADER } from './reportToCsv';
export { STATUS_LABEL, APPLICABILITY_LABEL, STATUS_CHART_ORDER } from './labels';
export { toAssessmentResults, type OscalAssessmentResults } from './oscal/toAssessmentResults';
export { toPoam, type OscalPoam } from './oscal/toPoam';
export { toOscalCatalog, type OscalCatalog } from './oscal/toOscalCatalog';
export { OscalAssessmentResultsSchema, OscalPoamSchema, OscalCatalogSchema } from './oscal/oscalSchemas';
export { uuidV5, WORKBENCH_NAMESPACE } from './oscal/nameUuid';
export { REPORT_FORMATS, reportFormatInfo, renderTextReport, reportFileName, type ReportFormat, type TextReportFormat, type ReportFormatInfo } from './exportFormats';
