import { useMemo, useState, type DragEvent } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useWorkbench, useWorkbenchStore } from '../../store/hooks';
import { Icon } from '../shared/Icon';
import { PALETTE_MIME } from '../canvas/ArchitectureCanvas';
import type { WorkbenchDocument } from '../../domain/model/schema';
import { addComponent } from '../../domain/commands/editorCommands';
import { own } from '../../domain/model/ownEntry';
import { revealComponent } from '../canvas/fitAll';
import { CONTAINER_SIZE, LEAF_SIZE } from '../../domain/model/geometry';

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

/** One cell of the grid keyboard-added children are placed on (a component box is up to ~220 wide). */
const SLOT = { width: 230, height: 76 };
const toGrid = (v: number) => Math.round(v / 10) * 10;
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
    const nearTop = canvas ? screenToFlowPosition({ x: 0, y: canvas.top + CONTAINER_TOP_MARGIN }).y : centre.y;
    const state = store.getState();
    const spec = catalog.componentTypes.find((t) => t.id === type);
    const parent = keyboardParent(state.document, state.selection.components[0], spec?.allowedParents ?? []);
    // With a host or boundary selected (or something inside one), keyboard-added components go
    // inside it, on the next free slot of a three-column grid.
    const box = spec?.container ? CONTAINER_SIZE : LEAF_SIZE;
    const doc = state.document;
    const siblings = parent ? Object.values(doc.components).filter((c) => c.parentId === parent.id).length : 0;
    const position = parent
      ? { x: 20 + (siblings % 3) * SLOT.width, y: 56 + Math.floor(siblings / 3) * SLOT.height }
      : // Centred on the canvas (not hanging from its centre), on the 10 px grid.
        freeSpot(doc, { x: toGrid(centre.x - box.width / 2), y: toGrid(spec?.container ? Math.min(nearTop, centre.y - box.height / 2) : centre.y - box.height / 2) });
    // The container grows so the new child is inside it (same undo step as the add).
    const parentSize = parent ? grownSize(own(doc.components, parent.id)?.size, siblings + 1) : undefined;
    const { value: id } = state.dispatch(addComponent, { type, position, ...(parent ? { parentId: parent.id } : {}), ...(parentSize ? { parentSize } : {}) });
    const after = store.getState().document;
    if (own(after.components, id)) {
      state.select({ components: [id] });
      // At a readable zoom a child on the next grid slot can fall outside the view: bring it in.
      const { width, height } = flowStore.getState();
      revealComponent(rf, after, id, { width, height });
    }
    setStatus(`Added ${spec?.name ?? type}${parent ? ` inside ${parent.name}` : ''}.`);
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

/** The selected component when it may hold `type`, else the container the selection sits in. */
function keyboardParent(doc: WorkbenchDocument, selectedId: string | undefined, allowedParents: string[]) {
  const seen = new Set<string>();
  let current = selectedId ? own(doc.components, selectedId) : undefined;
  while (current && !seen.has(current.id)) {
    if (allowedParents.includes(current.type)) return current;
    seen.add(current.id);
    current = current.parentId ? own(doc.components, current.parentId) : undefined;
  }
  return undefined;
}

/** The size a container needs for `count` children on the palette's grid, when larger than now. */
function grownSize(size: { width: number; height: number } | undefined, count: number) {
  if (!size) return undefined;
  const width = Math.max(size.width, 20 + Math.min(count, 3) * SLOT.width + 10);
  const height = Math.max(size.height, 56 + Math.ceil(count / 3) * SLOT.height + 10);
  return width !== size.width || height !== size.height ? { width, height } : undefined;
}

/** `start`, or a row further down until no top-level component sits exactly there. */
function freeSpot(doc: WorkbenchDocument, start: { x: number; y: number }) {
  const taken = new Set(Object.values(doc.components).filter((c) => !c.parentId).map((c) => `${c.position.x},${c.position.y}`));
  let spot = start;
  while (taken.has(`${spot.x},${spot.y}`)) spot = { x: spot.x + 20, y: spot.y + 80 };
  return spot;
}
