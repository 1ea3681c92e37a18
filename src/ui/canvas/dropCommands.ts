/**
 * Pure mappers from the canvas's drops to commands: components let go after a drag
 * (`placeComponents`) and a palette item dropped on the canvas (`addComponent`). The drop
 * point decides the container (`findDropParent`); inside one, free space is found as for any
 * placement (`placeInside`, `placeDropped`), the container grown when full, in the same step.
 */
import type { CatalogData } from '../../domain/catalog/schema';
import { commandCall, type CommandCall } from '../../domain/commands/command';
import { addComponent, placeComponents } from '../../domain/commands/editorCommands';
import { CONTAINER_SIZE, LEAF_SIZE } from '../../domain/model/geometry';
import { absolutePosition } from '../../domain/model/operations';
import type { WorkbenchDocument } from '../../domain/model/schema';
import { own } from '../../domain/model/ownEntry';
import { findDropParent } from './dropTarget';
import { placeDropped, type DroppedComponent } from './placeDropped';
import { placeInside } from './placeInside';

type Point = { x: number; y: number };
type Size = { width: number; height: number };

export interface DropContext {
  document: WorkbenchDocument;
  catalog: Pick<CatalogData, 'componentTypes'>;
  /** Drawn sizes of the nodes (React Flow's measurements). */
  sizes: Map<string, Size>;
}

const sizeIn =
  ({ document, sizes }: DropContext) =>
  (id: string) =>
    own(document.components, id)?.size ?? sizes.get(id) ?? LEAF_SIZE;

/**
 * The command for components let go after a drag, `dragged` at their drawn positions (relative
 * to their current parents). A VM dragged into a host becomes its child and, dragged out of it,
 * a top-level component again; its absolute position is kept.
 */
export function fromDragStop(dragged: readonly { id: string; position: Point }[], ctx: DropContext): CommandCall {
  const { document: doc, catalog, sizes } = ctx;
  const drops: DroppedComponent[] = [];
  for (const n of dragged) {
    const component = own(doc.components, n.id);
    if (!component) continue;
    const parentAbs = component.parentId ? absolutePosition(doc, component.parentId) : { x: 0, y: 0 };
    const abs = { x: parentAbs.x + n.position.x, y: parentAbs.y + n.position.y };
    const size = sizes.get(n.id) ?? LEAF_SIZE;
    // The point that decides: the middle of the title row (a tall container's centre may lie in another).
    const centre = { x: abs.x + size.width / 2, y: abs.y + Math.min(size.height / 2, 28) };
    const parent = findDropParent(doc, catalog, n.id, centre, sizes);
    const parentPos = parent ? absolutePosition(doc, parent) : { x: 0, y: 0 };
    drops.push({
      id: n.id,
      parentId: parent,
      position: { x: Math.round(abs.x - parentPos.x), y: Math.round(abs.y - parentPos.y) },
    });
  }
  return commandCall(placeComponents, placeDropped(doc, drops, sizeIn(ctx)));
}

/** The command for a palette item of `type` dropped at `at` (flow coordinates). */
export function fromPaletteDrop(type: string, at: Point, ctx: DropContext): CommandCall {
  const { document: doc, catalog, sizes } = ctx;
  const parent = findDropParent(doc, catalog, null, at, sizes, type);
  const parentPos = parent ? absolutePosition(doc, parent) : { x: 0, y: 0 };
  const desired = { x: Math.round(at.x - parentPos.x), y: Math.round(at.y - parentPos.y) };
  if (!parent) return commandCall(addComponent, { type, position: desired });
  // Inside a container: in free space, never over a sibling or across the edge (the
  // container grows when it is full).
  const sizeOf = sizeIn(ctx);
  const siblings = Object.values(doc.components)
    .filter((c) => c.parentId === parent)
    .map((c) => ({ ...c.position, ...sizeOf(c.id) }));
  const ownSize = catalog.componentTypes.find((t) => t.id === type)?.container ? CONTAINER_SIZE : LEAF_SIZE;
  const placed = placeInside(desired, ownSize, siblings, sizeOf(parent));
  return commandCall(addComponent, {
    type,
    position: placed.position,
    parentId: parent,
    ...(placed.grownTo ? { parentSize: placed.grownTo } : {}),
  });
}
