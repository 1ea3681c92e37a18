/**
 * Autosave: writes the document after edits settle (throttled: at most one write per
 * interval), flushes when the page is hidden or closed, and reports saving / saved / error
 * through the store. A failed write is shown at once and pauses autosave (edits stay in
 * memory, export still works) until `retry()` succeeds. It only ever writes documents the
 * user changed in this tab: loaded documents are marked clean, and `canWrite` (the tab's
 * editing role) is asked before every write.
 *
 * Whether to write is decided from record-level diffs (domain/commands/diff.ts), not from
 * object identity: an edit undone inside the interval leaves nothing to write, whatever
 * objects the undo built. Each write still stores the whole document (one row per project);
 * writing only the records a diff touched needs a table of records, a change of the stored layout.
 */
import type { WorkbenchDocument } from '../domain/model/schema';
import { diffDocuments, isEmptyDiff } from '../domain/commands/diff';
import { classifyStorageError, describeStorageError } from './storageErrors';

type SaveState = { status: 'idle' | 'saving' | 'saved' } | { status: 'error'; message: string };

export interface AutosaveTarget {
  getState(): { document: WorkbenchDocument; setSaveState(state: SaveState): void };
  subscribe(
    listener: (state: { document: WorkbenchDocument }, previous: { document: WorkbenchDocument }) => void,
  ): () => void;
}

export interface AutosaveOptions {
  save(document: WorkbenchDocument): Promise<void>;
  /** False while this tab must not write (follower, blocked, not yet loaded). */
  canWrite(): boolean;
  /** After each successful write (to tell other tabs). */
  onSaved?(document: WorkbenchDocument, ms: number): void;
  /** Called synchronously with the pending document when the page is hidden or closed. */
  rescue?(document: WorkbenchDocument): void;
  /** When autosave pauses after a failure, or resumes. */
  onPausedChange?(paused: boolean): void;
  intervalMs?: number;
  /** Listen to pagehide / visibilitychange (off in tests without a DOM). */
  pageEvents?: boolean;
}

export interface Autosave {
  /** Writes pending edits now (pagehide, before switching project, before a snapshot). */
  flush(): Promise<void>;
  /** Marks a document as already stored (opened, followed from another tab). */
  markClean(document: WorkbenchDocument): void;
  /** Retries after a failure; resumes autosave when the write succeeds. */
  retry(): Promise<boolean>;
  isPaused(): boolean;
  hasPendingChanges(): boolean;
  stop(): void;
}

export const AUTOSAVE_INTERVAL_MS = 300;

export function startAutosave(store: AutosaveTarget, options: AutosaveOptions): Autosave {
  const interval = options.intervalMs ?? AUTOSAVE_INTERVAL_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dirty: WorkbenchDocument | undefined;
  /** What storage holds: the last document written, or marked as already stored. */
  let stored: WorkbenchDocument = store.getState().document;
  const sameAsStored = (doc: WorkbenchDocument) => doc === stored || isEmptyDiff(diffDocuments(stored, doc));
  let inFlight = 0;
  let paused = false;
  let writing: Promise<void> = Promise.resolve();

  const setPaused = (value: boolean) => {
    if (paused === value) return;
    paused = value;
    options.onPausedChange?.(value);
  };

  const write = (doc: WorkbenchDocument): Promise<boolean> => {
    store.getState().setSaveState({ status: 'saving' });
    const started = performance.now();
    inFlight++;
    const attempt = writing.then(async () => {
      try {
        await options.save(doc);
        const ms = performance.now() - started;
        performance.measure?.('htw:autosave-write', { start: started, end: started + ms });
        stored = doc;
        if (!dirty) store.getState().setSaveState({ status: 'saved' });
        options.onSaved?.(doc, ms);
        return true;
      } catch (error) {
        // Keep the unsaved document so a retry writes it.
        if (!dirty) dirty = doc;
        // A document the reader would refuse is not a storage failure: the next edit (the
        // user shortening the text) tries again, so autosave does not pause for it.
        if (classifyStorageError(error) !== 'refused') setPaused(true);
        store.getState().setSaveState({ status: 'error', message: describeStorageError(error) });
        return false;
      }
    });
    writing = attempt.then(() => {
      inFlight--;
    });
    return attempt;
  };

  const flush = async () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    const doc = dirty;
    if (!doc || paused || !options.canWrite()) return writing;
    dirty = undefined;
    await write(doc);
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.document === previous.document) return;
    // Back to what storage holds (a load, or an undo of the edits not yet written): nothing to
    // write, and a pending write of the undone edit is dropped. Not while a write is under way:
    // this document must follow it, or an undo and redo inside the throttle interval would
    // leave the undone state stored.
    if (inFlight === 0 && sameAsStored(state.document)) {
      dirty = undefined;
      return;
    }
    if (!options.canWrite()) return;
    dirty = state.document;
    if (paused) return;
    if (!timer) {
      // Pending edits are shown as saving at once, not as "Saved" until the write starts.
      store.getState().setSaveState({ status: 'saving' });
      timer = setTimeout(() => {
        // The edits were undone meanwhile and nothing is being written: storage holds what is shown.
        if (dirty === undefined && inFlight === 0 && !paused) {
          timer = undefined;
          store.getState().setSaveState({ status: 'saved' });
          return;
        }
        void flush();
      }, interval);
    }
  });

  const leaving = () => {
    // The write below is asynchronous and a closing page may not finish it; keep a copy now.
    if (dirty && options.canWrite()) options.rescue?.(dirty);
    void flush();
  };
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') leaving();
  };
  const onPageHide = leaving;
  const pageEvents = options.pageEvents !== false && typeof document !== 'undefined';
  if (pageEvents) {
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onPageHide);
  }

  return {
    flush,
    markClean(doc) {
      stored = doc;
      if (dirty && sameAsStored(dirty)) dirty = undefined;
    },
    async retry() {
      const doc = dirty ?? store.getState().document;
      dirty = undefined;
      const ok = await write(doc);
      if (ok) setPaused(false);
      return ok;
    },
    isPaused: () => paused,
    hasPendingChanges: () => dirty !== undefined,
    stop() {
      if (timer) clearTimeout(timer);
      unsubscribe();
      if (pageEvents) {
        document.removeEventListener('visibilitychange', onVisibility);
        window.removeEventListener('pagehide', onPageHide);
      }
    },
  };
}
