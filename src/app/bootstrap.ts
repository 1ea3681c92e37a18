/**
 * Composition root: loads the catalog, opens the database, restores the last project (or
 * opens the sample platform on a first visit), creates the store and starts storage: autosave,
 * tab coordination and the project workspace the UI reaches through `state.storage`.
 */
import { instantiate, SAMPLE_TEMPLATE_ID } from '../domain/catalog/templateDocument';
import type { TemplateLibrary } from '../domain/ports';
import { CURRENT_SCHEMA_VERSION, type WorkbenchDocument } from '../domain/model/schema';
import { createWorkbenchStore, type WorkbenchStore } from '../store/createWorkbenchStore';
import { createProjectRepository, type ProjectRepository } from '../persistence/projectRepository';
import { LAST_PROJECT_KEY, openWorkbenchDb } from '../persistence/db';
import { createWorkspace } from './workspace/workspace';
import { createTabCoordinator } from '../persistence/tabCoordinator';
import { describeStorageError } from '../persistence/storageErrors';
import { clearRescueCopy, readRescueCopies } from '../persistence/rescueCopy';
import type { WorkbenchDb } from '../persistence/db';
import type { AttachmentStore, IdFactory } from '../domain/ports';
import { createFetchedTemplateLibrary, fetchShippedCatalog } from './shippedData';
import { keepViewStatePerProject } from './viewStateSession';
import { createPackStorage } from '../persistence/packStorage';
import type { PackService } from '../domain/packs/installedPacks';
import { createPackService, initialCatalog, watchProjectPacks } from './packService';

export const clock = () => new Date().toISOString();
export const newId = () => crypto.randomUUID().replaceAll('-', '').slice(0, 20);

/** What the composition root hands to the UI. */
export interface AppServices {
  store: WorkbenchStore;
  /** Evidence files (blobs in IndexedDB), given to the UI through a React context. */
  attachments: AttachmentStore;
  /** The shipped reference architectures, given to the UI through a React context. */
  templates: TemplateLibrary;
  /** Installed packs (install, list, remove), given to the UI through a React context. */
  packs: PackService;
}

interface InitialProject {
  document: WorkbenchDocument;
  /** Set when this build must not write (the database holds newer data). */
  blockedReason: string | null;
  problem: string | null;
}

/**
 * Evidence files (persistence/attachmentStore.ts), loaded the first time the checklist shows
 * or adds one: a first visit does not download the store. A load that fails (the server gone,
 * no offline copy yet) refuses the file with a message and is retried on the next use.
 */
function attachmentsOnFirstUse(db: WorkbenchDb, ids: IdFactory): AttachmentStore {
  let loaded: Promise<AttachmentStore> | undefined;
  const store = () =>
    (loaded ??= import('../persistence/attachmentStore').then(
      (m) => m.createAttachmentStore(db, ids),
      (error: unknown) => {
        loaded = undefined;
        throw error;
      },
    ));
  return {
    async put(projectId, file) {
      let files: AttachmentStore;
      try {
        files = await store();
      } catch (error) {
        return {
          ok: false,
          message: `“${file.name}” could not be stored: ${error instanceof Error ? error.message : String(error)}. Reload and try again.`,
        };
      }
      return files.put(projectId, file);
    },
    get: async (blobId) => (await store()).get(blobId),
    remove: async (blobId) => (await store()).remove(blobId),
  };
}

/** The last project, else the most recent one, else a new sample. Nothing is written before this has read. */
async function openInitialProject(repository: ProjectRepository, templates: TemplateLibrary): Promise<InitialProject> {
  const newSample = async () => instantiate(await templates.load(SAMPLE_TEMPLATE_ID), { id: newId(), now: clock() });
  const stored = await repository.storedFormatVersion();
  if (stored > CURRENT_SCHEMA_VERSION) {
    return {
      // Shown read-only and never saved.
      document: await newSample(),
      blockedReason: `The projects in this browser were saved by a newer version of the workbench (schema ${stored}; this version knows up to ${CURRENT_SCHEMA_VERSION}). This version will not change them: reload with the newer version. Showing the sample, read-only.`,
      problem: null,
    };
  }
  let problem: string | null = null;
  // Edits a closing page could only keep in its rescue copy; stale or invalid copies are dropped.
  const copies = readRescueCopies();
  try {
    await repository.recoverRescueCopies(copies);
    for (const copy of copies) clearRescueCopy(copy.id);
  } catch (error) {
    // The copies stay for the next start.
    problem = `Edits kept from a closed tab could not be saved yet: ${describeStorageError(error)}.`;
  }
  const tryLoad = async (id: string) => {
    try {
      return await repository.load(id);
    } catch (error) {
      problem = `A stored project could not be opened and was left unchanged: ${describeStorageError(error)}.`;
      return undefined;
    }
  };
  const lastId = await repository.getSession<string>(LAST_PROJECT_KEY);
  let document = lastId ? await tryLoad(lastId) : undefined;
  if (!document) {
    for (const entry of await repository.list()) {
      document = await tryLoad(entry.id);
      if (document) break;
    }
  }
  if (!document) {
    document = await newSample();
    await repository.create(document);
  }
  await repository.setSession(LAST_PROJECT_KEY, document.id);
  return { document, blockedReason: null, problem };
}

export async function bootstrap(): Promise<AppServices> {
  const db = openWorkbenchDb();
  const templates = createFetchedTemplateLibrary();
  // The core catalog validates projects; the store's catalog has the installed packs composed in.
  const catalog = await fetchShippedCatalog();
  const packStorage = createPackStorage(db);
  const withPacks = await initialCatalog(catalog, packStorage);
  const repository = createProjectRepository(db, catalog);
  const initial = await openInitialProject(repository, templates);

  const store = createWorkbenchStore({ catalog: withPacks.catalog, clock, ids: newId }, initial.document);
  const storage = createWorkspace({
    store,
    repository,
    coordinator: createTabCoordinator({ tabId: newId(), schemaVersion: CURRENT_SCHEMA_VERSION }),
    catalog,
    templates,
    clock,
    ids: newId,
    ...(navigator.storage ? { storageManager: navigator.storage } : {}),
    blockedReason: initial.blockedReason,
  });
  store.setState({ storage });
  keepViewStatePerProject(store);
  if (initial.blockedReason) store.getState().setReadOnly(true);
  if (initial.problem) store.getState().notify({ kind: 'error', text: initial.problem });
  await storage.ready;
  watchProjectPacks(store);
  if (withPacks.problems.length > 0) store.getState().notify({ kind: 'error', text: withPacks.problems.join(' ') });
  // Chromium decides without a prompt; the result is shown in the storage status.
  void storage.requestPersistence();
  const packs = createPackService({ core: catalog, storage: packStorage, store, clock });
  return { store, attachments: attachmentsOnFirstUse(db, newId), templates, packs };
}
