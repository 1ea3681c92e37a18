import type { Page } from '@playwright/test';

/** The app's database name (src/persistence/db.ts DB_NAME). */
const DB_NAME = 'hypervisor-threat-workbench';

/**
 * The app's IndexedDB as another build or tab would see it: what the UI does not show
 * (session keys, raw records), read or written from inside a page of the app's origin.
 */
export class AppDatabase {
  constructor(readonly page: Page) {}

  /** A value of the `session` table (undefined when the key is not there). */
  async session<T>(key: string): Promise<T | undefined> {
    return this.page.evaluate(
      ([name, k]) =>
        new Promise<T | undefined>((resolve, reject) => {
          const open = indexedDB.open(name);
          open.onsuccess = () => {
            const get = open.result.transaction('session').objectStore('session').get(k);
            get.onsuccess = () => (open.result.close(), resolve((get.result as { value: T } | undefined)?.value));
            get.onerror = () => reject(get.error);
          };
          open.onerror = () => reject(open.error);
        }),
      [DB_NAME, key] as const,
    );
  }

  /** The id of the project the app opens next (the session's `lastProjectId`). */
  async lastProjectId(): Promise<string> {
    const id = await this.session<string>('lastProjectId');
    if (!id) throw new Error('no project has been opened yet');
    return id;
  }

  /**
   * What the `documents` table holds of project `id`: its name and component names, or
   * undefined before its first write (what a reload would read back).
   */
  async storedProject(id: string): Promise<{ name: unknown; componentNames: unknown[] } | undefined> {
    return this.page.evaluate(
      ([name, projectId]) =>
        new Promise<{ name: unknown; componentNames: unknown[] } | undefined>((resolve, reject) => {
          const open = indexedDB.open(name);
          open.onsuccess = () => {
            const get = open.result.transaction('documents').objectStore('documents').get(projectId);
            get.onsuccess = () => {
              open.result.close();
              const document = (
                get.result as
                  { document?: { name?: unknown; components?: Record<string, { name?: unknown }> } } | undefined
              )?.document;
              resolve(
                document && {
                  name: document.name,
                  componentNames: Object.values(document.components ?? {}).map((component) => component.name),
                },
              );
            };
            get.onerror = () => reject(get.error);
          };
          open.onerror = () => reject(open.error);
        }),
      [DB_NAME, id] as const,
    );
  }

  /** Writes a `session` value, as a newer build or another tab would. */
  async putSession(key: string, value: unknown): Promise<void> {
    await this.page.evaluate(
      ([name, k, v]) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open(name);
          open.onsuccess = () => {
            const tx = open.result.transaction('session', 'readwrite');
            tx.objectStore('session').put({ key: k, value: v });
            tx.oncomplete = () => (open.result.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
          open.onerror = () => reject(open.error);
        }),
      [DB_NAME, key, value] as const,
    );
  }

  /** Every record of every object store, as one string (blobs by size). */
  async dump(): Promise<string> {
    return this.page.evaluate(async (name) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const out: Record<string, unknown[]> = {};
      for (const store of Array.from(db.objectStoreNames)) {
        out[store] = await new Promise<unknown[]>((resolve, reject) => {
          const req = db.transaction(store).objectStore(store).getAll();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
      }
      db.close();
      return JSON.stringify(out, (_k, v: unknown) => (v instanceof Blob ? `blob:${v.size}` : v));
    }, DB_NAME);
  }
}
