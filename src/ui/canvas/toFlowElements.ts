/**
 * Pure mapper from the document to React Flow nodes and edges. React Flow is a view of the
 * document: node data carries only ids and what the node draws.
 */
import type { Edge, Node } from '@xyflow/react';
import type { WorkbenchDocument } from '../../domain/model/schema';
import type { CatalogData } from '../../domain/catalog/schema';
import { own } from '../../domain/model/ownEntry';

export interface ComponentNodeData extends Record<string, unknown> {
  componentId: string;
  name: string;
  typeName: string;
  icon: string;
  category: string;
  container: boolean;
  openCount: number;
  needsInput: boolean;
  highlighted: boolean;
}

export type ComponentFlowNode = Node<ComponentNodeData, 'component'>;

export interface FlowViewState {
  selectedComponents: ReadonlySet<string>;
  selectedConnections: ReadonlySet<string>;
  highlighted: ReadonlySet<string>;
  openCount: ReadonlyMap<string, number>;
  needsInput: ReadonlySet<string>;
}

/** Parents must come before children in React Flow's node array. */
function depthOf(doc: WorkbenchDocument, id: string): number {
  let depth = 0;
  let current = own(doc.components, id);
  const seen = new Set<string>();
  while (current?.parentId && !seen.has(current.id)) {
    seen.add(current.id);
    depth++;
    current = own(doc.components, current.parentId);
  }
  return depth;
}

export function toFlowNodes(
  doc: WorkbenchDocument,
  catalog: Pick<CatalogData, 'componentTypes'>,
  view: FlowViewState,
): ComponentFlowNode[] {
  const types = new Map(catalog.componentTypes.map((t) => [t.id, t]));
  const ordered = Object.values(doc.components)
    .map((c) => ({ c, depth: depthOf(doc, c.id) }))
    .sort((a, b) => a.depth - b.depth || (a.c.id < b.c.id ? -1 : a.c.id > b.c.id ? 1 : 0));
  return ordered.map(({ c, depth }) => {
    const type = types.get(c.type);
    const container = type?.container ?? false;
    const parentExists = c.parentId !== undefined && own(doc.components, c.parentId) !== undefined;
    const node: ComponentFlowNode = {
      id: c.id,
      type: 'component',
      position: c.position,
      selected: view.selectedComponents.has(c.id),
      data: {
        componentId: c.id,
        name: c.name,
        typeName: type?.name ?? c.type,
        icon: type?.icon ?? 'device',
        category: type?.category ?? 'device',
        container,
        openCount: view.openCount.get(c.id) ?? 0,
        needsInput: view.needsInput.has(c.id),
        highlighted: view.highlighted.has(c.id),
      },
      ariaLabel: `${type?.name ?? c.type}: ${c.name}`,
    };
    if (container && c.size) node.style = { width: c.size.width, height: c.size.height };
    // Layers (React Flow's manual z-index mode): containers at the back, inner ones above outer
    // ones, then edges (z 0), then components, so an edge never covers a component's face.
    node.zIndex = container ? Math.min(-1, depth - 10) : 1;
    if (parentExists) node.parentId = c.parentId;
    return node;
  });
}

/**
 * Whether `toFlowEdges` of `next` gives the edges of `previous` (same catalog and selection):
 * the same connections record and the same components, each with the same name (edges name
 * their ends for screen readers). An attribute edit or a move keeps the edges.
 */
export function sameEdgeInputs(previous: WorkbenchDocument, next: WorkbenchDocument): boolean {
  if (previous.connections !== next.connections) return false;
  if (previous.components === next.components) return true;
  const keys = Object.keys(next.components);
  if (keys.length !== Object.keys(previous.components).length) return false;
  for (const key of keys) {
    const now = own(next.components, key)!;
    const was = own(previous.components, key);
    if (now !== was && (was === undefined || now.name !== was.name)) return false;
  }
  return true;
}

export function sameSet<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/** Above this many connections, edges show only labels that carry information (see toFlowEdges). */
export const TYPE_LABEL_LIMIT = 150;

export function toFlowEdges(
  doc: WorkbenchDocument,
  catalog: Pick<CatalogData, 'connectionTypes'>,
  view: FlowViewState,
): Edge[] {
  const types = new Map(catalog.connectionTypes.map((t) => [t.id, t]));
  const edges: Edge[] = [];
  const all = Object.values(doc.connections);
  // On large platforms a label on every edge is unreadable clutter and costs paint time on
  // every frame; there only labels that carry information (the user's, a device mode) stay.
  const showTypeNames = all.length <= TYPE_LABEL_LIMIT;
  for (const c of all) {
    if (!own(doc.components, c.source) || !own(doc.components, c.target)) continue;
    const type = types.get(c.type);
    const mode = typeof c.attributes.mode === 'string' ? c.attributes.mode : null;
    const typeName = type?.name ?? c.type;
    const label = c.label || (mode ? `${typeName} · ${mode}` : showTypeNames ? typeName : undefined);
    edges.push({
      id: c.id,
      source: c.source,
      target: c.target,
      label,
      selected: view.selectedConnections.has(c.id),
      className: `edge-${c.type}`,
      markerEnd: type?.directed === false ? undefined : { type: 'arrowclosed' as never },
      ariaLabel: `${type?.name ?? c.type} from ${own(doc.components, c.source)?.name} to ${own(doc.components, c.target)?.name}`,
    });
  }
  return edges.sort((a, b) => (a.id < b.id ? -1 : 1));
}
