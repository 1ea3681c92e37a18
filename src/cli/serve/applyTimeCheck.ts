/**
 * Checks a participant's document update at the moment Hocuspocus applies it (issue 20).
 *
 * `beforeHandleMessage` runs asynchronously: two messages that arrive together both pass it
 * before the first is applied, so a read-only flag set there for one message could be what the
 * other one finds, and a refused update could slip through behind an allowed one. Hocuspocus
 * 3.4 (pinned) calls the connection's `beforeSync` callback synchronously just before it reads
 * `connection.readOnly` for a sync step 2 or update message; this keeps that message's update
 * there, and `readOnly` becomes a getter that checks exactly that update against the document
 * as it is then. Connections whose role needs no check keep Hocuspocus' plain flag.
 */
import type { Connection } from '@hocuspocus/server';

/** Yjs sync message types that carry document content. */
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

export function checkUpdatesWhenApplied(
  connection: Connection,
  refusal: (update: Uint8Array) => string | undefined,
  onRefused: (reason: string) => void,
): void {
  const beforeSync = connection.callbacks.beforeSync;
  let pending: Uint8Array | undefined;
  connection.callbacks.beforeSync = (target, payload) => {
    pending = payload.type === SYNC_STEP_2 || payload.type === SYNC_UPDATE ? payload.payload : undefined;
    return beforeSync(target, payload);
  };
  Object.defineProperty(connection, 'readOnly', {
    configurable: true,
    get() {
      const update = pending;
      pending = undefined;
      if (!update) return false;
      const reason = refusal(update);
      if (reason) onRefused(reason);
      return reason !== undefined;
    },
    set() {
      // The role decides, per update: nothing else turns a participant read-only.
    },
  });
}
