/**
 * Autosave: writes the document after edits settle (throttled), flushes when the page is
 * hidden or closed, and reports saving / saved / error through the store.
 */
import type { DocumentRepository } from '../domain/ports';
import type { WorkbenchDocument } from '../domain/model/schema';

interface AutosaveTarget {
  getState(): { document: WorkbenchDocument; setSaveState(state: { status: 'idle' | 'saving' | 'saved' } | { status: 'error'; message: string }): void };
  subscribe(listener: (state: { document: WorkbenchDocument }, previous: { document: WorkbenchDocument }) => void): () => void;
}

const DELAY_MS = 300;

export function startAutosave(store: AutosaveTarget, repository: DocumentRepository): { flush(): Promise<void>; stop(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dirty: WorkbenchDocument | undefined;
  let writing: Promise<void> = Promise.resolve();

  const flush = async () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    const doc = dirty;
    if (!doc) return writing;
    dirty = undefined;
    store.getState().setSaveState({ status: 'saving' });
    writing = writing
      .then(() => repository.save(doc))
      .then(() => {
        if (!dirty) store.getState().setSaveState({ status: 'saved' });
      })
      .catch((error: unknown) => {
        store.getState().setSaveState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
      });
    return writing;
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.document === previous.document) return;
    dirty = state.document;
    if (!timer) timer = setTimeout(() => void flush(), DELAY_MS);
  });

  const onHide = () => {
    if (document.visibilityState === 'hidden') void flush();
  };
  const onPageHide = () => void flush();
  document.addEventListener('visibilitychange', onHide);
  window.addEventListener('pagehide', onPageHide);

  return {
    flush,
    stop() {
      unsubscribe();
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onPageHide);
    },
  };
}
