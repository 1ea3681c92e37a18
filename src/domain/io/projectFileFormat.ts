/**
 * The project file's format: one document as pretty-printed JSON, and its file name. Apart
 * from the import checks (projectFile.ts), so saving a file never waits for the importer.
 */
import type { WorkbenchDocument } from '../model/schema';

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
