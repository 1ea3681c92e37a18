import { useEffect } from 'react';
import { useWorkbenchStore } from '../store/hooks';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Global editing shortcuts; fields keep their own undo while the user types in them. */
export function useKeyboardShortcuts() {
  const store = useWorkbenchStore();
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (isTyping(e.target)) return;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      const state = store.getState();
      if (mod && key === 'z' && !e.shiftKey) {
        e.preventDefault();
        state.undo();
      } else if ((mod && key === 'z' && e.shiftKey) || (mod && key === 'y')) {
        e.preventDefault();
        state.redo();
      } else if (key === 'delete' || key === 'backspace') {
        if (state.selection.components.length || state.selection.connections.length) {
          e.preventDefault();
          state.removeSelection();
        }
      } else if (key === 'escape') {
        state.select({});
        state.setHighlight(null);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);
}
