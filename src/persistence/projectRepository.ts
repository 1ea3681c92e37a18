/**
 * Projects, snapshots and session values in IndexedDB (Dexie). Every document read passes the
 * domain's one migrate-and-validate path, and every write is guarded: a database that holds
 * data of a newer schema is never written by this build. Trash, snapshot and backup operations
 * are repositoryLibrary.ts, on the same reads and guarded writes (`core`); the project library
 * (src/app/workspace/library.ts) creates them when it loads: a first visit only reads and saves.
 */
import { CURRENT_SCHEMA_VERSION, type WorkbenchDocument } from '../domain/model/schema';
import { readDocument, type TypeCatalog } from '../domain/io/readDocument';
import { describeImportError } from '../domain/io/importErrors';
import type { ProjectListEntry } from '../domain/io/storagePort';
import { STORAGE_FORMAT_KEY, TRASH_KEY, type DocumentRow, type WorkbenchDb } from './db';
import type { RepositoryCore } from './repositoryLibrary';
import { NewerDataError, RefusedDocumentError, withReopen } from './storageErrors';
import { own } from '../domain/model/ownEntry';

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
    componentCount:
      row.componentCount ?? Object.keys((row.document as WorkbenchDocument | undefined)?.components ?? {}).length,
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

export type ProjectRepository = ReturnType<typeof createProjectRepository>;

export function createProjectRepository(db: WorkbenchDb, catalog: TypeCatalog) {
  const read = (raw: unknown, what: string): WorkbenchDocument => {
    const result = readDocument(raw, catalog);
    if (result.ok) return result.value;
    if (result.error.kind === 'newer-schema') throw new NewerDataError(result.error.found, result.error.supported);
    throw new DamagedDataError(describeImportError(result.error, what));
  };

  /**
   * A save must never write a document the reader refuses (the project would never open
   * again): check it with the same read path first. Throws RefusedDocumentError, before any
   * transaction starts, so nothing is written.
   */
  // Records (immutable, shared between successive documents) that passed a save's check,
  // with their key: an autosave after an edit validates only the records the edit replaced.
  const passed = new WeakMap<object, string>();
  const knownValid = (record: unknown, key: string) =>
    typeof record === 'object' && record !== null && passed.get(record) === key;
  const checkWritable = (document: WorkbenchDocument) => {
    const result = readDocument(document, catalog, { knownValid });
    if (!result.ok) throw new RefusedDocumentError(describeImportError(result.error, 'The project'));
    for (const [key, record] of Object.entries(document.components)) passed.set(record, key);
    for (const [key, record] of Object.entries(document.connections)) passed.set(record, key);
  };

  /** Throws NewerDataError when a newer build has written here. Runs inside write transactions. */
  const guardFormat = async () => {
    const format = (await db.session.get(STORAGE_FORMAT_KEY))?.value as { schemaVersion?: number } | undefined;
    const version = format?.schemaVersion ?? 0;
    if (version > CURRENT_SCHEMA_VERSION) throw new NewerDataError(version, CURRENT_SCHEMA_VERSION);
    if (version < CURRENT_SCHEMA_VERSION)
      await db.session.put({ key: STORAGE_FORMAT_KEY, value: { schemaVersion: CURRENT_SCHEMA_VERSION } });
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

  // What trash, snapshots and backups (repositoryLibrary.ts) share with these operations.
  const core: RepositoryCore = { db, read, write, toEntry, toRow };

  return {
    core,

    /** Schema version recorded by the newest build that wrote here (0 for a fresh database). */
    async storedFormatVersion(): Promise<number> {
      const format = (await withReopen(db, () => db.session.get(STORAGE_FORMAT_KEY)))?.value as
        { schemaVersion?: number } | undefined;
      return format?.schemaVersion ?? 0;
    },

    async list(): Promise<ProjectListEntry[]> {
      const rows = await withReopen(db, () => db.documents.orderBy('updatedAt').reverse().toArray());
      return rows.filter((r) => !r.deletedAt).map(toEntry);
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
      checkWritable(document);
      await write(['documents'], async () => {
        // Reading the small trash map, not the stored project, keeps a 500-component save fast.
        const trash = db.session.get(TRASH_KEY);
        const put = db.documents.put(toRow(document));
        const marks = (await trash)?.value as Record<string, string> | undefined;
        // Own entries only: a project id such as `toString` must not read an inherited function.
        const deletedAt = marks ? own(marks, document.id) : undefined;
        await put;
        // Another tab moved it to the trash meanwhile: keep it there.
        if (deletedAt) await db.documents.put(toRow(document, deletedAt));
      });
    },

    async create(document: WorkbenchDocument): Promise<void> {
      checkWritable(document);
      await write(['documents'], async () => {
        await db.documents.add(toRow(document));
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

    async getSession<T>(key: string): Promise<T | undefined> {
      return (await withReopen(db, () => db.session.get(key)))?.value as T | undefined;
    },

    async setSession(key: string, value: unknown): Promise<void> {
      await withReopen(db, () => db.session.put({ key, value }));
    },
  };
}
