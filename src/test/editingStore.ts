/** A store on `makeDocument()` with the editing catalog, counting ids (id1, id2, …) and a clock one second further at each call. */
import type { CatalogData } from '../domain/catalog/schema';
import { createWorkbenchStore } from '../store/createWorkbenchStore';
import { EDITING_CATALOG, makeDocument } from './builders';

export function editingStore() {
  let n = 0;
  let t = 0;
  return createWorkbenchStore(
    {
      catalog: EDITING_CATALOG as CatalogData,
      clock: () => new Date(Date.UTC(2026, 0, 1, 0, 0, t++)).toISOString(),
      ids: () => `id${++n}`,
    },
    makeDocument(),
  );
}
