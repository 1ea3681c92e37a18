import { describe, expect, it } from 'vitest';
import { createTabCoordinator, type ClaimHandlers } from './tabCoordinator';

/** An in-memory Web Locks manager: exclusive locks, `ifAvailable`, queued waiters, abort signals. */
function fakeLocks(): LockManager {
  const held = new Set<string>();
  const queues = new Map<string, (() => void)[]>();
  const next = (name: string) => {
    const waiter = queues.get(name)?.shift();
    if (waiter) waiter();
  };
  return {
    request(name: string, optionsOrCallback: unknown, maybeCallback?: unknown) {
      const options = (typeof optionsOrCallback === 'function' ? {} : optionsOrCallback) as LockOptions;
      const callback = (typeof optionsOrCallback === 'function' ? optionsOrCallback : maybeCallback) as (lock: Lock | null) => Promise<unknown>;
      const run = async () => {
        held.add(name);
        try {
          return await callback({ name, mode: 'exclusive' } as Lock);
        } finally {
          held.delete(name);
          next(name);
        }
      };
      if (!held.has(name)) return run();
      if (options.ifAvailable) return callback(null);
      return new Promise((resolve, reject) => {
        const waiter = () => void run().then(resolve, reject);
        queues.set(name, [...(queues.get(name) ?? []), waiter]);
        options.signal?.addEventListener('abort', () => {
          queues.set(name, (queues.get(name) ?? []).filter((w) => w !== waiter));
          reject(new DOMException('aborted', 'AbortError'));
        });
      });
    },
    query: async () => ({ held: [], pending: [] }),
  } as unknown as LockManager;
}

/** BroadcastChannel instances on one bus: a message reaches every other instance. */
function fakeBus() {
  const members = new Set<{ onmessage: ((e: MessageEvent) => void) | null }>();
  return () => {
    const channel = {
      onmessage: null as ((e: MessageEvent) => void) | null,
      postMessage(data: unknown) {
        for (const m of members) if (m !== channel) queueMicrotask(() => m.onmessage?.({ data } as MessageEvent));
      },
      close() {
        members.delete(channel);
      },
    };
    members.add(channel);
    return channel as unknown as BroadcastChannel;
  };
}

const tick = () => new Promise((r) => setTimeout(r, 80));

function recorder() {
  const events: string[] = [];
  const handlers: ClaimHandlers = {
    onEditor: (initial) => void events.push(initial ? 'editor' : 'editor-after-handover'),
    onFollower: (handedOver) => void events.push(handedOver ? 'follower-handed-over' : 'follower'),
    onRemoteSaved: (at) => void events.push(`remote-saved ${at}`),
    beforeRelease: async () => void events.push('flush'),
  };
  return { events, handlers };
}

describe('tab coordinator (single writer per project)', () => {
  it('makes the first tab the editor and the second a follower that sees saves; hand-over flushes first', async () => {
    const locks = fakeLocks();
    const channel = fakeBus();
    const a = recorder();
    const b = recorder();
    const tabA = createTabCoordinator({ tabId: 'a', schemaVersion: 1, locks, channel: channel() });
    const tabB = createTabCoordinator({ tabId: 'b', schemaVersion: 1, locks, channel: channel() });
    const claimA = await tabA.claim('p1', a.handlers);
    const claimB = await tabB.claim('p1', b.handlers);
    expect(a.events).toEqual(['editor']);
    expect(b.events).toEqual(['follower']);

    claimA.announceSaved('t1');
    await tick();
    expect(b.events).toEqual(['follower', 'remote-saved t1']);

    claimB.requestTakeOver();
    await tick();
    // A writes its pending edits, then follows; B becomes the editor after that.
    expect(a.events).toEqual(['editor', 'flush', 'follower-handed-over']);
    expect(b.events.at(-1)).toBe('editor-after-handover');

    claimB.announceSaved('t2');
    await tick();
    expect(a.events.at(-1)).toBe('remote-saved t2');

    // Closing the editor (releasing) hands editing back to the waiting tab.
    claimB.release();
    await tick();
    expect(a.events.at(-1)).toBe('editor-after-handover');
  });

  it('projects are independent', async () => {
    const locks = fakeLocks();
    const channel = fakeBus();
    const a = recorder();
    const b = recorder();
    await createTabCoordinator({ tabId: 'a', schemaVersion: 1, locks, channel: channel() }).claim('p1', a.handlers);
    await createTabCoordinator({ tabId: 'b', schemaVersion: 1, locks, channel: channel() }).claim('p2', b.handlers);
    expect([a.events, b.events]).toEqual([['editor'], ['editor']]);
  });

  it('a tab that hears from a newer schema version stops writing', async () => {
    const channel = fakeBus();
    const older = createTabCoordinator({ tabId: 'old', schemaVersion: 1, locks: fakeLocks(), channel: channel() });
    const heard: number[] = [];
    older.onNewerVersion((v) => heard.push(v));
    createTabCoordinator({ tabId: 'new', schemaVersion: 2, locks: fakeLocks(), channel: channel() });
    await tick();
    expect(heard).toEqual([2]);
  });
});
