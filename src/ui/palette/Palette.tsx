import { useMemo, useState, type DragEvent } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useWorkbench, useWorkbenchStore } from '../../store/hooks';
import { Icon } from '../shared/Icon';
import { PALETTE_MIME } from '../canvas/ArchitectureCanvas';

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

/** Component types from the catalog: drag onto the canvas, or press Enter to add at the centre. */
export function Palette() {
  const catalog = useWorkbench((s) => s.catalog);
  const store = useWorkbenchStore();
  const { screenToFlowPosition } = useReactFlow();
  const [query, setQuery] = useState('');

  const groups = useMemo(() => {
    const q = query.trim().toLowerCase();
    const byCategory = new Map<string, typeof catalog.componentTypes>();
    for (const t of catalog.componentTypes) {
      if (q && !`${t.name} ${t.description} ${t.id}`.toLowerCase().includes(q)) continue;
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
    const selected = store.getState().selection.components[0];
    const parent = selected ? store.getState().document.components[selected] : undefined;
    const spec = catalog.componentTypes.find((t) => t.id === type);
    // With a host or boundary selected, keyboard-added components go inside it.
    if (parent && spec?.allowedParents.includes(parent.type)) {
      const siblings = Object.values(store.getState().document.components).filter((c) => c.parentId === parent.id).length;
      store.getState().addComponent({ type, parentId: parent.id, position: { x: 20 + (siblings % 3) * 190, y: 50 + Math.floor(siblings / 3) * 80 } });
    } else {
      store.getState().addComponent({ type, position: { x: Math.round(centre.x), y: Math.round(centre.y) } });
    }
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
