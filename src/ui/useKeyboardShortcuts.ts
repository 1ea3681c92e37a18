import { useEffect } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useWorkbenchStore } from '../store/hooks';
import { useEditorUi } from './canvas/editorUi';
import { fitAll } from './canvas/fitAll';
import {
  autoLayoutDocument,
  copySelection,
  cutSelection,
  deleteSelection,
  duplicateSelection,
  nudgeSelection,
  pasteClipboard,
  selectAll,
} from './canvas/editorActions';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Whether a key press is aimed at the canvas (or at nothing in particular). */
function onCanvas(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return true;
  return target === document.body || target.closest('[data-testid="canvas"]') !== null;
}

const ARROWS: Record<string, { x: number; y: number }> = {
  arrowup: { x: 0, y: -1 },
  arrowdown: { x: 0, y: 1 },
  arrowleft: { x: -1, y: 0 },
  arrowright: { x: 1, y: 0 },
};

type ModCommand = 'undo' | 'redo' | 'select-all' | 'copy' | 'cut' | 'paste' | 'duplicate' | null;

/** Ctrl/⌘ combinations; copy and cut leave a text selection to the browser. */
function modCommand(key: string, shift: boolean, target: EventTarget | null, hasClipboard: boolean): ModCommand {
  const textSelected = Boolean(window.getSelection()?.toString());
  if (key === 'z') return shift ? 'redo' : 'undo';
  if (key === 'y') return 'redo';
  if (key === 'a') return onCanvas(target) ? 'select-all' : null;
  if (key === 'c') return textSelected ? null : 'copy';
  if (key === 'x') return textSelected ? null : 'cut';
  if (key === 'v') return hasClipboard ? 'paste' : null;
  if (key === 'd') return 'duplicate';
  return null;
}

/**
 * Global editing shortcuts (listed in src/ui/shortcuts/shortcutList.ts). Fields keep their own
 * undo and clipboard while the user types in them, and open dialogs get their keys alone.
 */
export function useKeyboardShortcuts() {
  const store = useWorkbenchStore();
  const rf = useReactFlow();
  const flowStore = useStoreApi();
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (isTyping(e.target) || e.defaultPrevented) return;
      const ui = useEditorUi.getState();
      if (ui.dialog || (e.target instanceof HTMLElement && e.target.closest('dialog'))) return;
      // In the side panels (checklist, dashboard, inspector buttons) editing keys belong to
      // those panels; only undo/redo stay global there.
      const elsewhere = e.target instanceof HTMLElement && e.target.closest('.sidepanel, [role="dialog"]') !== null;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      const state = store.getState();
      const handled = () => e.preventDefault();

      if (mod) {
        const command = modCommand(key, e.shiftKey, e.target, ui.clipboard !== null);
        if (elsewhere && command !== 'undo' && command !== 'redo') return;
        if (command === 'undo') state.undo();
        else if (command === 'redo') state.redo();
        else if (command === 'select-all') selectAll(store);
        else if (command === 'copy') {
          if (!copySelection(store)) return;
        } else if (command === 'cut') cutSelection(store);
        else if (command === 'paste') pasteClipboard(store);
        else if (command === 'duplicate') duplicateSelection(store);
        else return;
        handled();
        return;
      }
      if (e.altKey || elsewhere) return;

      if (key === 'delete' || key === 'backspace') {
        if (deleteSelection(store)) handled();
      } else if (key === 'escape') {
        state.select({});
        state.setHighlight(null);
      } else if (key in ARROWS && onCanvas(e.target) && state.selection.components.length > 0) {
        handled();
        const step = e.shiftKey ? 50 : 10;
        const dir = ARROWS[key]!;
        nudgeSelection(store, { x: dir.x * step, y: dir.y * step }, e.timeStamp);
      } else if ((e.key === 'F2' || e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey)) && !elsewhere) {
        // Rename in place, or the component's menu, for the one selected component.
        const only = state.selection.components.length === 1 ? state.selection.components[0] : undefined;
        if (!only) return;
        handled();
        if (e.key === 'F2') {
          if (!state.readOnly) ui.startRename(only);
        } else {
          const box = document
            .querySelector(`.react-flow__node[data-id="${CSS.escape(only)}"]`)
            ?.getBoundingClientRect();
          ui.openContextMenu({
            componentId: only,
            x: box ? box.left + 12 : 200,
            y: box ? box.top + box.height / 2 : 200,
          });
        }
      } else if (e.key === '?') {
        handled();
        ui.openDialog({ kind: 'shortcuts' });
      } else if (key === 'c' && !e.shiftKey) {
        const source = state.selection.components[0];
        if (source && state.selection.components.length === 1 && !state.readOnly) {
          handled();
          ui.openDialog({ kind: 'connect', source });
        } else {
          state.notify({
            kind: 'info',
            text: 'Select one component first (Tab to it, then Enter), then press C to connect it.',
          });
        }
      } else if (e.key === '!' || (e.shiftKey && e.code === 'Digit1') || key === 'f') {
        handled();
        const { width, height } = flowStore.getState();
        fitAll(rf, state.document, { width, height });
      } else if (key === '0' && !e.shiftKey) {
        handled();
        void rf.zoomTo(1, { duration: 150 });
      } else if (key === '+' || key === '=') {
        handled();
        void rf.zoomIn({ duration: 150 });
      } else if (key === '-') {
        handled();
        void rf.zoomOut({ duration: 150 });
      } else if (key === 'l' && e.shiftKey) {
        handled();
        const sizes = new Map(
          rf.getNodes().map((n) => [n.id, { width: n.measured?.width ?? 180, height: n.measured?.height ?? 56 }]),
        );
        void autoLayoutDocument(store, sizes);
      } else if (key === 'l' && !e.shiftKey) {
        handled();
        ui.openDialog({ kind: 'components' });
      } else if (key === 'g') {
        handled();
        ui.toggleSnap();
      } else if (key === 'm') {
        handled();
        ui.toggleMinimap();
      } else if (key === '/') {
        const search = document.querySelector<HTMLInputElement>('input[aria-label="Search components"]');
        if (search) {
          handled();
          search.focus();
        }
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store, rf, flowStore]);
}
