/**
 * Moving a component into a container or out to the top level, the keyboard's and the context
 * menu's way to do what dragging does. Shared by the inspector's "Inside" field and the canvas
 * context menu; one undo step each.
 */
import { descendantsOf } from '../../domain/model/operations';
import { reparentComponent as reparent } from '../../domain/commands/editorCommands';
import { own } from '../../domain/model/ownEntry';
import type { CatalogData } from '../../domain/catalog/schema';
import type { Component, WorkbenchDocument } from '../../domain/model/schema';
import type { WorkbenchActions } from '../../store/createWorkbenchStore';

/** The containers the catalog lets `componentId` sit in (never itself or what is inside it), by name. */
export function parentCandidates(
  doc: WorkbenchDocument,
  catalog: Pick<CatalogData, 'componentTypes'>,
  componentId: string,
): Component[] {
  const component = own(doc.components, componentId);
  if (!component) return [];
  const spec = catalog.componentTypes.find((t) => t.id === component.type);
  const excluded = new Set([componentId, ...descendantsOf(doc, componentId)]);
  return Object.values(doc.components)
    .filter((c) => !excluded.has(c.id) && (spec?.allowedParents ?? []).includes(c.type))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Puts `componentId` into `parentId` (on the next free cell of its grid, the parent grown to hold it), or at the top level (null) where it is drawn. */
export function reparentComponent(
  dispatch: WorkbenchActions['dispatch'],
  componentId: string,
  parentId: string | null,
): void {
  dispatch(reparent, { componentId, parentId });
}
