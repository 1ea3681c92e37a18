import { useMemo, useState, type DragEvent } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useWorkbench, useWorkbenchStore } from '../../store/hooks';
import { Icon } from '../shared/Icon';
import { PALETTE_MIME } from '../canvas/ArchitectureCanvas';
import { addFromPalette } from '../../domain/commands/paletteCommands';
import { own } from '../../domain/model/ownEntry';
import { revealComponent } from '../canvas/fitAll';

const CATEGORY_LABELS: Record<string, string> = {
  platform: 'Platform and hardware',
  hypervisor: 'Hypervisor',
  device: 'Devices',
  vm: 'Virtual machines',
  network: 'Network',
  management: 'Management',
  storage: 'Storage and images',
  boundary: 'Trust boundaries',
};

/** Screen pixels between the top of the canvas and a container added from the palette (below the toolbar). */
const CONTAINER_TOP_MARGIN = 64;

/** Component types from the catalog: drag onto the canvas, or press Enter to add at the centre. */
export function Palette() {
  const catalog = useWorkbench((s) => s.catalog);
  const store = useWorkbenchStore();
  const rf = useReactFlow();
  const { screenToFlowPosition } = rf;
  const flowStore = useStoreApi();
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState('');

  const groups = useMemo(() => {
    const q = query.trim().toLowerCase();
    const byCategory = new Map<string, typeof catalog.componentTypes>();
    for (const t of catalog.componentTypes) {
      // The neutral "unmapped" type is what an import gives a part it cannot type; nobody draws one.
      if (t.category === 'unmapped') continue;
      // Option labels count too: "USB" finds the device emulator by its emulated device class.
      const options = t.attributes.flatMap((a) => (a.type === 'enum' ? a.options.map((o) => o.label) : [])).join(' ');
      if (q && !`${t.name} ${t.description} ${t.id} ${options}`.toLowerCase().includes(q)) continue;
      const list = byCategory.get(t.category) ?? [];
      list.push(t);
      byCategory.set(t.category, list);
    }
    return [...byCategory.entries()];
  }, [catalog, query]);

  const addAtCentre = (type: string) => {
    const canvas = document.querySelector('[data-testid="canvas"]')?.getBoundingClientRect();
    const centre = canvas
      ? screenToFlowPosition({ x: canvas.left + canvas.width / 2, y: canvas.top + canvas.height / 2 })
      : { x: 0, y: 0 };
    // A host or boundary grows downwards as children are added: it starts near the top of the view.
    const containerTop = canvas ? screenToFlowPosition({ x: 0, y: canvas.top + CONTAINER_TOP_MARGIN }).y : centre.y;
    const state = store.getState();
    // `value` is absent when a read-only tab refused the add before the command ran.
    const { value } = state.dispatch(addFromPalette, {
      type,
      centre,
      containerTop,
      ...(state.selection.components[0] ? { selectedId: state.selection.components[0] } : {}),
    });
    const after = store.getState().document;
    if (value && own(after.components, value.id)) {
      state.select({ components: [value.id] });
      // At a readable zoom a child on the next grid slot can fall outside the view: bring it in.
      const { width, height } = flowStore.getState();
      revealComponent(rf, after, value.id, { width, height });
    }
    const name = catalog.componentTypes.find((t) => t.id === type)?.name ?? type;
    setStatus(`Added ${name}${value?.parentName !== undefined ? ` inside ${value.parentName}` : ''}.`);
  };

  const onDragStart = (event: DragEvent, type: string) => {
    event.dataTransfer.setData(PALETTE_MIME, type);
    event.dataTransfer.effectAllowed = 'copy';
  };

  return (
    <aside className="palette" aria-label="Component palette">
      <input
        type="search"
        className="palette-search"
        placeholder="Search components…"
        aria-label="Search components"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
      {groups.length === 0 && <p className="empty-note">No component type matches “{query}”.</p>}
      {groups.map(([category, types]) => (
        <section key={category} className="palette-group">
          <h3>{CATEGORY_LABELS[category] ?? category}</h3>
          <ul>
            {types.map((t) => (
              <li key={t.id}>
                <button
                  type="button"
                  className="palette-item"
                  draggable
                  onDragStart={(e) => onDragStart(e, t.id)}
                  onClick={() => addAtCentre(t.id)}
                  title={`${t.description}\nDrag onto the canvas, or press Enter to add.`}
                  data-testid={`palette-${t.id}`}
                >
                  <Icon name={t.icon} category={t.category} />
                  <span>{t.name}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </aside>
  );
}
