/**
 * Two tabs on one project: a single writer per project. The editing tab holds the Web Lock
 * `htw-project:<id>`; other tabs queue for it, are read-only, and follow the editor's saves
 * live (BroadcastChannel). "Take over editing" asks the editor to save and hand over; a closed
 * editor tab hands over by itself (the browser releases its lock). Every message carries the
 * schema version, and a tab that sees a newer one is told (the workspace confirms it from
 * storage before it stops writing).
 *
 * Any same-origin page can post on the channel, so (issue 22): every message is validated
 * (tabMessages.ts); a hand-over request is honoured only from a tab that really holds its
 * take-over lock `htw-takeover:<project>:<tab>`; and metadata writes (a rename) from another
 * tab go through the project's lock: written directly when no tab edits the project, else
 * sent to the editing tab, which applies and saves them, so it never writes the old name back.
 */
import { parseCoordinatorMessage, type CoordinatorMessage, type MetadataPatch } from './tabMessages';

export interface ClaimHandlers {
  /** This tab became the editor (`initial`: at claim time; otherwise a hand-over: reload first). */
  onEditor(initial: boolean): Promise<void> | void;
  /** This tab follows another one (`handedOver`: it was the editor and gave editing away). */
  onFollower(handedOver: boolean): void;
  /** The editor saved; a follower reloads from the database. */
  onRemoteSaved(updatedAt: string): void;
  /** Another tab wants to edit: stop editing and write pending edits before the lock goes. */
  beforeRelease(): Promise<void>;
  /** Another tab changes this project's metadata while this tab edits it: apply and save it. */
  onRemoteMetadata?(patch: MetadataPatch): Promise<void>;
}

export interface Claim {
  requestTakeOver(): void;
  announceSaved(updatedAt: string): void;
  release(): void;
}

export type MetadataResult = { ok: true } | { ok: false; message: string };

export interface TabCoordinator {
  claim(projectId: string, handlers: ClaimHandlers): Promise<Claim>;
  /**
   * Changes a project's metadata under its lock: `writeDirectly` runs while holding the lock
   * when no tab edits the project (followers are then told it was saved); otherwise the
   * editing tab applies the patch and answers.
   */
  updateMetadata(
    projectId: string,
    patch: MetadataPatch,
    writeDirectly: () => Promise<string>,
  ): Promise<MetadataResult>;
  /** Called when another tab claims a newer schema: the listener confirms it from storage. */
  onNewerVersion(listener: (version: number) => void): void;
  close(): void;
}

const CHANNEL = 'htw-storage';
/** How long a metadata change waits for the editing tab's answer. */
export const METADATA_TIMEOUT_MS = 5_000;
/** How long a take-over request waits for the editor to hand over. */
const TAKEOVER_HOLD_MS = 15_000;

const projectLock = (projectId: string) => `htw-project:${projectId}`;
const takeOverLock = (projectId: string, tabId: string) => `htw-takeover:${projectId}:${tabId}`;

export function createTabCoordinator({
  tabId,
  schemaVersion,
  locks = typeof navigator !== 'undefined' ? navigator.locks : undefined,
  channel = typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel(CHANNEL) : undefined,
  metadataTimeoutMs = METADATA_TIMEOUT_MS,
}: {
  tabId: string;
  schemaVersion: number;
  locks?: LockManager;
  channel?: BroadcastChannel;
  metadataTimeoutMs?: number;
}): TabCoordinator {
  const newerListeners: ((version: number) => void)[] = [];
  const routes = new Set<(message: CoordinatorMessage) => void>();
  const post = (message: CoordinatorMessage) => channel?.postMessage(message);
  const pendingMetadata = new Map<string, (result: MetadataResult) => void>();
  let requestCounter = 0;

  if (channel) {
    channel.onmessage = (event: MessageEvent<unknown>) => {
      const message = parseCoordinatorMessage(event.data);
      // Not one of ours (malformed, unknown type, extra keys), or our own: ignored.
      if (!message || message.tabId === tabId) return;
      if (message.schemaVersion > schemaVersion) {
        for (const l of newerListeners) l(message.schemaVersion);
        return;
      }
      if (message.type === 'metadata-done') {
        pendingMetadata.get(message.requestId)?.(
          message.ok
            ? { ok: true }
            : { ok: false, message: message.message ?? 'the tab editing the project could not apply the change' },
        );
        return;
      }
      for (const route of routes) route(message);
    };
    post({ type: 'hello', tabId, schemaVersion });
  }

  /** True when the tab named in a hand-over request really holds its take-over lock. */
  const holdsTakeOverLock = async (projectId: string, requester: string): Promise<boolean> => {
    if (!locks?.query) return false;
    try {
      const state = await locks.query();
      return (state.held ?? []).some((l) => l.name === takeOverLock(projectId, requester));
    } catch {
      return false;
    }
  };

  return {
    async claim(projectId, handlers) {
      const name = projectLock(projectId);
      const aborter = new AbortController();
      let releaseHeld: (() => void) | undefined;
      let released = false;
      let editing = false;
      let releaseTakeOver: (() => void) | undefined;

      const hold = (initial: boolean) => async (lock: Lock | null) => {
        if (!lock || released) return false;
        editing = true;
        releaseTakeOver?.();
        await handlers.onEditor(initial);
        await new Promise<void>((resolve) => (releaseHeld = resolve));
        editing = false;
        return true;
      };

      const queue = () => {
        if (!locks || released) return;
        locks.request(name, { signal: aborter.signal }, hold(false)).catch(() => undefined);
      };

      const handOver = () => {
        if (!editing || !releaseHeld) return;
        const release = releaseHeld;
        releaseHeld = undefined;
        void handlers.beforeRelease().finally(() => {
          handlers.onFollower(true);
          release();
          // Back in the queue, behind the tab that asked.
          setTimeout(queue, 50);
        });
      };

      const route = (message: CoordinatorMessage) => {
        if (!('projectId' in message) || message.projectId !== projectId) return;
        if (message.type === 'saved' && !editing) handlers.onRemoteSaved(message.updatedAt);
        if (message.type === 'release-request' && editing && releaseHeld) {
          // A forged request (a page that is not a waiting tab) must not demote this tab.
          void holdsTakeOverLock(projectId, message.tabId).then((real) => real && handOver());
        }
        if (message.type === 'metadata-request' && editing) {
          const answer = (ok: boolean, text?: string) =>
            post({
              type: 'metadata-done',
              tabId,
              schemaVersion,
              projectId,
              requestId: message.requestId,
              ok,
              ...(text ? { message: text.slice(0, 500) } : {}),
            });
          if (!handlers.onRemoteMetadata) return answer(false, 'the tab editing the project cannot apply the change');
          handlers.onRemoteMetadata(message.patch).then(
            () => answer(true),
            (error: unknown) => answer(false, error instanceof Error ? error.message : String(error)),
          );
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
        requestTakeOver() {
          if (!locks) return;
          releaseTakeOver?.();
          // Held while asking, so the editor can check the request comes from a real tab.
          locks
            .request(takeOverLock(projectId, tabId), { ifAvailable: true }, (lock) =>
              lock
                ? new Promise<void>((resolve) => {
                    const timer = setTimeout(resolve, TAKEOVER_HOLD_MS);
                    releaseTakeOver = () => {
                      clearTimeout(timer);
                      releaseTakeOver = undefined;
                      resolve();
                    };
                    post({ type: 'release-request', tabId, schemaVersion, projectId });
                  })
                : undefined,
            )
            .catch(() => undefined);
        },
        announceSaved: (updatedAt) => post({ type: 'saved', tabId, schemaVersion, projectId, updatedAt }),
        release() {
          released = true;
          routes.delete(route);
          aborter.abort();
          releaseTakeOver?.();
          releaseHeld?.();
          releaseHeld = undefined;
        },
      };
    },

    async updateMetadata(projectId, patch, writeDirectly) {
      if (!locks) {
        await writeDirectly();
        return { ok: true };
      }
      // No tab edits the project: write under its lock, then tell the tabs that follow it.
      const direct = await locks.request(projectLock(projectId), { ifAvailable: true }, async (lock) => {
        if (!lock) return undefined;
        const updatedAt = await writeDirectly();
        post({ type: 'saved', tabId, schemaVersion, projectId, updatedAt });
        return true;
      });
      if (direct) return { ok: true };
      // Another tab edits it: that tab applies the change and saves it.
      const requestId = `${tabId.slice(0, 40)}-${++requestCounter}`;
      return new Promise<MetadataResult>((resolve) => {
        const done = (result: MetadataResult) => {
          clearTimeout(timer);
          pendingMetadata.delete(requestId);
          resolve(result);
        };
        const timer = setTimeout(
          () =>
            done({
              ok: false,
              message:
                'the tab that edits this project did not answer. Nothing was changed; make the change in that tab',
            }),
          metadataTimeoutMs,
        );
        pendingMetadata.set(requestId, done);
        post({ type: 'metadata-request', tabId, schemaVersion, projectId, requestId, patch });
      });
    },

    onNewerVersion(listener) {
      newerListeners.push(listener);
    },
    close() {
      channel?.close();
    },
  };
}
