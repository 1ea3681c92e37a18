import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useWorkbench, useWorkbenchStore } from '../../store/hooks';
import { useEditorUi } from './editorUi';
import { deleteSelection, duplicateSelection } from './editorActions';
import { parentCandidates, reparentComponent } from './reparent';

/** At most this many "Move into …" entries; the inspector's Inside field lists them all. */
const MOVE_INTO_LIMIT = 6;

/**
 * The canvas context menu of a component (right-click, or the context-menu key on a focused
 * component): rename, connect, duplicate, delete, and move into a container or out of its
 * own. Arrow keys move between the entries, Escape or a click elsewhere closes it.
 */
export function NodeContextMenu() {
  const store = useWorkbenchStore();
  const menu = useEditorUi((s) => s.contextMenu);
  const { document, catalog, readOnly, dispatch } = useWorkbench(
    useShallow((s) => ({ document: s.document, catalog: s.catalog, readOnly: s.readOnly, dispatch: s.dispatch })),
  );
  const ref = useRef<HTMLDivElement>(null);
  const close = () => useEditorUi.getState().openContextMenu(null);

  useEffect(() => {
    if (!menu) return;
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]:not(:disabled)')?.focus();
    const onPointer = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) close();
    };
    window.addEventListener('pointerdown', onPointer, true);
    return () => window.removeEventListener('pointerdown', onPointer, true);
  }, [menu]);

  const component = menu ? document.components[menu.componentId] : undefined;
  if (!menu || !component) return null;
  const parent = component.parentId ? document.components[component.parentId] : undefined;
  const into = parentCandidates(document, catalog, component.id)
    .filter((c) => c.id !== component.parentId)
    .slice(0, MOVE_INTO_LIMIT);
  const single = store.getState().selection.components.length <= 1;

  const run = (action: () => void) => () => {
    close();
    action();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const items = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not(:disabled)') ?? [])];
    const at = items.indexOf(window.document.activeElement as HTMLElement);
    if (e.key === 'Escape') close();
    else if (e.key === 'ArrowDown') items[(at + 1) % items.length]?.focus();
    else if (e.key === 'ArrowUp') items[(at - 1 + items.length) % items.length]?.focus();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <div
      ref={ref}
      className="node-menu"
      role="menu"
      aria-label={`Actions for ${component.name}`}
      style={{ left: menu.x, top: menu.y }}
      onKeyDown={onKeyDown}
      data-testid="node-menu"
    >
      <button
        type="button"
        role="menuitem"
        disabled={readOnly || !single}
        onClick={run(() => useEditorUi.getState().startRename(component.id))}
      >
        Rename <kbd>F2</kbd>
      </button>
      <button
        type="button"
        role="menuitem"
        disabled={readOnly || !single}
        onClick={run(() => useEditorUi.getState().openDialog({ kind: 'connect', source: component.id }))}
      >
        Connect… <kbd>C</kbd>
      </button>
      <button type="button" role="menuitem" disabled={readOnly} onClick={run(() => duplicateSelection(store))}>
        Duplicate <kbd>Ctrl+D</kbd>
      </button>
      <button type="button" role="menuitem" disabled={readOnly} onClick={run(() => deleteSelection(store))}>
        Delete <kbd>Del</kbd>
      </button>
      {single && (parent || into.length > 0) && <div className="node-menu-sep" role="separator" />}
      {single && parent && (
        <button
          type="button"
          role="menuitem"
          disabled={readOnly}
          onClick={run(() => reparentComponent(dispatch, component.id, null))}
        >
          Move out of {parent.name}
        </button>
      )}
      {single &&
        into.map((c) => (
          <button
            key={c.id}
            type="button"
            role="menuitem"
            disabled={readOnly}
            onClick={run(() => reparentComponent(dispatch, component.id, c.id))}
          >
            Move into {c.name}
          </button>
        ))}
    </div>
  );
}
