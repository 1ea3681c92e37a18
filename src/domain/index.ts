/** Public surface of the domain layer. Each area appends its own lines. */

// Rules engine, checklist and assessment (issue 4).
export type { Applicability, Assessment, ChecklistItem, CoverageMatrix, Finding, OrphanedEntry, Reason, Summary, ThreatSourceView, ValidationWarning } from './rules/types';
export { indexCatalog, toEngineCatalog, isEngineCatalog, type CatalogSource, type EngineCatalog } from './rules/engineCatalog';
export { evaluate, evaluateCondition, formatAttributeValue, type ConditionResult, type MissingInput, type Truth } from './rules/evaluate';
export { validateModel } from './rules/validateModel';
export { assess } from './rules/assess';
export { buildChecklist, componentStatus, type Checklist } from './checklist/buildChecklist';
export { buildCoverage, buildThreatSourceView, isGap, summarize } from './checklist/coverage';
export { isOpenStatus, worstStatus } from './checklist/status';
export {
  addEvidence,
  clearAssessment,
  emptyAssessmentEntry,
  getAssessment,
  moveAssessment,
  removeEvidence,
  setAssessment,
  setAssessmentStatus,
  type AssessmentPatch,
  type AssessmentScope,
} from './checklist/assessmentOps';
export {
  assessmentToJson,
  assessmentToMarkdown,
  checklistToCsv,
  csvCell,
  escapeMarkdown,
  toCsv,
  CHECKLIST_CSV_HEADER,
  type AssessmentJson,
  type ChecklistJsonItem,
} from './checklist/formatChecklist';

// Assessment workflow and dashboard (issue 7).
export {
  applyToTargets,
  checkAttachment,
  checkEvidenceLink,
  fieldName,
  formatBytes,
  isAcceptanceExpired,
  isAssessedPerComponent,
  isCalendarDate,
  isOverdue,
  mergeToPlatform,
  requiredFields,
  splitPerComponent,
  validateEntry,
  MAX_ATTACHMENT_BYTES,
  STATUS_LABELS,
  type AssessmentTarget,
  type EntryField,
  type EntryProblem,
} from './checklist/assessmentWorkflow';
export {
  buildDashboardData,
  isFullyReviewed,
  type DashboardData,
  type DashboardProgress,
  type Heatmap,
  type HeatmapCell,
  type StatusSlice,
  type ThreatSourceFigures,
  type TopGap,
} from './checklist/dashboardData';
export { filterChecklist, groupChecklist, isFiltering, sourcesByRecommendation, NO_FUNCTION, type ChecklistContext, type ChecklistGroup } from './checklist/checklistFilter';
export { EMPTY_FILTER, type ApplicabilityFilter, type ChecklistFilter, type ChecklistGrouping } from './checklist/checklistFilterDefaults';
