/**
 * The project file: one document, in the published format (`format`, `schemaVersion` and the
 * catalog's id and version are in its header), as pretty-printed JSON.
 */
import type { WorkbenchDocument } from '../model/schema';
import type { ImportResult } from './importErrors';
import { readDocument, type TypeCatalog } from './readDocument';
import { DEFAULT_JSON_LIMITS, parseUntrustedJson, type UntrustedJsonLimits } from './untrustedJson';

/** Largest project file accepted (a 5,000-component project is about 3 MB). */
export const MAX_PROJECT_FILE_BYTES = 20 * 1024 * 1024;

/** Serialises a project for export. `importProjectFile(exportProjectFile(d))` deep-equals `d`. */
export function exportProjectFile(document: WorkbenchDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** A file name from the project name: letters, digits and dashes only, so no path tricks. */
export function projectFileName(document: Pick<WorkbenchDocument, 'name'>, suffix = 'htw.json'): string {
  const base = document.name
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .toLowerCase();
  return `${base || 'project'}.${suffix}`;
}

/**
 * Reads an imported project file. Every check runs before anything is returned, so a refused
 * file changes nothing; the error says what is wrong and where (see `describeImportError`).
 */
export function importProjectFile(
  text: string,
  catalog: TypeCatalog,
  options: { byteLength?: number; limits?: UntrustedJsonLimits } = {},
): ImportResult<WorkbenchDocument> {
  const limits = options.limits ?? { ...DEFAULT_JSON_LIMITS, maxBytes: MAX_PROJECT_FILE_BYTES };
  const parsed = parseUntrustedJson(text, limits, options.byteLength);
  if (!parsed.ok) return parsed;
  return readDocument(parsed.value, catalog);
}
