/**
 * The evidence-file store the composition root hands to the UI: attachmentFiles.ts (the
 * `attachments` table, size limits, quota messages) behind the domain's `AttachmentStore`.
 */
import type { AttachmentStore, IdFactory } from '../domain/ports';
import { createAttachmentFiles } from './attachmentFiles';
import type { WorkbenchDb } from './db';

export function createAttachmentStore(db: WorkbenchDb, ids: IdFactory): AttachmentStore {
  return createAttachmentFiles(db, ids);
}
