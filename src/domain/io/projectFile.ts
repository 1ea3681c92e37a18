/**
 * The project file: one document, in the published format (`format`, `schemaVersion` and the
 * catalog's id and version are in its header), as pretty-printed JSON.
 */
import type { WorkbenchDocument } from '../model/schema';
import { describeImportError, type ImportResult } from './importErrors';
import { readDocument, type RecordLimits, type TypeCatalog } from './readDocument';
import { DEFAULT_JSON_LIMITS, parseUntrustedJson, type UntrustedJsonLimits } from './untrustedJson';
import { exportProjectFile, MAX_PROJECT_FILE_BYTES } from './projectFileFormat';

/**
 * Why a project, once exported, would be refused on import (text typed or pasted in the app
 * that the importer refuses, such as a NUL or a right-to-left override), or undefined. Lets
 * export warn at once instead of the file failing on the day it is needed.
 */
export function exportProblem(document: WorkbenchDocument): string | undefined {
  const check = parseUntrustedJson(exportProjectFile(document), {
    ...DEFAULT_JSON_LIMITS,
    maxBytes: MAX_PROJECT_FILE_BYTES,
  });
  if (check.ok) return undefined;
  return `${describeImportError(check.error, `The project "${document.name}"`)} Edit that text: as it is, the file cannot be imported again.`;
}

/**
 * Reads an imported project file. Every check runs before anything is returned, so a refused
 * file changes nothing; the error says what is wrong and where (see `describeImportError`).
 */
export function importProjectFile(
  text: string,
  catalog: TypeCatalog,
  options: { byteLength?: number; limits?: UntrustedJsonLimits; recordLimits?: RecordLimits } = {},
): ImportResult<WorkbenchDocument> {
  const limits = options.limits ?? { ...DEFAULT_JSON_LIMITS, maxBytes: MAX_PROJECT_FILE_BYTES };
  const parsed = parseUntrustedJson(text, limits, options.byteLength);
  if (!parsed.ok) return parsed;
  return readDocument(parsed.value, catalog, { recordLimits: options.recordLimits });
}
