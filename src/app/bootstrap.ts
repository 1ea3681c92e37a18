/**
 * Composition root: loads the catalog, opens the database, restores the last project (or
 * opens the sample platform on a first visit), creates the store and starts autosave.
 */
import { loadBundledCatalog } from '../domain/catalog/catalogSource';
import { instantiateTemplate, SAMPLE_TEMPLATE_ID } from '../domain/catalog/templates';
import { createWorkbenchStore, type WorkbenchStore } from '../store/createWorkbenchStore';
import { openWorkbenchDb } from '../persistence/db';
import { createDocumentRepository } from '../persistence/documentRepository';
import { startAutosave } from '../persistence/autosave';
import { createAttachmentStore } from '../persistence/attachmentStore';
import type { AttachmentStore } from '../domain/ports';

const LAST_PROJECT_KEY = 'lastProjectId';

export const clock = () => new Date().toISOString();
export const newId = () => crypto.randomUUID().replaceAll('-', '').slice(0, 20);

/** What the composition root hands to the UI. */
export interface AppServices {
  store: WorkbenchStore;
  /** Evidence files (blobs in IndexedDB), given to the UI through a React context. */
  attachments: AttachmentStore;
}

export async function bootstrap(): Promise<AppServices> {
  const catalog = loadBundledCatalog();
  const db = openWorkbenchDb();
  const repository = createDocumentRepository(db);

  const lastId = await repository.getSession<string>(LAST_PROJECT_KEY);
  let document = lastId ? await repository.load(lastId) : undefined;
  if (!document) {
    document = instantiateTemplate(SAMPLE_TEMPLATE_ID, { id: newId(), now: clock() });
    await repository.save(document);
  }
  await repository.setSession(LAST_PROJECT_KEY, document.id);

  const store = createWorkbenchStore({ catalog, clock, ids: newId }, document);
  startAutosave(store, repository);
  return { store, attachments: createAttachmentStore(db, newId) };
}
