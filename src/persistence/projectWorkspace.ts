/**
 * The storage side of the app, behind the domain's `ProjectStorage` port: which project is
 * open, its autosave, its editing role among tabs, snapshots, import/export and backups.
 * The UI reaches it through the store (`state.storage`), never by importing this file.
 */
import type { WorkbenchDocument } from '../domain/model/schema';
import { createDocument } from '../domain/model/operations';
import { instantiate } from '../domain/catalog/templateDocument';
import type { Clock, IdFactory, TemplateLibrary } from '../domain/ports';
// Direct module imports, not the domain/io barrel: import checks, backups and comparison are
// loaded when first used (dynamic import), which keeps them out of the first visit's JavaScript.
import { describeImportError } from '../domain/io/importErrors';
import { exportProjectFile, projectFileName } from '../domain/io/projectFileFormat';
import type { CompareSide, ProjectStorage, StorageResult, StorageStatus } from '../domain/io/storagePort';
import type { CatalogSource } from '../domain/rules/engineCatalog';
import type { TypeCatalog } from '../domain/io/readDocument';
import { startAutosave, type Autosave } from './autosave';
import { clearRescueCopy, writeRescueCopy } from './rescueCopy';
import type { ProjectRepository } from './projectRepository';
import { classifyStorageError, describeStorageError } from './storageErrors';
import type { Claim, TabCoordinator } from './tabCoordinator';

type SaveState = { status: 'idle' | 'saving' | 'saved' } | { status: 'error'; message: string };
type Notice = { kind: 'info' | 'error'; text: string } | null;

/** The store as the workspace sees it (structural: persistence does not import the store). */
export interface WorkspaceStore {
  getState(): {
    document: WorkbenchDocument;
    readOnly: boolean;
    loadDocument(document: WorkbenchDocument): void;
    commit(change: (doc: WorkbenchDocument, now: string) => WorkbenchDocument): void;
    setReadOnly(readOnly: boolean): void;
    setSaveState(state: SaveState): void;
    notify(notice: Notice): void;
  };
  subscribe(listener: (state: { document: WorkbenchDocument }, previous: { document: WorkbenchDocument }) => void): () => void;
}

export interface WorkspaceDeps {
  store: WorkspaceStore;
  repository: ProjectRepository;
  coordinator: TabCoordinator;
  catalog: CatalogSource & TypeCatalog & { id: string; version: string };
  templates: TemplateLibrary;
  clock: Clock;
  ids: IdFactory;
  /** `navigator.storage` when available. */
  storageManager?: StorageManager;
  /** Set when the database is unusable for this build (newer data): read-only from the start. */
  blockedReason?: string | null;
}

export const LAST_PROJECT_KEY = 'lastProjectId';
const viewportKey = (projectId: string) => `viewport:${projectId}`;

const ok = (message: string): StorageResult => ({ ok: true, message });
const fail = (message: string): StorageResult => ({ ok: false, message });
const failure = (what: string, error: unknown): StorageResult => fail(`${what} failed: ${describeStorageError(error)}.`);

export function createProjectWorkspace(deps: WorkspaceDeps): ProjectStorage & { ready: Promise<void>; autosave: Autosave } {
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
    save: (doc) => repository.save(doc),
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

  coordinator.onNewerVersion((version) =>
    block(`A newer version of the workbench (schema ${version}) is open in another tab. This tab stopped saving so it cannot overwrite newer data; reload it.`),
  );

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
      store.getState().notify({ kind: 'error', text: `Could not follow the other tab's changes: ${describeStorageError(error)}.` });
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

  const loadSide = async (side: CompareSide): Promise<{ label: string; document: WorkbenchDocument } | undefined> => {
    if (side === 'now') return { label: 'Now', document: store.getState().document };
    const snapshot = await repository.loadSnapshot(side);
    return snapshot && { label: snapshot.name, document: snapshot.document };
  };

  return {
    ready,
    autosave,
    getStatus: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    listProjects: () => repository.list(),
    listTrash: () => repository.listTrash(),

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

    createProject: ({ name, templateId }) =>
      guard('Creating the project', async () => {
        const trimmed = name.trim() || 'Untitled platform';
        const id = ids();
        const now = clock();
        const document = templateId
          ? instantiate(await templates.load(templateId), { id, now, name: trimmed })
          : createDocument({ id, name: trimmed, now, catalog: { id: catalog.id, version: catalog.version } });
        await repository.create(document);
        await openDocument(document);
        return ok(`Created "${document.name}".`);
      }),

    openNewDocument: (document) =>
      guard('Creating the project', async () => {
        const fresh = (await repository.exists(document.id)) ? { ...document, id: ids() } : document;
        await repository.create(fresh);
        await openDocument(fresh);
        return ok(`Created "${fresh.name}".`);
      }),

    renameProject: (id, name) =>
      guard('Renaming', async () => {
        const trimmed = name.trim();
        if (!trimmed) return fail('A project needs a name.');
        if (id === status.projectId) {
          if (status.role !== 'editor') return fail('This tab is read-only; rename the project in the tab that edits it.');
          store.getState().commit((doc, now) => ({ ...doc, name: trimmed.slice(0, 200), updatedAt: now }));
          await autosave.flush();
          return ok(`Renamed to "${trimmed}".`);
        }
        const document = await repository.load(id);
        if (!document) return fail('That project no longer exists.');
        await repository.save({ ...document, name: trimmed.slice(0, 200), updatedAt: clock() });
        return ok(`Renamed to "${trimmed}".`);
      }),

    duplicateProject: (id) =>
      guard('Duplicating', async () => {
        if (id === status.projectId && status.role === 'editor') await autosave.flush();
        const source = id === status.projectId ? store.getState().document : await repository.load(id);
        if (!source) return fail('That project no longer exists.');
        const now = clock();
        const copy = { ...source, id: ids(), name: `${source.name} (copy)`.slice(0, 200), createdAt: now, updatedAt: now };
        await repository.create(copy);
        return ok(`Created "${copy.name}".`);
      }),

    deleteProject: (id) =>
      guard('Deleting', async () => {
        const name = id === status.projectId ? store.getState().document.name : (await repository.load(id))?.name ?? 'the project';
        if (id === status.projectId) {
          await autosave.flush();
          const next = (await repository.list()).find((p) => p.id !== id);
          await repository.moveToTrash(id, clock());
          const document = next ? await repository.load(next.id) : undefined;
          if (document) await openDocument(document);
          else {
            const now = clock();
            const empty = createDocument({ id: ids(), name: 'Untitled platform', now, catalog: { id: catalog.id, version: catalog.version } });
            await repository.create(empty);
            await openDocument(empty);
          }
        } else await repository.moveToTrash(id, clock());
        return ok(`Moved "${name}" to the trash.`);
      }),

    restoreProject: (id) =>
      guard('Restoring from the trash', async () => {
        await repository.restoreFromTrash(id);
        return ok('Restored the project from the trash.');
      }),

    purgeProject: (id) =>
      guard('Deleting for good', async () => {
        await repository.purge(id);
        return ok('Deleted the project for good.');
      }),

    listSnapshots: () => repository.listSnapshots(status.projectId),

    createSnapshot: (name) =>
      guard('Saving the snapshot', async () => {
        const trimmed = name.trim().slice(0, 200) || `Snapshot ${clock().slice(0, 16).replace('T', ' ')}`;
        const document = store.getState().document;
        await repository.addSnapshot({ id: ids(), projectId: document.id, name: trimmed, createdAt: clock(), document });
        return ok(`Saved snapshot "${trimmed}".`);
      }),

    restoreSnapshot: (id) =>
      guard('Restoring the snapshot', async () => {
        if (status.role !== 'editor') return fail('This tab is read-only; restore the snapshot in the tab that edits the project.');
        const snapshot = await repository.loadSnapshot(id);
        if (!snapshot) return fail('That snapshot no longer exists.');
        const current = store.getState().document;
        // A way back that survives a reload, on top of undo.
        await repository.addSnapshot({ id: ids(), projectId: current.id, name: `Before restoring "${snapshot.name}"`.slice(0, 200), createdAt: clock(), document: current });
        store.getState().commit((doc, now) => ({ ...snapshot.document, id: doc.id, createdAt: doc.createdAt, updatedAt: now }));
        await autosave.flush();
        return ok(`Restored snapshot "${snapshot.name}". Undo brings back the previous state.`);
      }),

    deleteSnapshot: (id) =>
      guard('Deleting the snapshot', async () => {
        await repository.deleteSnapshot(id);
        return ok('Deleted the snapshot.');
      }),

    async compare(before, after) {
      try {
        const [a, b] = await Promise.all([loadSide(before), loadSide(after)]);
        if (!a || !b) return { ok: false, message: 'That snapshot no longer exists.' };
        const { compareDocuments } = await import('../domain/io/compareDocuments');
        return { ok: true, comparison: compareDocuments(a.document, b.document, catalog), before: a.label, after: b.label };
      } catch (error) {
        return { ok: false, message: `Comparing failed: ${describeStorageError(error)}.` };
      }
    },

    async exportProject() {
      const document = store.getState().document;
      const file = { fileName: projectFileName(document), text: exportProjectFile(document) };
      // The check runs the importer, loaded on first use. Should it fail to load (the server
      // gone), the file is still handed over: this export is the way out when storage fails.
      const warning = await import('../domain/io/projectFile').then(
        (io) => io.exportProblem(document),
        () => undefined,
      );
      return warning ? { ...file, warning } : file;
    },

    importProject: (text, fileName, byteLength) =>
      guard('Importing', async () => {
        const { importProjectFile } = await import('../domain/io/projectFile');
        const result = importProjectFile(text, catalog, { byteLength });
        if (!result.ok) return fail(describeImportError(result.error, `"${fileName}"`));
        let document = result.value;
        let note = '';
        if (await repository.exists(document.id)) {
          document = { ...document, id: ids() };
          note = ' A project with the same id exists, so it was added as a copy.';
        }
        await repository.create(document);
        await openDocument(document);
        return ok(`Imported "${document.name}".${note}`);
      }),

    async exportBackup() {
      try {
        if (status.role === 'editor') await autosave.flush();
        const [{ projects, attachments }, { buildBackup, serializeBackup }] = await Promise.all([repository.exportAll(), import('../domain/io/backup')]);
        const now = clock();
        const { exportProblem } = await import('../domain/io/projectFile');
        const warning = projects.map((p) => exportProblem(p.document)).find((w) => w !== undefined);
        const fileName = `workbench-backup-${now.slice(0, 10)}.htw-backup.json`;
        return { ok: true, file: { fileName, text: serializeBackup(buildBackup(projects, attachments, now)), ...(warning ? { warning } : {}) } };
      } catch (error) {
        return { ok: false, message: `The backup failed: ${describeStorageError(error)}.` };
      }
    },

    restoreBackup: (text, fileName, byteLength) =>
      guard('Restoring the backup', async () => {
        const { readBackupFile } = await import('../domain/io/backup');
        const result = readBackupFile(text, catalog, byteLength);
        if (!result.ok) return fail(describeImportError(result.error, `"${fileName}"`));
        const counts = await repository.restoreBackup(result.value, ids, clock());
        const parts = [`${counts.added} added`];
        if (counts.copies) parts.push(`${counts.copies} added as copies (a project with the same id already exists)`);
        if (counts.skipped) parts.push(`${counts.skipped} already here unchanged`);
        return ok(`Restored the backup: ${result.value.projects.length} projects, ${parts.join(', ')}. Open them from the project list.`);
      }),

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

