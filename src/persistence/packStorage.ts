/**
 * Installed packs in IndexedDB. They live in the existing `session` table under keys
 * `pack:<id>`, so no new Dexie version (table or index) is needed.
 */
import type { PackStorage, StoredPack } from '../domain/packs/installedPacks';
import type { WorkbenchDb } from './db';

const PREFIX = 'pack:';

function isStoredPack(value: unknown): value is StoredPack {
  const v = value as Partial<StoredPack> | null;
  return (
    !!v &&
    typeof v.id === 'string' &&
    typeof v.version === 'string' &&
    typeof v.text === 'string' &&
    typeof v.source === 'string'
  );
}

export function createPackStorage(db: WorkbenchDb): PackStorage {
  return {
    async list() {
      const rows = await db.session.where('key').startsWith(PREFIX).toArray();
      return rows
        .map((r) => r.value)
        .filter(isStoredPack)
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    },
    async put(pack) {
      await db.session.put({ key: `${PREFIX}${pack.id}`, value: { ...pack } });
    },
    async remove(id) {
      await db.session.delete(`${PREFIX}${id}`);
    },
  };
}
