/**
 * The evidence-file store the composition root hands to the UI. Its implementation
 * (attachmentFiles.ts, with the size limits) loads on first use: a first visit shows no evidence.
 */
import type { AttachmentStore, IdFactory } from '../domain/ports';
import type { WorkbenchDb } from './db';

export function createAttachmentStore(db: WorkbenchDb, ids: IdFactory): AttachmentStore {
  let files: Promise<AttachmentStore> | undefined;
  const load = () =>
    (files ??= import('./attachmentFiles').then(
      (m) => m.createAttachmentFiles(db, ids),
      (error: unknown) => {
        files = undefined; // A failed load (server gone) is retried on the next use.
        throw error;
      },
    ));
  return {
    // put reports every failure as a message, as the implementation does, never by rejecting.
    put: (projectId, file) =>
      load().then(
        (store) => store.put(projectId, file),
        (error: unknown) => ({ ok: false, message: `“${file.name}” could not be stored: ${error instanceof Error ? error.message : String(error)}` }),
      ),
    get: async (blobId) => (await load()).get(blobId),
    remove: async (blobId) => (await load()).remove(blobId),
  };
}
