/** Import, export, migrations, backups and comparison of workbench documents. */
export * from './importErrors';
export { formatJsonPath } from './jsonPath';
export { parseUntrustedJson, hostileStringReason, DEFAULT_JSON_LIMITS, type UntrustedJsonLimits } from './untrustedJson';
export { migrateDocument } from './migrateDocument';
export { MIGRATIONS, type Migration } from './migrations';
export { readDocument, type TypeCatalog } from './readDocument';
export { exportProblem, importProjectFile } from './projectFile';
export { exportProjectFile, projectFileName, MAX_PROJECT_FILE_BYTES } from './projectFileFormat';
export * from './backup';
export * from './compareDocuments';
export type * from './storagePort';
