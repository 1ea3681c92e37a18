/** Interchange with other threat-modelling tools (issue 21): OTM export and import, loss reports, the type mapping table. */
export { describeLossReport, type LossItem, type LossReport } from './lossReport';
export { InterchangeTypeMapSchema, mapComponentType, mapConnectionType, normalizeTypeName, typeMapProblems, type InterchangeTypeMap } from './typeMap';
export { bundledTypeMap } from './bundledTypeMap';
export { toOtm, otmFileText, type OtmExport } from './otm/toOtm';
export { importOtm, type OtmImport, type OtmImportOptions, type ReviewItem } from './otm/fromOtm';
export { OTM_FORMAT_NAME, OTM_VERSION, type OtmDocument } from './otm/otmFormat';
export { detectInterchangeFormat, type InterchangeFormat } from './detectInterchangeFormat';
