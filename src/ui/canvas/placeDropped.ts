/**
 * Where components dragged on the canvas end up: dropped into a host or boundary, each goes
 * to free space inside it (placeInside: never over a sibling, never across the edge, the
 * container grown when full), as a palette drop does; dropped on the open canvas, where it was
 * let go. Several dragged at once are placed one after the other, each clear of the ones
 * before. The result is one set of patches, so the whole drag is one undo step.
 */
import type { ComponentPatch } from '../../domain/model/operations';
import type { WorkbenchDocument } from '../../domain/model/schema';
import { own } from '../../domain/model/ownEntry';
import { placeInside } from './placeInside';

type Point = { x: number; y: number };
type Size = { width: number; height: number };

export interface DroppedComponent {
  id: string;
  /** The container it was dropped into, or undefined for the top level. */
  parentId: string | undefined;
  /** Where it was let go, relative to `parentId` (or absolute at the top level). */
  position: Point;
}

export function placeDropped(
  doc: WorkbenchDocument,
  drops: readonly DroppedComponent[],
  sizeOf: (id: string) => Size,
): Record<string, ComponentPatch> {
  const patches: Record<string, ComponentPatch> = {};
  const dragged = new Set(drops.map((d) => d.id));
  // Obstacles per container: its children that stay where they are, then each one placed.
  const obstacles = new Map<string, (Point & Size)[]>();
  const containerSize = new Map<string, Size>();
  const obstaclesIn = (parentId: string) => {
    let list = obstacles.get(parentId);
    if (!list) {
      list = Object.values(doc.components)
        .filter((c) => c.parentId === parentId && !dragged.has(c.id))
        .map((c) => ({ ...c.position, ...sizeOf(c.id) }));
      obstacles.set(parentId, list);
    }
    return list;
  };
  for (const drop of drops) {
    // Dragged along with its container, a child keeps its place inside it.
    if (!drop.parentId || dragged.has(drop.parentId) || !own(doc.components, drop.parentId)) {
      patches[drop.id] = { position: drop.position, parentId: drop.parentId };
      continue;
    }
    const size = sizeOf(drop.id);
    const siblings = obstaclesIn(drop.parentId);
    const container = containerSize.get(drop.parentId) ?? sizeOf(drop.parentId);
    const placed = placeInside(drop.position, size, siblings, container);
    patches[drop.id] = { position: placed.position, parentId: drop.parentId };
    siblings.push({ ...placed.position, ...size });
    if (placed.grownTo) {
      containerSize.set(drop.parentId, placed.grownTo);
      patches[drop.parentId] = { ...patches[drop.parentId], size: placed.grownTo };
    }
  }
  return patches;
}
