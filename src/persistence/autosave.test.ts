/** Autosave decides from diffs whether to write; the writes themselves are covered in app/storageWorkspace.test.ts. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WorkbenchDocument } from '../domain/model/schema';
import { applyDiff, diffDocuments, invertDiff } from '../domain/commands/diff';
import { updateComponents } from '../domain/model/operations';
import { makeComponent, makeDocument } from '../test/builders';
import { startAutosave, type Autosave, type AutosaveTarget } from './autosave';

type SaveState = Parameters<ReturnType<AutosaveTarget['getState']>['setSaveState']>[0];

/** The part of the store autosave reads: a document, its save state, and change listeners. */
function fakeStore(initial: WorkbenchDocument) {
  let document = initial;
  const states: SaveState['status'][] = [];
  const listeners = new Set<(s: { document: WorkbenchDocument }, p: { document: WorkbenchDocument }) => void>();
  return {
    states,
    getState: () => ({ document, setSaveState: (s: SaveState) => void states.push(s.status) }),
    subscribe(listener: (s: { document: WorkbenchDocument }, p: { document: WorkbenchDocument }) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next: WorkbenchDocument) {
      const previous = document;
      document = next;
      for (const l of listeners) l({ document: next }, { document: previous });
    },
  };
}

const base = makeDocument({ components: [makeComponent('vm', 'guest-vm', { name: 'web' })] });
const renamed = (doc: WorkbenchDocument, name: string, now = '2026-01-02T00:00:00.000Z') =>
  updateComponents(doc, { vm: { name } }, now);
/** What undo builds: the inverse diff applied, a new document object with the old records. */
const undone = (before: WorkbenchDocument, after: WorkbenchDocument) =>
  applyDiff(after, invertDiff(diffDocuments(before, after)));

let autosave: Autosave | undefined;
afterEach(() => {
  autosave?.stop();
  vi.useRealTimers();
});

describe('autosave decides from diffs', () => {
  it('writes nothing for an edit undone inside the interval, and shows Saved again', async () => {
    vi.useFakeTimers();
    const store = fakeStore(base);
    const save = vi.fn(async () => {});
    autosave = startAutosave(store, { save, canWrite: () => true, pageEvents: false, intervalMs: 100 });
    const edited = renamed(base, 'db');
    store.set(edited);
    expect(autosave.hasPendingChanges()).toBe(true);
    const back = undone(base, edited);
    expect(back).not.toBe(base);
    store.set(back);
    expect(autosave.hasPendingChanges()).toBe(false);
    await vi.advanceTimersByTimeAsync(150);
    expect(save).not.toHaveBeenCalled();
    expect(store.states).toEqual(['saving', 'saved']);
  });

  it('still writes the undone state when it follows a write under way', async () => {
    vi.useFakeTimers();
    const store = fakeStore(base);
    let release!: () => void;
    const written: string[] = [];
    const save = vi.fn(async (doc: WorkbenchDocument) => {
      if (written.length === 0) await new Promise<void>((r) => (release = r));
      written.push(doc.components.vm!.name);
    });
    autosave = startAutosave(store, { save, canWrite: () => true, pageEvents: false, intervalMs: 100 });
    const edited = renamed(base, 'db');
    store.set(edited);
    await vi.advanceTimersByTimeAsync(150);
    expect(save).toHaveBeenCalledTimes(1);
    // The write of "db" is under way; the undo back to the stored state must follow it.
    store.set(undone(base, edited));
    expect(autosave.hasPendingChanges()).toBe(true);
    release();
    await vi.advanceTimersByTimeAsync(150);
    await autosave.flush();
    expect(written).toEqual(['db', 'web']);
  });

  it('drops a pending document that equals one marked as stored (followed from another tab)', () => {
    const store = fakeStore(base);
    autosave = startAutosave(store, {
      save: async () => {},
      canWrite: () => true,
      pageEvents: false,
      intervalMs: 10_000,
    });
    const edited = renamed(base, 'db');
    store.set(edited);
    // Another tab wrote the same edit; this tab reads it back as new objects with the same records.
    autosave.markClean({ ...edited, components: { ...edited.components } });
    expect(autosave.hasPendingChanges()).toBe(false);
  });

  it('writes an edit that changes something, even when it returns to an older state', async () => {
    vi.useFakeTimers();
    const store = fakeStore(base);
    const save = vi.fn(async () => {});
    autosave = startAutosave(store, { save, canWrite: () => true, pageEvents: false, intervalMs: 100 });
    const first = renamed(base, 'db');
    store.set(first);
    await vi.advanceTimersByTimeAsync(150);
    store.set(undone(base, first));
    await vi.advanceTimersByTimeAsync(150);
    expect(save).toHaveBeenCalledTimes(2);
  });
});
