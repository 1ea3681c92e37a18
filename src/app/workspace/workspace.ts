/**
 * The workspace: the use-cases of local projects behind the domain's `ProjectStorage` port.
 * Which project is open, its autosave and its editing role among tabs (with the messages the
 * banner shows), export, the storage estimate and `persist()`. The UI reaches it through the
 * store (`state.storage`), never by importing this file. Persistence below it only stores.
 * The project library (the Projects and Snapshots dialogs' operations, import, backups) is
 * library.ts, this layer's one on-demand seam: a first visit only opens and autosaves.
 */
import { CURRENT_SCHEMA_VERSION, type WorkbenchDocument } from '../../domain/model/schema';
import type { Clock, IdFactory, TemplateLibrary } from '../../domain/ports';
import { exportProjectFile, projectFileName } from '../../domain/io/projectFileFormat';
import type { ProjectStorage, StorageResult, StorageStatus } from '../../domain/io/storagePort';
import { startAutosave, type Autosave } from '../../persistence/autosave';
import { clearRescueCopy, writeRescueCopy } from '../../persistence/rescueCopy';
import type { ProjectRepository } from '../../persistence/projectRepository';
import { classifyStorageError, describeStorageError } from '../../persistence/storageErrors';
import type { Claim, MetadataResult, TabCoordinator } from '../../persistence/tabCoordinator';
import type { MetadataPatch } from '../../persistence/tabMessages';
import { LAST_PROJECT_KEY, viewportKey } from '../../persistence/db';
import type { LibraryOps } from './library';
import { fail, ok, type WorkspaceCatalog, type WorkspaceStore } from './workspaceTypes';

export interface WorkspaceDeps {
  store: WorkspaceStore;
  repository: ProjectRepository;
  coordinator: TabCoordinator;
  catalog: WorkspaceCatalog;
  templates: TemplateLibrary;
  clock: Clock;
  ids: IdFactory;
  /** `navigator.storage` when available. */
  storageManager?: StorageManager;
  /** Set when the database is unusable for this build (newer data): read-only from the start. */
  blockedReason?: string | null;
}

const failure = (what: string, error: unknown): StorageResult =>
  fail(`${what} failed: ${describeStorageError(error)}.`);

/** The eager half of local storage for the UI: open, autosave, tab role, export; the library loads on first use. */
export type Workspace = ProjectStorage & { ready: Promise<void>; autosave: Autosave };

export function createWorkspace(deps: WorkspaceDeps): Workspace {
  const { store, repository, coordinator, catalog, templates, clock, ids } = deps;
  const listeners = new Set<() => void>();
  let status: StorageStatus = {
    projectId: store.getState().document.id,
    role: deps.blockedReason ? 'blocked' : 'follower',
    roleMessage: deps.blockedReason ?? null,
    persisted: null,
    usageBytes: null,
    quotaBytes: null,
    autosavePaused: false,
  };
  const setStatus = (patch: Partial<StorageStatus>) => {
    status = { ...status, ...patch };
    for (const l of listeners) l();
  };
  let claim: Claim | undefined;

  const autosave = startAutosave(store, {
    save: async (doc) => {
      try {
        await repository.save(doc);
      } catch (error) {
        // A newer build wrote here: this tab stops, and the edit it could not write is kept.
        if (classifyStorageError(error) === 'newer-data') {
          writeRescueCopy(doc);
          block(describeStorageError(error));
        }
        throw error;
      }
    },
    canWrite: () => status.role === 'editor',
    rescue: writeRescueCopy,
    onSaved: (doc) => {
      clearRescueCopy(doc.id);
      claim?.announceSaved(doc.updatedAt);
      void refreshEstimate();
    },
    onPausedChange: (paused) => setStatus({ autosavePaused: paused }),
  });

  const setRole = (role: StorageStatus['role'], roleMessage: string | null) => {
    if (status.role === 'blocked') return; // Only a reload leaves the blocked state.
    setStatus({ role, roleMessage });
    store.getState().setReadOnly(role !== 'editor');
  };

  const block = (message: string) => {
    setStatus({ role: 'blocked', roleMessage: message });
    store.getState().setReadOnly(true);
  };

  /**
   * Another tab claims a newer schema. Any same-origin page can post that, so the claim is
   * confirmed from storage itself (the format the newest writer recorded) before this tab
   * stops; an unconfirmed claim changes nothing (a newer build that has not written yet is
   * caught by the write guard on its first save). Before blocking, the pending edit is kept.
   */
  const confirmNewerVersion = async (claimed: number) => {
    if (status.role === 'blocked') return;
    const stored = await repository.storedFormatVersion().catch(() => 0);
    if (stored <= CURRENT_SCHEMA_VERSION) return;
    if (autosave.hasPendingChanges()) writeRescueCopy(store.getState().document);
    block(
      `A newer version of the workbench (schema ${Math.max(stored, claimed)}) is open in another tab and has saved here. This tab stopped saving so it cannot overwrite newer data; your last edits are kept in this tab and as a rescue copy. Export the project if you need them, then reload.`,
    );
  };
  coordinator.onNewerVersion((version) => void confirmNewerVersion(version));

  /** Shows a document read from (or just written to) the database: it is saved as shown. */
  const show = (document: WorkbenchDocument) => {
    autosave.markClean(document);
    store.getState().loadDocument(document);
    autosave.markClean(store.getState().document);
    store.getState().setSaveState({ status: 'saved' });
  };

  const reloadFromDatabase = async () => {
    const id = status.projectId;
    try {
      const document = await repository.load(id);
      if (document && status.projectId === id) show(document);
    } catch (error) {
      store
        .getState()
        .notify({ kind: 'error', text: `Could not follow the other tab's changes: ${describeStorageError(error)}.` });
    }
  };

  const claimProject = async (projectId: string) => {
    claim?.release();
    claim = undefined;
    if (status.role === 'blocked') return;
    claim = await coordinator.claim(projectId, {
      onEditor: async (initial) => {
        if (!initial) await reloadFromDatabase();
        setRole('editor', null);
      },
      onFollower: (handedOver) =>
        setRole(
          'follower',
          handedOver
            ? 'Editing was handed to another tab. This tab follows its changes and is read-only.'
            : 'This project is being edited in another tab. This tab follows its changes and is read-only.',
        ),
      onRemoteSaved: () => void reloadFromDatabase(),
      onRemoteMetadata: async (patch) => {
        // Another tab renamed the project this tab edits: apply it here and save it, so this
        // tab's next autosave carries the new name instead of writing the old one back.
        if (status.role !== 'editor' || status.projectId !== projectId)
          throw new Error('the tab editing the project is read-only at the moment');
        store.getState().commit((doc, now) => ({ ...doc, ...patch, updatedAt: now }));
        await autosave.flush();
        if (autosave.hasPendingChanges() || autosave.isPaused())
          throw new Error('the tab editing the project could not save it (see the message there)');
        store.getState().notify({ kind: 'info', text: `Another tab renamed this project to "${patch.name}".` });
      },
      beforeRelease: async () => {
        // Stop edits, then write pending ones while still the editor, before the other tab loads.
        store.getState().setReadOnly(true);
        await autosave.flush();
      },
    });
  };

  const refreshEstimate = async () => {
    const manager = deps.storageManager;
    if (!manager?.estimate) return;
    try {
      const estimate = await manager.estimate();
      setStatus({ usageBytes: estimate.usage ?? null, quotaBytes: estimate.quota ?? null });
    } catch {
      // Estimates are advisory; a browser that refuses them leaves the figures unknown.
    }
  };

  type Viewport = { x: number; y: number; zoom: number };
  // Read with each project as it opens (see `knownViewport`); kept current by saveViewport.
  const viewports = new Map<string, Viewport | null>();
  const readViewport = async (projectId: string): Promise<Viewport | undefined> => {
    const viewport = await repository.getSession<Viewport>(viewportKey(projectId)).catch(() => undefined);
    viewports.set(projectId, viewport ?? null);
    return viewport;
  };

  const openDocument = async (document: WorkbenchDocument) => {
    if (status.role === 'editor') await autosave.flush();
    show(document);
    setStatus({ projectId: document.id });
    await repository.setSession(LAST_PROJECT_KEY, document.id).catch(() => undefined);
    await claimProject(document.id);
  };

  // The initial document was read from the database (or created there), unless this build may not write.
  if (!deps.blockedReason) store.getState().setSaveState({ status: 'saved' });

  const ready = (async () => {
    await claimProject(status.projectId);
    if (deps.storageManager?.persisted) {
      setStatus({ persisted: await deps.storageManager.persisted().catch(() => null) });
    }
    await refreshEstimate();
  })();

  const guard = async (what: string, action: () => Promise<StorageResult>): Promise<StorageResult> => {
    try {
      return await action();
    } catch (error) {
      if (classifyStorageError(error) === 'newer-data') block(describeStorageError(error));
      return failure(what, error);
    }
  };

  /** A metadata change (rename) of a project, under its tab lock (see tabCoordinator.ts). */
  const updateMetadata = (projectId: string, patch: MetadataPatch): Promise<MetadataResult> =>
    coordinator.updateMetadata(projectId, patch, async () => {
      const document = await repository.load(projectId);
      if (!document) throw new Error('the project no longer exists');
      const updated = { ...document, ...patch, updatedAt: clock() };
      await repository.save(updated);
      return updated.updatedAt;
    });

  let libraryOps: Promise<LibraryOps> | undefined;
  const library = () =>
    (libraryOps ??= import('./library').then(
      (m) =>
        m.createLibraryOps({
          store,
          repository,
          catalog,
          templates,
          clock,
          ids,
          autosave,
          status: () => status,
          openDocument,
          updateMetadata,
        }),
      (error: unknown) => {
        libraryOps = undefined; // A failed load (server gone) is retried on the next use.
        throw error;
      },
    ));
  /** A library operation, loaded on first use; failures (including the load) are reported as `what` failed. */
  const inLibrary = (what: string, run: (ops: LibraryOps) => Promise<StorageResult>) =>
    guard(what, async () => run(await library()));

  return {
    ready,
    autosave,
    getStatus: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    listProjects: () => repository.list(),
    listTrash: async () => (await library()).listTrash(),

    openProject: (id) =>
      guard('Opening the project', async () => {
        if (id === status.projectId) return ok('The project is already open.');
        const started = performance.now();
        const [document] = await Promise.all([repository.load(id), readViewport(id)]);
        if (!document) return fail('That project no longer exists (it may have been deleted in another tab).');
        // Read + migrate + validate, for the open-project benchmark's breakdown.
        performance.measure?.('htw:open-read', { start: started, end: performance.now() });
        await openDocument(document);
        return ok(`Opened "${document.name}".`);
      }),

    createProject: (args) => inLibrary('Creating the project', (ops) => ops.createProject(args)),

    openNewDocument: (document) => inLibrary('Creating the project', (ops) => ops.openNewDocument(document)),

    renameProject: (id, name) => inLibrary('Renaming', (ops) => ops.renameProject(id, name)),
    duplicateProject: (id) => inLibrary('Duplicating', (ops) => ops.duplicateProject(id)),
    deleteProject: (id) => inLibrary('Deleting', (ops) => ops.deleteProject(id)),
    restoreProject: (id) => inLibrary('Restoring from the trash', (ops) => ops.restoreProject(id)),
    purgeProject: (id) => inLibrary('Deleting for good', (ops) => ops.purgeProject(id)),

    listSnapshots: async () => (await library()).listSnapshots(),
    createSnapshot: (name) => inLibrary('Saving the snapshot', (ops) => ops.createSnapshot(name)),
    restoreSnapshot: (id) => inLibrary('Restoring the snapshot', (ops) => ops.restoreSnapshot(id)),
    deleteSnapshot: (id) => inLibrary('Deleting the snapshot', (ops) => ops.deleteSnapshot(id)),

    async compare(before, after) {
      try {
        return await (await library()).compare(before, after);
      } catch (error) {
        return { ok: false, message: `Comparing failed: ${describeStorageError(error)}.` };
      }
    },

    async exportProject() {
      const document = store.getState().document;
      const file = { fileName: projectFileName(document), text: exportProjectFile(document) };
      // The check runs the importer, in the library loaded on first use. Should it fail to load
      // (the server gone), the file is still handed over: this export is the way out when storage fails.
      const warning = await library().then(
        (ops) => ops.exportProblem(document),
        () => undefined,
      );
      return warning ? { ...file, warning } : file;
    },

    importProject: (text, fileName, byteLength) =>
      inLibrary('Importing', (ops) => ops.importProject(text, fileName, byteLength)),

    async exportBackup() {
      try {
        return { ok: true, ...(await (await library()).exportBackup()) };
      } catch (error) {
        return { ok: false, message: `The backup failed: ${describeStorageError(error)}.` };
      }
    },

    restoreBackup: (text, fileName, byteLength) =>
      inLibrary('Restoring the backup', (ops) => ops.restoreBackup(text, fileName, byteLength)),

    async takeOverEditing() {
      if (status.role !== 'follower') return;
      claim?.requestTakeOver();
    },

    async retrySave() {
      const done = await autosave.retry();
      if (done) store.getState().notify({ kind: 'info', text: 'Saved. Autosave is back on.' });
    },

    async requestPersistence() {
      const manager = deps.storageManager;
      if (!manager?.persist) return;
      const persisted = await manager.persist().catch(() => false);
      setStatus({ persisted });
    },

    loadViewport: readViewport,
    knownViewport: (projectId) => viewports.get(projectId),
    saveViewport(projectId, viewport) {
      viewports.set(projectId, viewport);
      // Session state: a failed write only loses the view position.
      void repository.setSession(viewportKey(projectId), viewport).catch(() => undefined);
    },
  };
}
