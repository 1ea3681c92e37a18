/** Geometry of the level-of-detail connections (LodEdges): pure, so it is tested without a browser. */
import type { Edge } from '@xyflow/react';
import type { ComponentFlowNode } from './toFlowElements';
import { flowNodeSize } from './layoutSizes';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Absolute boxes of the nodes (React Flow positions children relative to their parent). */
export function absoluteBoxes(nodes: readonly ComponentFlowNode[]): Map<string, Box> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const boxes = new Map<string, Box>();
  const boxOf = (node: ComponentFlowNode, depth = 0): Box => {
    const known = boxes.get(node.id);
    if (known) return known;
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    // The depth guard only matters for a corrupt parent cycle, which the document forbids.
    const origin = parent && depth < 64 ? boxOf(parent, depth + 1) : { x: 0, y: 0 };
    const box = { x: origin.x + node.position.x, y: origin.y + node.position.y, ...flowNodeSize(node) };
    boxes.set(node.id, box);
    return box;
  };
  for (const node of nodes) boxOf(node);
  return boxes;
}

/** One path per look: `d` strings of straight lines from each source's bottom to its target's top. */
export function lodEdgePaths(
  nodes: readonly ComponentFlowNode[],
  edges: readonly Edge[],
): { className: string; d: string }[] {
  const boxes = absoluteBoxes(nodes);
  const segments = new Map<string, string[]>();
  for (const edge of edges) {
    const source = boxes.get(edge.source);
    const target = boxes.get(edge.target);
    if (!source || !target) continue;
    const className = edge.selected ? 'lod-edge is-selected' : `lod-edge ${edge.className ?? ''}`.trim();
    const list = segments.get(className) ?? [];
    list.push(
      `M${Math.round(source.x + source.width / 2)} ${Math.round(source.y + source.height)}L${Math.round(target.x + target.width / 2)} ${Math.round(target.y)}`,
    );
    segments.set(className, list);
  }
  // Selected last, so it is drawn on top.
  return [...segments]
    .sort(([a], [b]) => Number(a.includes('is-selected')) - Number(b.includes('is-selected')))
    .map(([className, list]) => ({ className, d: list.join('') }));
}
