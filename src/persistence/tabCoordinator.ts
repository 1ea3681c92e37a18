/**
 * Two tabs on one project: a single writer per project. The editing tab holds the Web Lock
 * `htw-project:<id>`; other tabs queue for it, are read-only, and follow the editor's saves
 * live (BroadcastChannel). "Take over editing" asks the editor to save and hand over; a closed
 * editor tab hands over by itself (the browser releases its lock). Every message carries the
 * schema version, and a tab that sees a newer one stops writing.
 */

export type CoordinatorMessage =
  | { type: 'hello'; tabId: string; schemaVersion: number }
  | { type: 'saved'; tabId: string; schemaVersion: number; projectId: string; updatedAt: string }
  | { type: 'release-request'; tabId: string; schemaVersion: number; projectId: string };

export interface ClaimHandlers {
  /** This tab became the editor (`initial`: at claim time; otherwise a hand-over: reload first). */
  onEditor(initial: boolean): Promise<void> | void;
  /** This tab follows another one (`handedOver`: it was the editor and gave editing away). */
  onFollower(handedOver: boolean): void;
  /** The editor saved; a follower reloads from the database. */
  onRemoteSaved(updatedAt: string): void;
  /** Another tab wants to edit: stop editing and write pending edits before the lock goes. */
  beforeRelease(): Promise<void>;
}

export interface Claim {
  requestTakeOver(): void;
  announceSaved(updatedAt: string): void;
  release(): void;
}

export interface TabCoordinator {
  claim(projectId: string, handlers: ClaimHandlers): Promise<Claim>;
  /** Called when another tab runs a newer schema: this tab must stop writing. */
  onNewerVersion(listener: (version: number) => void): void;
  close(): void;
}

const CHANNEL = 'htw-storage';

export function createTabCoordinator({
  tabId,
  schemaVersion,
  locks = typeof navigator !== 'undefined' ? navigator.locks : undefined,
  channel = typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel(CHANNEL) : undefined,
}: {
  tabId: string;
  schemaVersion: number;
  locks?: LockManager;
  channel?: BroadcastChannel;
}): TabCoordinator {
  const newerListeners: ((version: number) => void)[] = [];
  const routes = new Set<(message: CoordinatorMessage) => void>();
  const post = (message: CoordinatorMessage) => channel?.postMessage(message);

  if (channel) {
    channel.onmessage = (event: MessageEvent<CoordinatorMessage>) => {
      const message = event.data;
      if (!message || typeof message !== 'object' || message.tabId === tabId) return;
      if (typeof message.schemaVersion === 'number' && message.schemaVersion > schemaVersion) {
        for (const l of newerListeners) l(message.schemaVersion);
        return;
      }
      for (const route of routes) route(message);
    };
    post({ type: 'hello', tabId, schemaVersion });
  }

  return {
    async claim(projectId, handlers) {
      const name = `htw-project:${projectId}`;
      const aborter = new AbortController();
      let releaseHeld: (() => void) | undefined;
      let released = false;
      let editing = false;

      const hold = (initial: boolean) => async (lock: Lock | null) => {
        if (!lock || released) return false;
        editing = true;
        await handlers.onEditor(initial);
        await new Promise<void>((resolve) => (releaseHeld = resolve));
        editing = false;
        return true;
      };

      const queue = () => {
        if (!locks || released) return;
        locks.request(name, { signal: aborter.signal }, hold(false)).catch(() => undefined);
      };

      const route = (message: CoordinatorMessage) => {
        if (!('projectId' in message) || message.projectId !== projectId) return;
        if (message.type === 'saved' && !editing) handlers.onRemoteSaved(message.updatedAt);
        if (message.type === 'release-request' && editing && releaseHeld) {
          const release = releaseHeld;
          releaseHeld = undefined;
          void handlers.beforeRelease().finally(() => {
            handlers.onFollower(true);
            release();
            // Back in the queue, behind the tab that asked.
            setTimeout(queue, 50);
          });
        }
      };
      routes.add(route);

      if (!locks) {
        // No Web Locks (very old browser): no coordination possible; edit as before.
        editing = true;
        await handlers.onEditor(true);
      } else {
        let granted = false;
        await new Promise<void>((resolve) => {
          locks
            .request(name, { ifAvailable: true }, async (lock) => {
              if (!lock) return resolve();
              granted = true;
              resolve();
              return hold(true)(lock);
            })
            .catch(() => resolve());
        });
        if (!granted) {
          handlers.onFollower(false);
          queue();
        }
      }

      return {
        requestTakeOver: () => post({ type: 'release-request', tabId, schemaVersion, projectId }),
        announceSaved: (updatedAt) => post({ type: 'saved', tabId, schemaVersion, projectId, updatedAt }),
        release() {
          released = true;
          routes.delete(route);
          aborter.abort();
          releaseHeld?.();
          releaseHeld = undefined;
        },
      };
    },
    onNewerVersion(listener) {
      newerListeners.push(listener);
    },
    close() {
      channel?.close();
    },
  };
}
