/**
 * Files the operating system opens with the installed app (manifest `file_handlers`, File
 * Handling API's `window.launchQueue`): each is read with the same limits and decoder as
 * "Import project…" / "Restore backup…" and imported through storage, so a bad file is
 * refused with the same sentence and changes nothing stored. A backup is told apart by the
 * name the app gives it (`….htw-backup.json`); everything else is tried as a project file.
 */
import { describeImportError } from '../../domain/io/importErrors';
import { MAX_BACKUP_FILE_BYTES } from '../../domain/io/backup';
import { MAX_PROJECT_FILE_BYTES } from '../../domain/io/projectFileFormat';
import type { ProjectStorage, StorageResult } from '../../domain/io/storagePort';
import { readChosenFile } from './readChosenFile';

/** What the launch queue hands over (File Handling API); not in TypeScript's DOM lib yet. */
export interface LaunchParamsLike {
  files: readonly { kind: string; getFile(): Promise<File> }[];
}

export function isBackupFileName(name: string): boolean {
  return /\.htw-backup\.json$/i.test(name);
}

/** Imports each launched file in turn; one result per file, in order. */
export async function openLaunchedFiles(
  storage: Pick<ProjectStorage, 'importProject' | 'restoreBackup'>,
  params: LaunchParamsLike,
): Promise<StorageResult[]> {
  const results: StorageResult[] = [];
  for (const handle of params.files) {
    if (handle.kind !== 'file') continue;
    const file = await handle.getFile();
    const backup = isBackupFileName(file.name);
    const read = await readChosenFile(file, backup ? MAX_BACKUP_FILE_BYTES : MAX_PROJECT_FILE_BYTES);
    if ('refused' in read) {
      results.push({ ok: false, message: describeImportError(read.refused, `"${file.name}"`) });
      continue;
    }
    results.push(
      backup
        ? await storage.restoreBackup(read.text, file.name, read.size)
        : await storage.importProject(read.text, file.name, read.size),
    );
  }
  return results;
}
