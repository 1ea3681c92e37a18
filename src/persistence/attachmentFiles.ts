/**
 * Evidence files in IndexedDB (the `attachments` table), behind createAttachmentStore
 * (attachmentStore.ts), which loads this module on first use. Documents only hold a reference
 * (`Evidence.blobId`), so a large screenshot never slows autosave or bloats the document.
 *
 * Blobs are not deleted when evidence is removed from an entry: undo can bring the entry back,
 * and it must find its file again. Removing a project's attachments belongs with deleting the
 * project.
 */
import type { AttachmentStore, IdFactory, StoredAttachment } from '../domain/ports';
import { checkAttachment } from '../domain/checklist/attachmentLimits';
import type { WorkbenchDb } from './db';

/** Whether an IndexedDB/Dexie error means the browser's storage quota is used up. */
export function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth++) {
    const { name, code } = e as { name?: string; code?: number };
    // Chromium/WebKit name it; Firefox uses its own name and code 1014; Dexie may wrap it.
    if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014)
      return true;
    e = (e as { inner?: unknown }).inner;
  }
  return false;
}

export function createAttachmentFiles(db: WorkbenchDb, ids: IdFactory): AttachmentStore {
  return {
    async put(projectId, { name, mediaType, blob }) {
      const check = checkAttachment({ name, size: blob.size });
      if (!check.ok) return check;
      const id = ids();
      try {
        await db.attachments.add({
          id,
          projectId,
          name: name.slice(0, 2000),
          mediaType: mediaType.slice(0, 200),
          size: blob.size,
          blob,
        });
      } catch (error) {
        if (isQuotaError(error)) {
          return {
            ok: false,
            message: `“${name}” was not attached: the browser's storage for this site is full. Export the project, then free space.`,
          };
        }
        const detail = error instanceof Error ? error.message : String(error);
        return { ok: false, message: `“${name}” could not be stored: ${detail}` };
      }
      return { ok: true, blobId: id, size: blob.size };
    },

    async get(blobId): Promise<StoredAttachment | undefined> {
      const row = await db.attachments.get(blobId);
      return row ? { name: row.name, mediaType: row.mediaType, size: row.size, blob: row.blob } : undefined;
    },

    async remove(blobId) {
      await db.attachments.delete(blobId);
    },
  };
}
