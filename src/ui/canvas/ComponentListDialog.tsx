import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useWorkbench, useWorkbenchStore } from '../../store/hooks';
import { plural } from '../../domain/text/plural';
import { EditorDialog } from './EditorDialog';
import { componentListGroups } from './componentList';
import { revealComponent } from './fitAll';

/** Screen pixels between a revealed component and the canvas edges: clear of the minimap (150 px high, 15 px from the edge). */
const REVEAL_MARGIN = 180;
const optionId = (index: number) => `component-list-option-${index}`;

/**
 * Every component, grouped by container, reachable by keyboard (L, or "Components…" in the
 * canvas toolbar): type to filter, ↑/↓ to move, Enter to select the component and pan the
 * canvas to it. The canvas renders only what is in view, so this is how a keyboard or screen-
 * reader user gets to a component off screen. A combobox pattern: focus stays in the filter
 * box and the active option is announced through aria-activedescendant.
 */
export function ComponentListDialog({ onClose }: { onClose: () => void }) {
  const store = useWorkbenchStore();
  const rf = useReactFlow();
  const flowStore = useStoreApi();
  const document = useWorkbench((s) => s.document);
  const catalog = useWorkbench((s) => s.catalog);
  const selected = useWorkbench((s) => s.selection.components);
  const [filter, setFilter] = useState('');
  const groups = useMemo(() => componentListGroups(document, catalog, filter), [document, catalog, filter]);
  const flat = useMemo(() => groups.flatMap((g) => g.items), [groups]);
  const total = Object.keys(document.components).length;
  // Start on the selected component when there is one, so the list opens where the user is.
  const [active, setActive] = useState(() =>
    Math.max(
      0,
      flat.findIndex((i) => i.id === selected[0]),
    ),
  );
  const listRef = useRef<HTMLDivElement>(null);

  const activeIndex = flat.length === 0 ? -1 : Math.min(active, flat.length - 1);
  useEffect(() => {
    if (activeIndex < 0) return;
    listRef.current?.querySelector(`#${optionId(activeIndex)}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeIndex]);

  const choose = (id: string) => {
    const state = store.getState();
    state.select({ components: [id], connections: [] });
    onClose();
    const { width, height } = flowStore.getState();
    // Well clear of the edges: the minimap and the zoom controls sit in the bottom corners.
    revealComponent(rf, state.document, id, { width, height }, REVEAL_MARGIN);
    focusNodeWhenRendered(id);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const last = flat.length - 1;
    const move = (to: number) => {
      e.preventDefault();
      if (last >= 0) setActive(Math.max(0, Math.min(last, to)));
    };
    if (e.key === 'ArrowDown') move(activeIndex + 1);
    else if (e.key === 'ArrowUp') move(activeIndex - 1);
    else if (e.key === 'PageDown') move(activeIndex + 10);
    else if (e.key === 'PageUp') move(activeIndex - 10);
    else if ((e.key === 'Home' || e.key === 'End') && e.ctrlKey) move(e.key === 'Home' ? 0 : last);
    else if (e.key === 'Enter') {
      e.preventDefault();
      const item = flat[activeIndex];
      if (item) choose(item.id);
    }
  };

  let index = -1;
  return (
    <EditorDialog title="Components" onClose={onClose} className="component-list-dialog" testId="component-list-dialog">
      <p className="field-help" id="component-list-help">
        Type to filter, ↑ and ↓ to move, Enter to select the component and show it on the canvas.
      </p>
      <input
        // Not type="search": there Escape clears the text instead of closing the dialog.
        type="text"
        className="component-list-filter"
        role="combobox"
        aria-label="Filter components"
        aria-describedby="component-list-help"
        aria-expanded="true"
        aria-controls="component-list"
        aria-autocomplete="list"
        aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
        data-autofocus="true"
        data-testid="component-list-filter"
        value={filter}
        onChange={(e) => {
          setFilter(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        placeholder="Name or type"
      />
      <p className="component-list-count" role="status" data-testid="component-list-count">
        {filter.trim() === '' ? plural(total, 'component') : `${flat.length} of ${plural(total, 'component')}`}
      </p>
      <div
        className="component-list"
        id="component-list"
        role="listbox"
        aria-label="Components"
        ref={listRef}
        data-testid="component-list"
      >
        {groups.map((g, groupIndex) => {
          const headId = `component-list-group-${groupIndex}`;
          return (
            <div key={g.containerId ?? ''} role="group" aria-labelledby={headId} className="component-list-group">
              <div role="presentation" id={headId} className="component-list-head">
                {g.label}
              </div>
              {g.items.map((item) => {
                index++;
                const i = index;
                return (
                  <div
                    key={item.id}
                    id={optionId(i)}
                    role="option"
                    aria-selected={i === activeIndex}
                    className={`component-list-option${i === activeIndex ? ' is-active' : ''}`}
                    data-testid="component-list-option"
                    data-component={item.id}
                    onMouseMove={() => i !== activeIndex && setActive(i)}
                    onClick={() => choose(item.id)}
                  >
                    <span className="component-list-name">{item.name}</span>
                    <span className="component-list-type">{item.typeName}</span>
                  </div>
                );
              })}
            </div>
          );
        })}
      </div>
      {flat.length === 0 && (
        <p className="empty-note">{total === 0 ? 'The platform is empty.' : 'No component matches the filter.'}</p>
      )}
    </EditorDialog>
  );
}

/**
 * Focuses the component's node once React Flow renders it (it may have been off screen until
 * the pan), so Tab, F2, C and the arrow keys continue from there. Gives up after a second.
 */
function focusNodeWhenRendered(id: string) {
  const started = performance.now();
  const attempt = () => {
    const node = window.document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
    if (node) node.focus({ preventScroll: true });
    else if (performance.now() - started < 1000) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}
