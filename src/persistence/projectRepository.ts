/**
 * Projects, snapshots and session values in IndexedDB (Dexie). Every document read passes the
 * domain's one migrate-and-validate path, and every write is guarded: a database that holds
 * data of a newer schema is never written by this build.
 */
import { CURRENT_SCHEMA_VERSION, type WorkbenchDocument } from '../domain/model/schema';
import type { DocumentRepository, ProjectSummary } from '../domain/ports';
// Direct module imports, not the domain/io barrel: backups and comparison load on demand.
import { readDocument, type TypeCatalog } from '../domain/io/readDocument';
import { describeImportError } from '../domain/io/importErrors';
import type { Backup, BackupAttachment, BackupProject } from '../domain/io/backup';
import type { ProjectListEntry, SnapshotEntry } from '../domain/io/storagePort';
import type { DocumentRow, SnapshotRow, WorkbenchDb } from './db';
import { NewerDataError, withReopen } from './storageErrors';

/** Session key of the highest document schema version ever written to this database. */
export const STORAGE_FORMAT_KEY = 'storageFormat';
/** Session key of the trashed project ids (id -> deletedAt): autosave checks it without reading the project back. */
export const TRASH_KEY = 'trash';

export class DamagedDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DamagedDataError';
  }
}

function toEntry(row: DocumentRow): ProjectListEntry {
  return {
    id: row.id,
    name: row.name,
    updatedAt: row.updatedAt,
    componentCount: row.componentCount ?? Object.keys((row.document as WorkbenchDocument | undefined)?.components ?? {}).length,
    ...(row.deletedAt ? { deletedAt: row.deletedAt } : {}),
  };
}

function toRow(document: WorkbenchDocument, deletedAt?: string): DocumentRow {
  return {
    id: document.id,
    name: document.name,
    updatedAt: document.updatedAt,
    document,
    componentCount: Object.keys(document.components).length,
    ...(deletedAt ? { deletedAt } : {}),
  };
}

async function base64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  // Chunks keep String.fromCharCode's argument list short.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(data: string, mediaType: string): Blob {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: mediaType });
}

export type ProjectRepository = ReturnType<typeof createProjectRepository>;

export function createProjectRepository(db: WorkbenchDb, catalog: TypeCatalog) {
  const read = (raw: unknown, what: string): WorkbenchDocument => {
    const result = readDocument(raw, catalog);
    if (result.ok) return result.value;
    if (result.error.kind === 'newer-schema') throw new NewerDataError(result.error.found, result.error.supported);
    throw new DamagedDataError(describeImportError(result.error, what));
  };

  /** Throws NewerDataError when a newer build has written here. Runs inside write transactions. */
  const guardFormat = async () => {
    const format = (await db.session.get(STORAGE_FORMAT_KEY))?.value as { schemaVersion?: number } | undefined;
    const version = format?.schemaVersion ?? 0;
    if (version > CURRENT_SCHEMA_VERSION) throw new NewerDataError(version, CURRENT_SCHEMA_VERSION);
    if (version < CURRENT_SCHEMA_VERSION) await db.session.put({ key: STORAGE_FORMAT_KEY, value: { schemaVersion: CURRENT_SCHEMA_VERSION } });
  };

  /**
   * One read-write transaction guarded by the format check. The check and the body's first
   * requests are issued together, in the first tick: a write flushed from `pagehide` must be
   * queued before the page goes, and a failed check (throw) aborts and rolls back the body.
   */
  const write = <T>(tables: ('documents' | 'snapshots' | 'attachments')[], body: () => Promise<T>) =>
    withReopen(db, () =>
      db.transaction('rw', [db.session, ...tables.map((t) => db[t])], async () => {
        const guard = guardFormat();
        const result = body();
        // Wait for both; the guard's failure wins and aborts the transaction.
        const [, value] = await Promise.all([guard, result]);
        return value;
      }),
    );

  const setTrashed = async (id: string, deletedAt: string | undefined) => {
    const trash = { ...((await db.session.get(TRASH_KEY))?.value as Record<string, string> | undefined) };
    if (deletedAt) trash[id] = deletedAt;
    else delete trash[id];
    await db.session.put({ key: TRASH_KEY, value: trash });
  };

  return {
    /** Schema version recorded by the newest build that wrote here (0 for a fresh database). */
    async storedFormatVersion(): Promise<number> {
      const format = (await withReopen(db, () => db.session.get(STORAGE_FORMAT_KEY)))?.value as { schemaVersion?: number } | undefined;
      return format?.schemaVersion ?? 0;
    },

    async list(): Promise<ProjectListEntry[]> {
      const rows = await withReopen(db, () => db.documents.orderBy('updatedAt').reverse().toArray());
      return rows.filter((r) => !r.deletedAt).map(toEntry);
    },

    async listTrash(): Promise<ProjectListEntry[]> {
      const rows = await withReopen(db, () => db.documents.toArray());
      return rows.filter((r) => r.deletedAt).map(toEntry).sort((a, b) => (b.deletedAt ?? '').localeCompare(a.deletedAt ?? ''));
    },

    async exists(id: string): Promise<boolean> {
      return (await withReopen(db, () => db.documents.where('id').equals(id).count())) > 0;
    },

    /** The project, migrated and validated; undefined when absent or in the trash. */
    async load(id: string): Promise<WorkbenchDocument | undefined> {
      const row = await withReopen(db, () => db.documents.get(id));
      if (!row || row.deletedAt) return undefined;
      return read(row.document, `The stored project "${row.name}"`);
    },

    /** Writes the project (autosave). Keeps a trash mark if another tab deleted it meanwhile. */
    async save(document: WorkbenchDocument): Promise<void> {
      await write(['documents'], async () => {
        // Reading the small trash map, not the stored project, keeps a 500-component save fast.
        const trash = db.session.get(TRASH_KEY);
        const put = db.documents.put(toRow(document));
        const deletedAt = ((await trash)?.value as Record<string, string> | undefined)?.[document.id];
        await put;
        // Another tab moved it to the trash meanwhile: keep it there.
        if (deletedAt) await db.documents.put(toRow(document, deletedAt));
      });
    },

    async create(document: WorkbenchDocument): Promise<void> {
      await write(['documents'], async () => {
        await db.documents.add(toRow(document));
      });
    },

    async moveToTrash(id: string, now: string): Promise<void> {
      await write(['documents'], async () => {
        await db.documents.update(id, { deletedAt: now });
        await setTrashed(id, now);
      });
    },

    async restoreFromTrash(id: string): Promise<void> {
      await write(['documents'], async () => {
        const row = await db.documents.get(id);
        if (row) await db.documents.put({ ...row, deletedAt: undefined } as DocumentRow);
        await setTrashed(id, undefined);
      });
    },

    async purge(id: string): Promise<void> {
      await write(['documents', 'snapshots', 'attachments'], async () => {
        await setTrashed(id, undefined);
        await db.documents.delete(id);
        await db.snapshots.where('projectId').equals(id).delete();
        await db.attachments.where('projectId').equals(id).delete();
      });
    },

    /**
     * Writes rescue copies left by a page that closed before its last write finished, each
     * only when valid and newer than the stored project; returns the names recovered.
     */
    async recoverRescueCopies(copies: { id: string; value: unknown }[]): Promise<string[]> {
      const recovered: string[] = [];
      for (const copy of copies) {
        const result = readDocument(copy.value, catalog);
        if (!result.ok || result.value.id !== copy.id) continue;
        const stored = await withReopen(db, () => db.documents.get(copy.id));
        if (stored && stored.updatedAt >= result.value.updatedAt) continue;
        await this.save(result.value);
        recovered.push(result.value.name);
      }
      return recovered;
    },

    async listSnapshots(projectId: string): Promise<SnapshotEntry[]> {
      const rows = await withReopen(db, () => db.snapshots.where('projectId').equals(projectId).toArray());
      return rows
        .map((r) => ({ id: r.id, name: r.name, createdAt: r.createdAt, componentCount: Object.keys((r.document as WorkbenchDocument).components ?? {}).length }))
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    },

    async addSnapshot(snapshot: { id: string; projectId: string; name: string; createdAt: string; document: WorkbenchDocument }): Promise<void> {
      await write(['snapshots'], async () => {
        await db.snapshots.add(snapshot);
      });
    },

    async loadSnapshot(id: string): Promise<{ name: string; document: WorkbenchDocument } | undefined> {
      const row = await withReopen(db, () => db.snapshots.get(id));
      if (!row) return undefined;
      return { name: row.name, document: read(row.document, `The snapshot "${row.name}"`) };
    },

    async deleteSnapshot(id: string): Promise<void> {
      await write(['snapshots'], async () => {
        await db.snapshots.delete(id);
      });
    },

    async getSession<T>(key: string): Promise<T | undefined> {
      return (await withReopen(db, () => db.session.get(key)))?.value as T | undefined;
    },

    async setSession(key: string, value: unknown): Promise<void> {
      await withReopen(db, () => db.session.put({ key, value }));
    },

    /** Every project not in the trash, with its snapshots and attachments, for a backup file. */
    async exportAll(): Promise<{ projects: BackupProject[]; attachments: BackupAttachment[] }> {
      const [rows, snapshots, attachmentRows] = await withReopen(db, () =>
        db.transaction('r', [db.documents, db.snapshots, db.attachments], () =>
          Promise.all([db.documents.toArray(), db.snapshots.toArray(), db.attachments.toArray()]),
        ),
      );
      const live = rows.filter((r) => !r.deletedAt).sort((a, b) => a.id.localeCompare(b.id));
      const byProject = new Map<string, SnapshotRow[]>();
      for (const s of snapshots) byProject.set(s.projectId, [...(byProject.get(s.projectId) ?? []), s]);
      const projects = live.map((row) => ({
        document: read(row.document, `The stored project "${row.name}"`),
        snapshots: (byProject.get(row.id) ?? [])
          .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
          .map((s) => ({ id: s.id, name: s.name, createdAt: s.createdAt, document: read(s.document, `The snapshot "${s.name}"`) })),
      }));
      const ids = new Set(live.map((r) => r.id));
      const attachments: BackupAttachment[] = [];
      for (const a of attachmentRows) {
        if (!ids.has(a.projectId)) continue;
        attachments.push({ id: a.id, projectId: a.projectId, name: a.name, mediaType: a.mediaType, size: a.size, data: await base64(a.blob) });
      }
      return { projects, attachments };
    },

    /**
     * Restores a checked backup in one transaction (all or nothing). A project already here
     * with the same content is skipped; one that differs is added as a copy under a new id,
     * so restoring never overwrites current work.
     */
    async restoreBackup(backup: Backup, newId: () => string, now: string): Promise<{ added: number; copies: number; skipped: number }> {
      const counts = { added: 0, copies: 0, skipped: 0 };
      await write(['documents', 'snapshots', 'attachments'], async () => {
        const idMap = new Map<string, string>();
        for (const project of backup.projects) {
          const existing = await db.documents.get(project.document.id);
          let document = project.document;
          if (existing && !existing.deletedAt && existing.updatedAt === document.updatedAt) {
            counts.skipped++;
            continue;
          }
          if (existing) {
            document = { ...document, id: newId(), updatedAt: now };
            counts.copies++;
          } else counts.added++;
          idMap.set(project.document.id, document.id);
          await db.documents.add(toRow(document));
          for (const s of project.snapshots) {
            const snapshotId = (await db.snapshots.get(s.id)) ? newId() : s.id;
            await db.snapshots.add({ id: snapshotId, projectId: document.id, name: s.name, createdAt: s.createdAt, document: { ...s.document, id: document.id } });
          }
        }
        for (const a of backup.attachments) {
          const projectId = idMap.get(a.projectId);
          if (!projectId || (await db.attachments.get(a.id))) continue;
          await db.attachments.add({ id: a.id, projectId, name: a.name, mediaType: a.mediaType, size: a.size, blob: fromBase64(a.data, a.mediaType) });
        }
      });
      return counts;
    },
  };
}

/** The domain's DocumentRepository port over this repository (for code written against the port). */
export function asDocumentRepository(repo: ProjectRepository): DocumentRepository {
  return {
    list: async (): Promise<ProjectSummary[]> => (await repo.list()).map(({ id, name, updatedAt, componentCount }) => ({ id, name, updatedAt, componentCount })),
    load: (id) => repo.load(id),
    save: (document) => repo.save(document),
    remove: (id) => repo.moveToTrash(id, new Date().toISOString()),
  };
}
