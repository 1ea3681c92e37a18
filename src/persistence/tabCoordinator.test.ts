import { describe, expect, it, vi } from 'vitest';
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
      const callback = (typeof optionsOrCallback === 'function' ? optionsOrCallback : maybeCallback) as (
        lock: Lock | null,
      ) => Promise<unknown>;
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
          queues.set(
            name,
            (queues.get(name) ?? []).filter((w) => w !== waiter),
          );
          reject(new DOMException('aborted', 'AbortError'));
        });
      });
    },
    query: async () => ({ held: [...held].map((name) => ({ name, mode: 'exclusive' })), pending: [] }),
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

/**
 * Resolves once every queued microtask has run (the next macrotask): the fake bus delivers in
 * microtasks, so what a message sets off has happened by then. Used to see that nothing happened.
 */
const drained = () => new Promise<void>((resolve) => setImmediate(resolve));

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

    claimA.announceSaved('2026-01-01T00:00:01.000Z');
    await vi.waitFor(() => expect(b.events).toEqual(['follower', 'remote-saved 2026-01-01T00:00:01.000Z']));

    claimB.requestTakeOver();
    await vi.waitFor(() => expect(b.events.at(-1)).toBe('editor-after-handover'));
    // A writes its pending edits, then follows; B becomes the editor after that.
    expect(a.events).toEqual(['editor', 'flush', 'follower-handed-over']);

    claimB.announceSaved('2026-01-01T00:00:02.000Z');
    await vi.waitFor(() => expect(a.events.at(-1)).toBe('remote-saved 2026-01-01T00:00:02.000Z'));

    // Closing the editor (releasing) hands editing back to the waiting tab.
    claimB.release();
    await vi.waitFor(() => expect(a.events.at(-1)).toBe('editor-after-handover'));
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
    await vi.waitFor(() => expect(heard).toEqual([2]));
  });
});

describe('metadata changes from another tab (issue 22, item 3)', () => {
  it('goes to the editing tab, which applies it; the asking tab learns the outcome', async () => {
    const locks = fakeLocks();
    const channel = fakeBus();
    const a = recorder();
    const applied: string[] = [];
    const tabA = createTabCoordinator({ tabId: 'a', schemaVersion: 1, locks, channel: channel() });
    await tabA.claim('p1', { ...a.handlers, onRemoteMetadata: async (patch) => void applied.push(patch.name) });
    const tabB = createTabCoordinator({ tabId: 'b', schemaVersion: 1, locks, channel: channel() });
    let wroteDirectly = false;
    const result = await tabB.updateMetadata(
      'p1',
      { name: 'Renamed in B' },
      async () => ((wroteDirectly = true), '2026-01-01T00:00:00.000Z'),
    );
    expect(result).toEqual({ ok: true });
    expect(applied).toEqual(['Renamed in B']);
    expect(wroteDirectly).toBe(false);
  });

  it('writes directly, holding the lock, when no tab edits the project', async () => {
    const locks = fakeLocks();
    const channel = fakeBus();
    const tabF = createTabCoordinator({ tabId: 'f', schemaVersion: 1, locks, channel: channel() });
    const tabB = createTabCoordinator({ tabId: 'b', schemaVersion: 1, locks, channel: channel() });
    (await tabF.claim('p1', recorder().handlers)).release();
    await vi.waitFor(async () => expect((await locks.query()).held).toEqual([]));
    let heldWhileWriting = false;
    const result = await tabB.updateMetadata('p1', { name: 'x' }, async () => {
      heldWhileWriting = (await locks.query()).held!.some((l) => l.name === 'htw-project:p1');
      return '2026-01-02T00:00:00.000Z';
    });
    expect(result).toEqual({ ok: true });
    expect(heldWhileWriting).toBe(true);
  });

  it('reports when the editing tab cannot apply it, and times out when nobody answers', async () => {
    const locks = fakeLocks();
    const channel = fakeBus();
    const tabA = createTabCoordinator({ tabId: 'a', schemaVersion: 1, locks, channel: channel() });
    await tabA.claim('p1', {
      ...recorder().handlers,
      onRemoteMetadata: async () => Promise.reject(new Error('autosave is paused')),
    });
    const tabB = createTabCoordinator({
      tabId: 'b',
      schemaVersion: 1,
      locks,
      channel: channel(),
      metadataTimeoutMs: 200,
    });
    expect(await tabB.updateMetadata('p1', { name: 'x' }, async () => '')).toEqual({
      ok: false,
      message: 'autosave is paused',
    });
    // A lock held by a tab that never answers (closed channel): a timeout, nothing written.
    tabA.close();
    const silent = createTabCoordinator({
      tabId: 'c',
      schemaVersion: 1,
      locks,
      channel: channel(),
      metadataTimeoutMs: 200,
    });
    const late = await silent.updateMetadata('p1', { name: 'x' }, async () => '');
    expect(late.ok).toBe(false);
  });
});

describe('forged channel messages (issue 22, item 6)', () => {
  it('ignores malformed and unknown messages', async () => {
    const locks = fakeLocks();
    const bus = fakeBus();
    const a = recorder();
    const tabA = createTabCoordinator({ tabId: 'a', schemaVersion: 1, locks, channel: bus() });
    const heard: number[] = [];
    tabA.onNewerVersion((v) => heard.push(v));
    await tabA.claim('p1', a.handlers);
    const forger = bus();
    for (const data of [
      null,
      'saved',
      { type: 'saved', tabId: 'x', schemaVersion: 1, projectId: 'p1' },
      { type: 'saved', tabId: 'x', schemaVersion: 1, projectId: 'p1', updatedAt: '2026-01-01T00:00:00.000Z', extra: 1 },
      { type: 'hello', tabId: 'x', schemaVersion: '99' },
      { type: 'hello', tabId: 'x', schemaVersion: 1e308 },
      { type: 'nuke', tabId: 'x', schemaVersion: 99 },
      JSON.parse('{"type":"hello","tabId":"x","schemaVersion":99,"__proto__":{"polluted":true}}'),
    ])
      forger.postMessage(data);
    await drained();
    expect(heard).toEqual([]);
    expect(a.events).toEqual(['editor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a forged hand-over request (no tab waiting behind it) does not demote the editing tab', async () => {
    const locks = fakeLocks();
    const bus = fakeBus();
    const a = recorder();
    const tabA = createTabCoordinator({ tabId: 'a', schemaVersion: 1, locks, channel: bus() });
    await tabA.claim('p1', a.handlers);
    bus().postMessage({ type: 'release-request', tabId: 'forger', schemaVersion: 1, projectId: 'p1' });
    await drained();
    expect(a.events).toEqual(['editor']);
    // A real follower's request still hands over.
    const b = recorder();
    const claimB = await createTabCoordinator({ tabId: 'b', schemaVersion: 1, locks, channel: bus() }).claim(
      'p1',
      b.handlers,
    );
    claimB.requestTakeOver();
    await vi.waitFor(() => expect(b.events.at(-1)).toBe('editor-after-handover'));
    expect(a.events).toEqual(['editor', 'flush', 'follower-handed-over']);
  });
});
