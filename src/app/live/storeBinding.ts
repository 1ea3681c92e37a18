/**
 * Keeps the workbench store and a live session's Y.Doc in step (issue 20):
 *  - the store's document changes (a local edit) -> only the changed fields go into the Y.Doc,
 *    in a transaction with this binding's origin;
 *  - the Y.Doc changes from elsewhere (another person, the server, this person's undo) -> its
 *    shared state is read, validated with the document schema and applied to the store with
 *    unchanged records kept; a state that fails is refused: the store keeps its document and
 *    `onRefused` gets the reason.
 * Undo and redo go through a Y.UndoManager that tracks this binding's origin only, so one
 * person's undo never reverts another's edit.
 */
import * as Y from 'yjs';
import type { WorkbenchStore } from '../../store/createWorkbenchStore';
import type { WorkbenchDocument } from '../../domain/model/schema';
import { SHARED_COLLECTIONS, readSharedState, type SharedReadResult } from '../../domain/live/sharedDocument';
import { readShared, SharedStateRefused, writeChanges } from './yjsState';

export interface StoreBinding {
  /** The origin of this person's transactions (the undo manager tracks it). */
  origin: object;
  undoManager: Y.UndoManager;
  stop(): void;
}

/** Reads the Y.Doc's shared state into a document for `local`, validated. */
export function readValidated(ydoc: Y.Doc, store: WorkbenchStore, local: WorkbenchDocument): SharedReadResult {
  try {
    return readSharedState(readShared(ydoc), local, store.getState().catalog);
  } catch (error) {
    if (error instanceof SharedStateRefused)
      return { ok: false, message: `The shared session is not valid: ${error.message}.` };
    throw error;
  }
}

export interface BindOptions {
  /** The owner publishes the store's document into an empty Y.Doc; a joining person takes the Y.Doc's. */
  publish: boolean;
  /** Edits kept across a rejoin (`recovery.ts`): written into the Y.Doc as the change from `from` (its shared state) to `to`. */
  recovered?: { from: WorkbenchDocument; to: WorkbenchDocument };
  onRefused(message: string): void;
}

export function bindStore(store: WorkbenchStore, ydoc: Y.Doc, options: BindOptions): StoreBinding {
  const origin = { binding: 'local' };
  let synced = store.getState().document;
  if (options.publish) ydoc.transact(() => writeChanges(ydoc, null, synced), origin);
  const recovered = options.recovered;
  if (recovered) ydoc.transact(() => writeChanges(ydoc, recovered.from, recovered.to), origin);

  const unsubscribe = store.subscribe((state) => {
    if (state.document === synced) return;
    const previous = synced;
    synced = state.document;
    ydoc.transact(() => writeChanges(ydoc, previous, synced), origin);
  });

  const applyRemote = () => {
    const local = store.getState().document;
    const read = readValidated(ydoc, store, local);
    if (!read.ok) {
      options.onRefused(read.message);
      return;
    }
    if (read.document === local) return;
    synced = read.document;
    store.setState({ document: read.document });
  };
  const onAfterTransaction = (transaction: Y.Transaction) => {
    if (transaction.origin === origin || transaction.changed.size === 0) return;
    applyRemote();
  };
  ydoc.on('afterTransaction', onAfterTransaction);
  // A joining person takes the shared state at once.
  if (!options.publish) applyRemote();

  const scope = [ydoc.getMap('meta'), ...SHARED_COLLECTIONS.map((c) => ydoc.getMap(c))];
  const undoManager = new Y.UndoManager(scope, { trackedOrigins: new Set([origin]), captureTimeout: 400 });
  const { undo, redo } = store.getState();
  // Per-person undo while live; the store's own history would revert everyone's edits.
  store.setState({
    undo: () => {
      undoManager.undo();
    },
    redo: () => {
      undoManager.redo();
    },
  });

  return {
    origin,
    undoManager,
    stop() {
      unsubscribe();
      ydoc.off('afterTransaction', onAfterTransaction);
      undoManager.destroy();
      store.setState({ undo, redo });
    },
  };
}
