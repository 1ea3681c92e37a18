/**
 * The IndexedDB database, through Dexie.
 *
 * LOUD WARNING: DB_NAME, table names and indexes are persisted in users' browsers. Do not
 * change them without a new Dexie version (tables and indexes only: document-shape changes
 * are migrations in src/domain/io/migrations/, run on read).
 */
import Dexie, { type EntityTable } from 'dexie';

export const DB_NAME = 'hypervisor-threat-workbench';

// Keys of the `session` table. Persisted like the names above: never rename one.
/** Highest document schema version ever written to this database. */
export const STORAGE_FORMAT_KEY = 'storageFormat';
/** The trashed project ids (id -> deletedAt): autosave checks it without reading the project back. */
export const TRASH_KEY = 'trash';
/** The project open when the app last ran. */
export const LAST_PROJECT_KEY = 'lastProjectId';
/** A project's canvas viewport (session state, never exported). */
export const viewportKey = (projectId: string) => `viewport:${projectId}`;

export interface DocumentRow {
  id: string;
  name: string;
  updatedAt: string;
  /** The whole document, header included, as last saved (migrated on read). */
  document: unknown;
  /** For the project list without reading every document (absent in rows written before it). */
  componentCount?: number;
  /** Set when the project is in the trash (soft delete: restorable until purged). */
  deletedAt?: string;
}

export interface SessionRow {
  key: string;
  value: unknown;
}

/** A named version of a project (snapshots and compare). */
export interface SnapshotRow {
  id: string;
  projectId: string;
  name: string;
  createdAt: string;
  document: unknown;
}

/** A file attached as evidence to an assessment entry; referenced by `Evidence.blobId`. */
export interface AttachmentRow {
  id: string;
  projectId: string;
  name: string;
  mediaType: string;
  size: number;
  blob: Blob;
}

export type WorkbenchDb = Dexie & {
  documents: EntityTable<DocumentRow, 'id'>;
  session: EntityTable<SessionRow, 'key'>;
  snapshots: EntityTable<SnapshotRow, 'id'>;
  attachments: EntityTable<AttachmentRow, 'id'>;
};

export function openWorkbenchDb(name: string = DB_NAME): WorkbenchDb {
  const db = new Dexie(name) as WorkbenchDb;
  db.version(1).stores({
    documents: 'id, name, updatedAt',
    session: 'key',
    snapshots: 'id, projectId, createdAt',
    attachments: 'id, projectId',
  });
  return db;
}
