/**
 * Commands of the architecture editor: the canvas, palette, inspector, keyboard and context
 * menu all dispatch these (each is one undo step).
 */
import { CONTAINER_SIZE } from '../model/geometry';
import type { AttributeValue, Component, Connection, WorkbenchDocument } from '../model/schema';
import {
  absolutePosition,
  addComponents,
  addConnections,
  removeComponents,
  removeConnections,
  renameDocument as renameDocumentOp,
  updateComponents as updateComponentsOp,
  updateConnection as updateConnectionOp,
  updateScope as updateScopeOp,
  type ComponentPatch,
  type ConnectionPatch,
} from '../model/operations';
import { checkConnection, defaultAttributes, defaultComponentName } from '../model/componentDefaults';
import {
  duplicateComponents as duplicateOp,
  insertFragment as insertFragmentOp,
  nudgeComponents as nudgeOp,
  pasteComponents as pasteOp,
  type ClipboardContent,
} from '../model/clipboard';
import { own } from '../model/ownEntry';
import { changed, fromOperation, refused, type Command } from './command';

type Point = { x: number; y: number };
type Size = { width: number; height: number };

/** The grid keyboard-added or reparented children are placed on (a component box is up to ~220 wide). */
export const CHILD_SLOT = { width: 230, height: 76 };

/** Where the n-th child of a container goes on its three-column grid. */
export function childSlot(index: number): Point {
  return { x: 20 + (index % 3) * CHILD_SLOT.width, y: 56 + Math.floor(index / 3) * CHILD_SLOT.height };
}

export interface AddComponentArgs {
  type: string;
  position: Point;
  parentId?: string;
  name?: string;
  /** The parent's new size when it grows to hold the component (same undo step). */
  parentSize?: Size;
}

/** Adds a component of a catalog type with its default name and attributes; value: its id. */
export const addComponent: Command<AddComponentArgs, string> = (
  doc,
  { type, position, parentId, name, parentSize },
  { ids, now, catalog },
) => {
  const id = ids();
  const component: Component = {
    id,
    type,
    name: name ?? defaultComponentName(catalog, doc, type),
    notes: '',
    position,
    attributes: defaultAttributes(catalog, type),
    ...(parentId ? { parentId } : {}),
  };
  const spec = catalog.componentTypes.find((t) => t.id === type);
  if (spec?.container) component.size = { ...CONTAINER_SIZE };
  const added = addComponents(doc, [component], now);
  const next =
    parentId && parentSize && own(doc.components, parentId)
      ? updateComponentsOp(added, { [parentId]: { size: parentSize } }, now)
      : added;
  return changed(doc, next, id);
};

/** Removes components (with what is inside them and their connections) and connections. */
export const removeRecords: Command<{ components: readonly string[]; connections: readonly string[] }> = fromOperation(
  (doc, { components, connections }, { now }) =>
    removeComponents(removeConnections(doc, [...connections], now), [...components], now),
);

/** Patches components (name, notes, position, size, parent, attributes) in one step. */
export const updateComponents: Command<Record<string, ComponentPatch>> = fromOperation((doc, patches, { now }) =>
  updateComponentsOp(doc, patches, now),
);

/** Moves components to new positions (relative to their parents). */
export const moveComponents: Command<Record<string, Point>> = fromOperation((doc, positions, { now }) => {
  const patches: Record<string, ComponentPatch> = {};
  for (const [id, position] of Object.entries(positions)) patches[id] = { position };
  return updateComponentsOp(doc, patches, now);
});

/**
 * Resizes a container; a resize from the top or left edge moves it too, and `children` are
 * the new relative positions of the children that were shifted to stay where they are drawn.
 */
export const resizeComponent: Command<{ id: string; size: Size; position?: Point; children?: Record<string, Point> }> =
  fromOperation((doc, { id, size, position, children }, { now }) => {
    const patches: Record<string, ComponentPatch> = { [id]: { size, ...(position ? { position } : {}) } };
    for (const [childId, at] of Object.entries(children ?? {})) patches[childId] = { position: at };
    return updateComponentsOp(doc, patches, now);
  });

/**
 * Where a drag on the canvas left components: their positions and parents (dropped into or out
 * of a container) and the size of a container grown to hold them; the whole drag is one step.
 */
export const placeComponents: Command<Record<string, Pick<ComponentPatch, 'position' | 'parentId' | 'size'>>> =
  fromOperation((doc, patches, { now }) => updateComponentsOp(doc, patches, now));

/** The positions and container sizes of an automatic layout of the whole platform. */
export const layOutComponents: Command<Record<string, Pick<ComponentPatch, 'position' | 'size'>>> = fromOperation(
  (doc, patches, { now }) => updateComponentsOp(doc, patches, now),
);

export const renameComponent: Command<{ id: string; name: string }> = fromOperation((doc, { id, name }, { now }) =>
  updateComponentsOp(doc, { [id]: { name } }, now),
);

/** Sets (or with `undefined`, clears) one attribute on several components at once. */
export const setAttribute: Command<{
  componentIds: readonly string[];
  attribute: string;
  value: AttributeValue | undefined;
}> = fromOperation((doc, { componentIds, attribute, value }, { now }) => {
  const patches: Record<string, ComponentPatch> = {};
  for (const id of componentIds) patches[id] = { attributes: { [attribute]: value } };
  return updateComponentsOp(doc, patches, now);
});

/** Moves components by a delta (arrow keys); children of moved components move with them. */
export const nudgeComponents: Command<{ componentIds: readonly string[]; delta: Point }> = fromOperation(
  (doc, { componentIds, delta }, { now }) => nudgeOp(doc, componentIds, delta, now),
);

/**
 * Puts a component into a container (on the next free cell of its grid, the container grown to
 * hold it) or, with `parentId: null`, at the top level where it is drawn.
 */
export const reparentComponent: Command<{ componentId: string; parentId: string | null }> = fromOperation(
  (doc, { componentId, parentId }, { now }) => {
    if (!own(doc.components, componentId)) return doc;
    const abs = absolutePosition(doc, componentId);
    if (parentId === null)
      return updateComponentsOp(doc, { [componentId]: { parentId: undefined, position: abs } }, now);
    const parent = own(doc.components, parentId);
    if (!parent) return doc;
    const siblings = Object.values(doc.components).filter((c) => c.parentId === parentId).length;
    const position = childSlot(siblings);
    const patches: Record<string, ComponentPatch> = { [componentId]: { parentId, position } };
    if (parent.size) {
      const width = Math.max(parent.size.width, position.x + CHILD_SLOT.width);
      const height = Math.max(parent.size.height, position.y + CHILD_SLOT.height);
      if (width !== parent.size.width || height !== parent.size.height) patches[parentId] = { size: { width, height } };
    }
    return updateComponentsOp(doc, patches, now);
  },
);

export interface ConnectArgs {
  source: string;
  target: string;
  type: string;
  attributes?: Record<string, AttributeValue>;
}

/** Draws a connection the catalog allows; refused with the catalog's reason otherwise. Value: its id. */
export const connect: Command<ConnectArgs, string | undefined> = (
  doc,
  { source, target, type, attributes },
  { ids, now, catalog },
) => {
  const check = checkConnection(catalog, doc, source, target, type);
  if (!check.ok) return refused(doc, check.message, undefined);
  const id = ids();
  const connection: Connection = { id, type, source, target, label: '', attributes: attributes ?? {} };
  return changed(doc, addConnections(doc, [connection], now), id);
};

export const updateConnection: Command<{ id: string; patch: ConnectionPatch }> = fromOperation(
  (doc, { id, patch }, { now }) => updateConnectionOp(doc, id, patch, now),
);

export const renameDocument: Command<string> = fromOperation((doc, name, { now }) => renameDocumentOp(doc, name, now));

export const updateScope: Command<Partial<WorkbenchDocument['scope']>> = fromOperation((doc, patch, { now }) =>
  updateScopeOp(doc, patch, now),
);

/** Pastes copied components (fresh ids, top-level names made unique); value: the pasted top-level ids. */
export const pasteComponents: Command<{ content: ClipboardContent; offset: Point }, string[]> = (
  doc,
  { content, offset },
  { ids, now },
) => {
  const result = pasteOp(doc, content, { ids, now, offset });
  return changed(doc, result.document, result.roots);
};

/** Copies and pastes in one step (Ctrl+D); value: the new top-level ids. */
export const duplicateComponents: Command<{ componentIds: readonly string[]; offset: Point }, string[]> = (
  doc,
  { componentIds, offset },
  { ids, now },
) => {
  const result = duplicateOp(doc, componentIds, { ids, now, offset });
  return changed(doc, result.document, result.roots);
};

/** Inserts the drawing of another document (a template) beside the platform; value: the inserted top-level ids and all inserted ids. */
export const insertFragment: Command<WorkbenchDocument, { roots: string[]; pasted: string[] }> = (
  doc,
  fragment,
  { ids, now },
) => {
  const result = insertFragmentOp(doc, fragment, { ids, now });
  return changed(doc, result.document, { roots: result.roots, pasted: result.pasted });
};
