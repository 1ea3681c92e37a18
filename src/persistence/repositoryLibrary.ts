/**
 * The repository's trash, snapshot and backup operations over its reads and guarded writes
 * (`ProjectRepository.core`), created by the project library (src/app/workspace/library.ts)
 * when it loads: a first visit does not download them.
 */
import type { WorkbenchDocument } from '../domain/model/schema';
import type { Backup, BackupAttachment, BackupProject } from '../domain/io/backup';
import type { ProjectListEntry, SnapshotEntry } from '../domain/io/storagePort';
import { TRASH_KEY, type DocumentRow, type SnapshotRow, type WorkbenchDb } from './db';
import { withReopen } from './storageErrors';

/** What the repository shares with these operations: its reads (migrate + validate) and guarded writes. */
export interface RepositoryCore {
  db: WorkbenchDb;
  read(raw: unknown, what: string): WorkbenchDocument;
  write<T>(tables: ('documents' | 'snapshots' | 'attachments')[], body: () => Promise<T>): Promise<T>;
  toEntry(row: DocumentRow): ProjectListEntry;
  toRow(document: WorkbenchDocument, deletedAt?: string): DocumentRow;
}

export type RepositoryLibrary = ReturnType<typeof createRepositoryLibrary>;

/** A stored project or snapshot the reader refuses, kept raw for a rescue export. */
export interface UnreadableRecord {
  kind: 'project' | 'snapshot';
  id: string;
  projectId: string;
  name: string;
  reason: string;
  raw: unknown;
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

export function createRepositoryLibrary({ db, read, write, toEntry, toRow }: RepositoryCore) {
  const setTrashed = async (id: string, deletedAt: string | undefined) => {
    // Null prototype: ids are data, and `trash[id] = …` must never reach Object.prototype.
    const trash: Record<string, string> = Object.assign(
      Object.create(null),
      (await db.session.get(TRASH_KEY))?.value as Record<string, string> | undefined,
    );
    if (deletedAt) trash[id] = deletedAt;
    else delete trash[id];
    await db.session.put({ key: TRASH_KEY, value: trash });
  };

  return {
    async listTrash(): Promise<ProjectListEntry[]> {
      const rows = await withReopen(db, () => db.documents.toArray());
      return rows
        .filter((r) => r.deletedAt)
        .map(toEntry)
        .sort((a, b) => (b.deletedAt ?? '').localeCompare(a.deletedAt ?? ''));
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

    async listSnapshots(projectId: string): Promise<SnapshotEntry[]> {
      const rows = await withReopen(db, () => db.snapshots.where('projectId').equals(projectId).toArray());
      return rows
        .map((r) => ({
          id: r.id,
          name: r.name,
          createdAt: r.createdAt,
          componentCount: Object.keys((r.document as WorkbenchDocument).components ?? {}).length,
        }))
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    },

    async addSnapshot(snapshot: {
      id: string;
      projectId: string;
      name: string;
      createdAt: string;
      document: WorkbenchDocument;
    }): Promise<void> {
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

    /**
     * Every readable project not in the trash, with its snapshots and attachments, for a
     * backup file. A record that fails the reader never blocks the others: it is listed in
     * `unreadable` with why, and its raw stored value kept for a rescue export.
     */
    async exportAll(): Promise<{
      projects: BackupProject[];
      attachments: BackupAttachment[];
      unreadable: UnreadableRecord[];
    }> {
      const [rows, snapshots, attachmentRows] = await withReopen(db, () =>
        db.transaction('r', [db.documents, db.snapshots, db.attachments], () =>
          Promise.all([db.documents.toArray(), db.snapshots.toArray(), db.attachments.toArray()]),
        ),
      );
      const live = rows.filter((r) => !r.deletedAt).sort((a, b) => a.id.localeCompare(b.id));
      const byProject = new Map<string, SnapshotRow[]>();
      for (const s of snapshots) byProject.set(s.projectId, [...(byProject.get(s.projectId) ?? []), s]);
      const unreadable: UnreadableRecord[] = [];
      const attempt = <T>(what: UnreadableRecord, run: () => T): T | undefined => {
        try {
          return run();
        } catch (error) {
          unreadable.push({ ...what, reason: error instanceof Error ? error.message : String(error) });
          return undefined;
        }
      };
      const projects: BackupProject[] = [];
      for (const row of live) {
        const base = {
          kind: 'project' as const,
          id: row.id,
          projectId: row.id,
          name: row.name,
          raw: row.document,
          reason: '',
        };
        const document = attempt(base, () => read(row.document, `The stored project "${row.name}"`));
        if (!document) continue;
        const snapshots: BackupProject['snapshots'] = [];
        for (const s of (byProject.get(row.id) ?? []).sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
          const what = {
            kind: 'snapshot' as const,
            id: s.id,
            projectId: row.id,
            name: s.name,
            raw: s.document,
            reason: '',
          };
          const snapshot = attempt(what, () => read(s.document, `The snapshot "${s.name}" of "${row.name}"`));
          if (snapshot) snapshots.push({ id: s.id, name: s.name, createdAt: s.createdAt, document: snapshot });
        }
        projects.push({ document, snapshots });
      }
      const ids = new Set(projects.map((p) => p.document.id));
      const attachments: BackupAttachment[] = [];
      for (const a of attachmentRows) {
        if (!ids.has(a.projectId)) continue;
        attachments.push({
          id: a.id,
          projectId: a.projectId,
          name: a.name,
          mediaType: a.mediaType,
          size: a.size,
          data: await base64(a.blob),
        });
      }
      return { projects, attachments, unreadable };
    },

    /**
     * Restores a checked backup in one transaction (all or nothing). A project already here
     * with the same content is skipped; one that differs is added as a copy under a new id,
     * so restoring never overwrites current work.
     */
    async restoreBackup(
      backup: Backup,
      newId: () => string,
      now: string,
    ): Promise<{ added: number; copies: number; skipped: number }> {
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
            await db.snapshots.add({
              id: snapshotId,
              projectId: document.id,
              name: s.name,
              createdAt: s.createdAt,
              document: { ...s.document, id: document.id },
            });
          }
        }
        for (const a of backup.attachments) {
          const projectId = idMap.get(a.projectId);
          if (!projectId || (await db.attachments.get(a.id))) continue;
          await db.attachments.add({
            id: a.id,
            projectId,
            name: a.name,
            mediaType: a.mediaType,
            size: a.size,
            blob: fromBase64(a.data, a.mediaType),
          });
        }
      });
      return counts;
    },
  };
}
