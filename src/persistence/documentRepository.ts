/**
 * Dexie implementation of the domain's DocumentRepository. Every read passes through the
 * domain's validation, so a damaged row is reported, never silently used.
 */
import type { DocumentRepository, ProjectSummary } from '../domain/ports';
import type { WorkbenchDocument } from '../domain/model/schema';
import { DocumentSchema } from '../domain/model/schema';
import type { WorkbenchDb } from './db';

export function createDocumentRepository(db: WorkbenchDb): DocumentRepository & {
  getSession<T>(key: string): Promise<T | undefined>;
  setSession(key: string, value: unknown): Promise<void>;
} {
  return {
    async list(): Promise<ProjectSummary[]> {
      const rows = await db.documents.orderBy('updatedAt').reverse().toArray();
      return rows.map((row) => ({
        id: row.id,
        name: row.name,
        updatedAt: row.updatedAt,
        componentCount: Object.keys((row.document as WorkbenchDocument | undefined)?.components ?? {}).length,
      }));
    },
    async load(id) {
      const row = await db.documents.get(id);
      if (!row) return undefined;
      const parsed = DocumentSchema.safeParse(row.document);
      if (!parsed.success) throw new Error(`Stored project "${row.name}" is damaged: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    },
    async save(document) {
      await db.documents.put({ id: document.id, name: document.name, updatedAt: document.updatedAt, document });
    },
    async remove(id) {
      await db.documents.delete(id);
    },
    async getSession<T>(key: string) {
      return (await db.session.get(key))?.value as T | undefined;
    },
    async setSession(key: string, value: unknown) {
      await db.session.put({ key, value });
    },
  };
}
