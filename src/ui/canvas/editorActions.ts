/**
 * Editing actions shared by the keyboard shortcuts, the canvas toolbar and the canvas itself.
 * Each document change dispatches one command (domain/commands), so each is one undo step (a nudge burst is one
 * step too, through a coalesce key).
 */
import type { WorkbenchStore } from '../../store/createWorkbenchStore';
import { copyComponents } from '../../domain/model/clipboard';
import {
  duplicateComponents,
  layOutComponents,
  nudgeComponents,
  pasteComponents,
} from '../../domain/commands/editorCommands';
import { describeRemoval } from '../../domain/model/removalSummary';
import { useEditorUi } from './editorUi';
import { loadAutoLayout } from '../lazyViews';

const PASTE_STEP = 30;
/** Arrow presses closer together than this form one undo step. */
const NUDGE_BURST_MS = 800;
let nudgeBurst = 0;
let lastNudgeAt = 0;

export function selectAll(store: WorkbenchStore): void {
  const { document, select } = store.getState();
  select({ components: Object.keys(document.components), connections: Object.keys(document.connections) });
}

export function copySelection(store: WorkbenchStore): boolean {
  const { document, selection } = store.getState();
  if (selection.components.length === 0) return false;
  useEditorUi.getState().setClipboard(copyComponents(document, selection.components));
  return true;
}

export function cutSelection(store: WorkbenchStore): void {
  if (copySelection(store)) store.getState().removeSelection();
}

export function pasteClipboard(store: WorkbenchStore): void {
  const ui = useEditorUi.getState();
  const content = ui.clipboard;
  if (!content || content.components.length === 0) return;
  const step = ui.notePaste() * PASTE_STEP;
  const { value: roots, refusal } = store
    .getState()
    .dispatch(pasteComponents, { content, offset: { x: step, y: step } });
  if (!refusal && roots.length) store.getState().select({ components: roots });
}

export function duplicateSelection(store: WorkbenchStore): void {
  const { selection } = store.getState();
  if (selection.components.length === 0) return;
  const { value: roots, refusal } = store
    .getState()
    .dispatch(duplicateComponents, { componentIds: selection.components, offset: { x: PASTE_STEP, y: PASTE_STEP } });
  if (!refusal && roots.length) store.getState().select({ components: roots });
}

export function nudgeSelection(store: WorkbenchStore, delta: { x: number; y: number }, at: number): void {
  const { selection } = store.getState();
  if (selection.components.length === 0) return;
  if (at - lastNudgeAt > NUDGE_BURST_MS) nudgeBurst++;
  lastNudgeAt = at;
  store
    .getState()
    .dispatch(nudgeComponents, { componentIds: selection.components, delta }, { coalesce: `nudge:${nudgeBurst}` });
}

/**
 * Deletes the selection (and everything inside the selected components) as one undo step, and
 * says what went, with an Undo button: a host with twenty VMs does not vanish without a word.
 */
export function deleteSelection(store: WorkbenchStore): boolean {
  const { selection, document: before } = store.getState();
  if (selection.components.length === 0 && selection.connections.length === 0) return false;
  const summary = describeRemoval(before, selection.components, selection.connections);
  store.getState().removeSelection();
  const after = store.getState().document;
  if (summary && after !== before) {
    store.getState().notify({
      kind: 'info',
      text: summary,
      action: {
        label: 'Undo',
        // Only this deletion: once the model changed again the top bar's Undo is the way back.
        run: () => {
          const state = store.getState();
          if (state.document === after) state.undo();
          state.notify(null);
        },
      },
    });
  }
  return true;
}

/** Lays the whole platform out with dagre (loaded on first use) as one undo step. */
export async function autoLayoutDocument(
  store: WorkbenchStore,
  measured: ReadonlyMap<string, { width: number; height: number }>,
): Promise<void> {
  const { autoLayout } = await loadAutoLayout();
  const { document, catalog } = store.getState();
  store.getState().dispatch(layOutComponents, autoLayout(document, catalog, measured));
}
