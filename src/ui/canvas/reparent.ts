/**
 * Moving a component into a container or out to the top level, the keyboard's and the context
 * menu's way to do what dragging does. Shared by the inspector's "Inside" field and the canvas
 * context menu; one undo step each.
 */
import { absolutePosition, descendantsOf, updateComponents } from '../../domain/model/operations';
import { own } from '../../domain/model/ownEntry';
import type { CatalogData } from '../../domain/catalog/schema';
import type { Component, WorkbenchDocument } from '../../domain/model/schema';
import type { WorkbenchActions } from '../../store/createWorkbenchStore';

const SLOT = { width: 230, height: 76 };

/** The containers the catalog lets `componentId` sit in (never itself or what is inside it), by name. */
export function parentCandidates(doc: WorkbenchDocument, catalog: Pick<CatalogData, 'componentTypes'>, componentId: string): Component[] {
  const component = own(doc.components, componentId);
  if (!component) return [];
  const spec = catalog.componentTypes.find((t) => t.id === component.type);
  const excluded = new Set([componentId, ...descendantsOf(doc, componentId)]);
  return Object.values(doc.components)
    .filter((c) => !excluded.has(c.id) && (spec?.allowedParents ?? []).includes(c.type))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Puts `componentId` into `parentId` (on the next free cell of its grid, the parent grown to hold it), or at the top level (null) where it is drawn. */
export function reparentComponent(commit: WorkbenchActions['commit'], componentId: string, parentId: string | null): void {
  commit((doc, now) => {
    const abs = absolutePosition(doc, componentId);
    if (parentId === null) return updateComponents(doc, { [componentId]: { parentId: undefined, position: abs } }, now);
    const parent = own(doc.components, parentId);
    if (!parent) return doc;
    const siblings = Object.values(doc.components).filter((c) => c.parentId === parentId).length;
    const position = { x: 20 + (siblings % 3) * SLOT.width, y: 56 + Math.floor(siblings / 3) * SLOT.height };
    const patches: Parameters<typeof updateComponents>[1] = { [componentId]: { parentId, position } };
    if (parent.size) {
      const width = Math.max(parent.size.width, position.x + SLOT.width);
      const height = Math.max(parent.size.height, position.y + SLOT.height);
      if (width !== parent.size.width || height !== parent.size.height) patches[parentId] = { size: { width, height } };
    }
    return updateComponents(doc, patches, now);
  });
}
