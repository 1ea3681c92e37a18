/**
 * The palette's keyboard add (Enter or a click on a palette item): where the new component
 * goes is a rule of the editor, so it is decided here and not in the palette's view code.
 * A drag from the palette places by the drop point instead (`addComponent`, from the canvas).
 */
import { CONTAINER_SIZE, LEAF_SIZE } from '../model/geometry';
import type { Component, WorkbenchDocument } from '../model/schema';
import { own } from '../model/ownEntry';
import type { Command } from './command';
import { addComponent, CHILD_SLOT, childSlot } from './editorCommands';

type Point = { x: number; y: number };
type Size = { width: number; height: number };

export interface AddFromPaletteArgs {
  type: string;
  /** The first selected component: the new one goes inside it, or inside the container it sits in, when allowed. */
  selectedId?: string;
  /** The centre of the visible canvas, in flow coordinates. */
  centre: Point;
  /** Just below the toolbar, in flow coordinates: a container starts there, as it grows downwards. */
  containerTop: number;
}

const toGrid = (v: number) => Math.round(v / 10) * 10;

/**
 * Adds a component of `type` near the middle of the view (on the 10 px grid, never exactly on
 * another top-level component) or, with a host or boundary selected that may hold it, on the
 * next free cell of that container's grid, the container grown to hold it in the same step.
 * Value: the new id and the container's name, or no id when the store refused the add.
 */
export const addFromPalette: Command<AddFromPaletteArgs, { id: string; parentName?: string }> = (doc, args, ctx) => {
  const { type, selectedId, centre, containerTop } = args;
  const spec = ctx.catalog.componentTypes.find((t) => t.id === type);
  const parent = keyboardParent(doc, selectedId, spec?.allowedParents ?? []);
  const box = spec?.container ? CONTAINER_SIZE : LEAF_SIZE;
  const siblings = parent ? Object.values(doc.components).filter((c) => c.parentId === parent.id).length : 0;
  const position = parent
    ? childSlot(siblings)
    : // Centred on the view (not hanging from its centre).
      freeSpot(doc, {
        x: toGrid(centre.x - box.width / 2),
        y: toGrid(spec?.container ? Math.min(containerTop, centre.y - box.height / 2) : centre.y - box.height / 2),
      });
  const parentSize = parent ? grownSize(parent.size, siblings + 1) : undefined;
  const result = addComponent(
    doc,
    { type, position, ...(parent ? { parentId: parent.id } : {}), ...(parentSize ? { parentSize } : {}) },
    ctx,
  );
  return { ...result, value: { id: result.value, ...(parent ? { parentName: parent.name } : {}) } };
};

/** The selected component when it may hold the type, else the nearest container around it that may. */
function keyboardParent(doc: WorkbenchDocument, selectedId: string | undefined, allowedParents: readonly string[]) {
  const seen = new Set<string>();
  let current: Component | undefined = selectedId ? own(doc.components, selectedId) : undefined;
  while (current && !seen.has(current.id)) {
    if (allowedParents.includes(current.type)) return current;
    seen.add(current.id);
    current = current.parentId ? own(doc.components, current.parentId) : undefined;
  }
  return undefined;
}

/** The size a container needs for `count` children on the grid, when larger than now. */
function grownSize(size: Size | undefined, count: number): Size | undefined {
  if (!size) return undefined;
  const width = Math.max(size.width, 20 + Math.min(count, 3) * CHILD_SLOT.width + 10);
  const height = Math.max(size.height, 56 + Math.ceil(count / 3) * CHILD_SLOT.height + 10);
  return width !== size.width || height !== size.height ? { width, height } : undefined;
}

/** `start`, or a row further down until no top-level component sits exactly there. */
function freeSpot(doc: WorkbenchDocument, start: Point): Point {
  const taken = new Set(
    Object.values(doc.components)
      .filter((c) => !c.parentId)
      .map((c) => `${c.position.x},${c.position.y}`),
  );
  let spot = start;
  while (taken.has(`${spot.x},${spot.y}`)) spot = { x: spot.x + 20, y: spot.y + 80 };
  return spot;
}
