/**
 * The project library behind the Projects and Snapshots dialogs and the template gallery:
 * create, rename, duplicate, trash, snapshots, comparison, import and backups, with their
 * naming rules and messages. The workspace (workspace.ts) loads this module on first use, the
 * app layer's one on-demand seam, so a first visit does not download it or the importers.
 * Each operation is a body that may throw: the workspace wraps it (`guard`), so errors,
 * messages and blocking stay there.
 */
import type { WorkbenchDocument } from '../../domain/model/schema';
import { createDocument } from '../../domain/model/operations';
import { instantiate } from '../../domain/catalog/templateDocument';
import type { Clock, IdFactory, TemplateLibrary } from '../../domain/ports';
import { describeImportError } from '../../domain/io/importErrors';
import type {
  CompareSide,
  ExportedFile,
  ProjectStorage,
  StorageResult,
  StorageStatus,
} from '../../domain/io/storagePort';
import { compareDocuments } from '../../domain/io/compareDocuments';
import { exportProblem, importProjectFile } from '../../domain/io/projectFile';
import { buildBackup, readBackupFile, serializeBackup } from '../../domain/io/backup';
import { detectInterchangeFormat } from '../../domain/interchange/detectInterchangeFormat';
import { plural } from '../../domain/text/plural';
import type { Autosave } from '../../persistence/autosave';
import type { ProjectRepository } from '../../persistence/projectRepository';
import { createRepositoryLibrary } from '../../persistence/repositoryLibrary';
import { importInterchangeProject } from './importInterchangeProject';
import { fail, ok, type WorkspaceCatalog, type WorkspaceStore } from './workspaceTypes';

/** What the library needs of the workspace that loads it. */
export interface LibraryContext {
  store: WorkspaceStore;
  repository: ProjectRepository;
  catalog: WorkspaceCatalog;
  templates: TemplateLibrary;
  clock: Clock;
  ids: IdFactory;
  autosave: Autosave;
  status(): StorageStatus;
  openDocument(document: WorkbenchDocument): Promise<void>;
  /** A metadata change of a project another tab may edit: under its tab lock, told to that tab. */
  updateMetadata(projectId: string, patch: { name: string }): Promise<{ ok: true } | { ok: false; message: string }>;
}

export type LibraryOps = ReturnType<typeof createLibraryOps>;

export function createLibraryOps(context: LibraryContext) {
  const { store, catalog, templates, clock, ids, autosave, status, openDocument, updateMetadata } = context;
  // The repository with its trash, snapshot and backup operations (repositoryLibrary.ts).
  const repository = { ...context.repository, ...createRepositoryLibrary(context.repository.core) };

  const loadSide = async (side: CompareSide): Promise<{ label: string; document: WorkbenchDocument } | undefined> => {
    if (side === 'now') return { label: 'Now', document: store.getState().document };
    const snapshot = await repository.loadSnapshot(side);
    return snapshot && { label: snapshot.name, document: snapshot.document };
  };

  return {
    listTrash: () => repository.listTrash(),
    listSnapshots: () => repository.listSnapshots(status().projectId),

    /** Why the workbench would refuse to import `document` as exported, if it would (see projectFile.ts). */
    exportProblem: (document: WorkbenchDocument): string | undefined => exportProblem(document),

    async createProject({ name, templateId }: { name: string; templateId?: string }): Promise<StorageResult> {
      const trimmed = name.trim() || 'Untitled platform';
      const id = ids();
      const now = clock();
      const document = templateId
        ? instantiate(await templates.load(templateId), { id, now, name: trimmed })
        : createDocument({ id, name: trimmed, now, catalog: { id: catalog.id, version: catalog.version } });
      await repository.create(document);
      await openDocument(document);
      return ok(`Created "${document.name}".`);
    },

    async openNewDocument(document: WorkbenchDocument): Promise<StorageResult> {
      const fresh = (await repository.exists(document.id)) ? { ...document, id: ids() } : document;
      await repository.create(fresh);
      await openDocument(fresh);
      return ok(`Created "${fresh.name}".`);
    },

    async renameProject(id: string, name: string): Promise<StorageResult> {
      const trimmed = name.trim();
      if (!trimmed) return fail('A project needs a name.');
      if (id === status().projectId && status().role === 'editor') {
        store.getState().commit((doc, now) => ({ ...doc, name: trimmed.slice(0, 200), updatedAt: now }));
        await autosave.flush();
        return ok(`Renamed to "${trimmed}".`);
      }
      if (!(await repository.exists(id))) return fail('That project no longer exists.');
      // Another tab may be editing it: the rename goes through its lock, never around it.
      const result = await updateMetadata(id, { name: trimmed.slice(0, 200) });
      if (!result.ok) return fail(`Renaming failed: ${result.message}.`);
      return ok(`Renamed to "${trimmed}".`);
    },

    async duplicateProject(id: string): Promise<StorageResult> {
      if (id === status().projectId && status().role === 'editor') await autosave.flush();
      const source = id === status().projectId ? store.getState().document : await repository.load(id);
      if (!source) return fail('That project no longer exists.');
      const now = clock();
      const copy = {
        ...source,
        id: ids(),
        name: `${source.name} (copy)`.slice(0, 200),
        createdAt: now,
        updatedAt: now,
      };
      await repository.create(copy);
      return ok(`Created "${copy.name}".`);
    },

    async deleteProject(id: string): Promise<StorageResult> {
      const name =
        id === status().projectId
          ? store.getState().document.name
          : ((await repository.load(id))?.name ?? 'the project');
      if (id === status().projectId) {
        await autosave.flush();
        const next = (await repository.list()).find((p) => p.id !== id);
        await repository.moveToTrash(id, clock());
        const document = next ? await repository.load(next.id) : undefined;
        if (document) await openDocument(document);
        else {
          const now = clock();
          const empty = createDocument({
            id: ids(),
            name: 'Untitled platform',
            now,
            catalog: { id: catalog.id, version: catalog.version },
          });
          await repository.create(empty);
          await openDocument(empty);
        }
      } else await repository.moveToTrash(id, clock());
      return ok(`Moved "${name}" to the trash.`);
    },

    async restoreProject(id: string): Promise<StorageResult> {
      await repository.restoreFromTrash(id);
      return ok('Restored the project from the trash.');
    },

    async purgeProject(id: string): Promise<StorageResult> {
      await repository.purge(id);
      return ok('Deleted the project for good.');
    },

    async createSnapshot(name: string): Promise<StorageResult> {
      const trimmed = name.trim().slice(0, 200) || `Snapshot ${clock().slice(0, 16).replace('T', ' ')}`;
      const document = store.getState().document;
      await repository.addSnapshot({ id: ids(), projectId: document.id, name: trimmed, createdAt: clock(), document });
      return ok(`Saved snapshot "${trimmed}".`);
    },

    async restoreSnapshot(id: string): Promise<StorageResult> {
      if (status().role !== 'editor')
        return fail('This tab is read-only; restore the snapshot in the tab that edits the project.');
      const snapshot = await repository.loadSnapshot(id);
      if (!snapshot) return fail('That snapshot no longer exists.');
      const current = store.getState().document;
      // A way back that survives a reload, on top of undo.
      await repository.addSnapshot({
        id: ids(),
        projectId: current.id,
        name: `Before restoring "${snapshot.name}"`.slice(0, 200),
        createdAt: clock(),
        document: current,
      });
      store
        .getState()
        .commit((doc, now) => ({ ...snapshot.document, id: doc.id, createdAt: doc.createdAt, updatedAt: now }));
      await autosave.flush();
      return ok(`Restored snapshot "${snapshot.name}". Undo brings back the previous state.`);
    },

    async deleteSnapshot(id: string): Promise<StorageResult> {
      await repository.deleteSnapshot(id);
      return ok('Deleted the snapshot.');
    },

    async compare(before: CompareSide, after: CompareSide): ReturnType<ProjectStorage['compare']> {
      const [a, b] = await Promise.all([loadSide(before), loadSide(after)]);
      if (!a || !b) return { ok: false, message: 'That snapshot no longer exists.' };
      return {
        ok: true,
        comparison: compareDocuments(a.document, b.document, catalog),
        before: a.label,
        after: b.label,
      };
    },

    async importProject(text: string, fileName: string, byteLength: number): Promise<StorageResult> {
      // An OTM file or Threat Dragon model (ours or another tool's) becomes a new project, chosen by content.
      const interchange = detectInterchangeFormat(text);
      if (interchange !== undefined) {
        const imported = importInterchangeProject(interchange, text, fileName, byteLength, catalog, {
          id: ids(),
          now: clock(),
        });
        if (!imported.ok) return imported;
        await repository.create(imported.document);
        await openDocument(imported.document);
        return ok(imported.message);
      }
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
    },

    async exportBackup(): Promise<{
      file: ExportedFile;
      unreadable?: { name: string; reason: string }[];
      rescue?: ExportedFile;
    }> {
      if (status().role === 'editor') await autosave.flush();
      const { projects, attachments, unreadable } = await repository.exportAll();
      const now = clock();
      const warning = projects.map((p) => exportProblem(p.document)).find((w) => w !== undefined);
      const fileName = `workbench-backup-${now.slice(0, 10)}.htw-backup.json`;
      const file = {
        fileName,
        text: serializeBackup(buildBackup(projects, attachments, now)),
        ...(warning ? { warning } : {}),
      };
      if (unreadable.length === 0) return { file };
      // The raw records exactly as stored, so nothing of an unreadable project is lost; not a
      // backup the workbench restores, but text a person (or a fixed build) can recover from.
      const rescue = {
        fileName: `workbench-unreadable-${now.slice(0, 10)}.htw-rescue.json`,
        text: JSON.stringify(
          {
            format: 'hypervisor-threat-workbench/rescue',
            exportedAt: now,
            records: unreadable.map(({ kind, id, projectId, name, reason, raw }) => ({
              kind,
              id,
              projectId,
              name,
              reason,
              record: raw,
            })),
          },
          null,
          2,
        ),
      };
      return {
        file,
        unreadable: unreadable.map((u) => ({
          name: u.kind === 'snapshot' ? `snapshot "${u.name}"` : `"${u.name}"`,
          reason: u.reason,
        })),
        rescue,
      };
    },

    async restoreBackup(text: string, fileName: string, byteLength: number): Promise<StorageResult> {
      const result = readBackupFile(text, catalog, byteLength);
      if (!result.ok) return fail(describeImportError(result.error, `"${fileName}"`));
      const counts = await repository.restoreBackup(result.value, ids, clock());
      const parts = [`${counts.added} added`];
      if (counts.copies) parts.push(`${counts.copies} added as copies (a project with the same id already exists)`);
      if (counts.skipped) parts.push(`${counts.skipped} already here unchanged`);
      return ok(
        `Restored the backup: ${plural(result.value.projects.length, 'project')}, ${parts.join(', ')}. Open them from the project list.`,
      );
    },
  };
}
