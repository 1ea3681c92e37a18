/**
 * What a participant keeps after `htw serve` refused one of its changes (issue 20). Yjs
 * integrates a client's updates in order, so after a refused update the server would hold back
 * every later one: the browser rejoins with a fresh Y.Doc. The edits made since (on the old
 * Y.Doc, or in the store while rejoining) are not lost: they are merged with the fresh shared
 * state as Yjs merges any concurrent edit, the refused part (the facilitator's fields) is taken
 * back from the shared state, and the result is what this browser writes into the fresh Y.Doc.
 */
import * as Y from 'yjs';
import type { WorkbenchDocument } from '../../domain/model/schema';
import type { SharedReadResult } from '../../domain/live/sharedDocument';
import { withFacilitatorFields } from '../../domain/live/facilitatorFields';
import { writeChanges } from './yjsState';

export interface CarriedEdits {
  /** The Y.Doc of the session before the refusal (the refused update and the edits after it). */
  old: Y.Doc;
  /** The store's document when the old session stopped. */
  atTeardown: WorkbenchDocument;
}

/**
 * The document to publish into `fresh` (the rejoined session): `fresh`'s shared state plus this
 * person's edits since the refusal, without the refused part; or `ok: false` when the merge
 * does not make a valid document (the caller then says so and keeps the local edits aside).
 */
export function recoverEdits(
  fresh: Y.Doc,
  carried: CarriedEdits,
  localNow: WorkbenchDocument,
  read: (ydoc: Y.Doc, local: WorkbenchDocument) => SharedReadResult,
): { ok: true; shared: WorkbenchDocument; recovered: WorkbenchDocument } | { ok: false; message: string } {
  const shared = read(fresh, localNow);
  if (!shared.ok) return shared;
  const merged = new Y.Doc();
  try {
    Y.applyUpdate(merged, Y.encodeStateAsUpdate(fresh));
    Y.applyUpdate(merged, Y.encodeStateAsUpdate(carried.old));
    // Edits made in the store after the old session stopped.
    merged.transact(() => writeChanges(merged, carried.atTeardown, localNow));
    const result = read(merged, localNow);
    if (!result.ok) return result;
    return { ok: true, shared: shared.document, recovered: withFacilitatorFields(result.document, shared.document) };
  } finally {
    merged.destroy();
  }
}
