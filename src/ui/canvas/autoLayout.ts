/**
 * Auto-layout with dagre that respects nesting: every container's children are laid out on
 * their own (innermost first), the container is sized to fit them, and then the level above
 * is laid out with the containers as single boxes. Connections that cross a container's edge
 * count as edges between the ancestors that sit on the level being laid out.
 *
 * Pure: (document, catalog, measured sizes) -> patches. Kept in the UI layer because it
 * depends on dagre (the domain imports zod and itself only); it is the auto-layout feature,
 * loaded on first use (src/ui/lazyViews.ts), so dagre is not part of the first visit's bundle.
 */
import dagre from '@dagrejs/dagre';
import type { WorkbenchDocument } from '../../domain/model/schema';
import type { CatalogData } from '../../domain/catalog/schema';
import type { ComponentPatch } from '../../domain/model/operations';
import { LEAF_SIZE } from '../../domain/model/geometry';
import { own } from '../../domain/model/ownEntry';

/** Room inside a container: its title bar on top, a margin around. */
const PAD = { left: 20, top: 56, right: 20, bottom: 20 };
const MIN_CONTAINER = { width: 240, height: 140 };

type Size = { width: number; height: number };

export function autoLayout(
  doc: WorkbenchDocument,
  catalog: Pick<CatalogData, 'componentTypes'>,
  measured: ReadonlyMap<string, Size>,
): Record<string, ComponentPatch> {
  const containerTypes = new Set(catalog.componentTypes.filter((t) => t.container).map((t) => t.id));
  const children = new Map<string | null, string[]>();
  for (const c of Object.values(doc.components)) {
    const parent = c.parentId !== undefined && own(doc.components, c.parentId) ? c.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(c.id);
    children.set(parent, list);
  }
  const levelOf = (id: string, level: string | null): string | null => {
    // The ancestor of `id` (or itself) whose parent is `level`; null when `id` is not below it.
    let current: string | undefined = id;
    const seen = new Set<string>();
    while (current !== undefined && !seen.has(current)) {
      seen.add(current);
      const c: WorkbenchDocument['components'][string] | undefined = own(doc.components, current);
      if (!c) return null;
      const parent = c.parentId !== undefined && own(doc.components, c.parentId) ? c.parentId : null;
      if (parent === level) return current;
      current = c.parentId;
    }
    return null;
  };

  const patches: Record<string, ComponentPatch> = {};
  const sizes = new Map<string, Size>();

  const layOut = (level: string | null): Size => {
    const ids = children.get(level) ?? [];
    for (const id of ids) {
      const isContainer = containerTypes.has(own(doc.components, id)!.type);
      if (isContainer && (children.get(id)?.length ?? 0) > 0) {
        const inner = layOut(id);
        const size = {
          width: Math.max(MIN_CONTAINER.width, inner.width + PAD.left + PAD.right),
          height: Math.max(MIN_CONTAINER.height, inner.height + PAD.top + PAD.bottom),
        };
        sizes.set(id, size);
        patches[id] = { ...patches[id], size };
      } else {
        sizes.set(id, own(doc.components, id)!.size ?? measured.get(id) ?? LEAF_SIZE);
      }
    }
    const graph = new dagre.graphlib.Graph({ multigraph: false });
    graph.setGraph({ rankdir: 'TB', nodesep: 36, ranksep: 56, marginx: 0, marginy: 0 });
    graph.setDefaultEdgeLabel(() => ({}));
    for (const id of ids) graph.setNode(id, { ...sizes.get(id)! });
    for (const c of Object.values(doc.connections)) {
      const from = levelOf(c.source, level);
      const to = levelOf(c.target, level);
      if (from && to && from !== to && !graph.hasEdge(from, to) && !graph.hasEdge(to, from)) graph.setEdge(from, to);
    }
    dagre.layout(graph);
    const offset = level === null ? { x: 0, y: 0 } : { x: PAD.left, y: PAD.top };
    let width = 0;
    let height = 0;
    for (const id of ids) {
      const n = graph.node(id);
      const size = sizes.get(id)!;
      const position = {
        x: Math.round(n.x - size.width / 2 + offset.x),
        y: Math.round(n.y - size.height / 2 + offset.y),
      };
      patches[id] = { ...patches[id], position };
      width = Math.max(width, position.x - offset.x + size.width);
      height = Math.max(height, position.y - offset.y + size.height);
    }
    return { width, height };
  };

  layOut(null);
  return patches;
}
