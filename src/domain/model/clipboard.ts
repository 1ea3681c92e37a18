/**
 * Copy, paste, duplicate and nudge: pure editing operations over the document. Pasted
 * records get fresh ids from the injected factory; nothing here reads a clock or the DOM.
 */
import type { Component, Connection, WorkbenchDocument } from './schema';
import type { IdFactory } from '../ports';
import {
  absolutePosition,
  addComponents,
  addConnections,
  descendantsOf,
  updateComponents,
  type ComponentPatch,
} from './operations';
import { own } from './ownEntry';
import { takenNames, uniqueName } from './uniqueName';

/**
 * What was copied: components (with everything nested in them) and the connections whose two
 * ends are both among them. `absolute` keeps each component's absolute position so a component
 * pasted without its parent still lands where it was.
 */
export interface ClipboardContent {
  components: Component[];
  connections: Connection[];
  absolute: Record<string, { x: number; y: number }>;
}

/** Copies `ids` and their descendants; connections are copied only when both ends are copied. */
export function copyComponents(doc: WorkbenchDocument, ids: readonly string[]): ClipboardContent {
  const picked = new Set<string>();
  for (const id of ids) {
    if (!own(doc.components, id)) continue;
    picked.add(id);
    for (const d of descendantsOf(doc, id)) picked.add(d);
  }
  // Document order keeps parents and children in a stable, reproducible order.
  const components = Object.values(doc.components).filter((c) => picked.has(c.id));
  const connections = Object.values(doc.connections).filter((c) => picked.has(c.source) && picked.has(c.target));
  const absolute: ClipboardContent['absolute'] = {};
  for (const c of components) absolute[c.id] = absolutePosition(doc, c.id);
  return { components, connections, absolute };
}

export interface PasteOptions {
  ids: IdFactory;
  now: string;
  /** Added to top-level pasted positions so the copy does not hide the original. */
  offset: { x: number; y: number };
}

/**
 * Pastes clipboard content with fresh ids. A component whose parent was copied too stays in
 * the copied parent; one whose parent still exists in `doc` goes back into that parent (a
 * duplicated VM stays in its host); otherwise it lands at top level at its absolute position.
 * Each pasted top-level component gets a name no component has yet ("guest-03" pasted is
 * "guest-04"); what is nested in a pasted parent keeps its name, inside the renamed parent.
 * Returns the new document and the ids of the pasted top-level components (to select them).
 */
export function pasteComponents(
  doc: WorkbenchDocument,
  content: ClipboardContent,
  { ids, now, offset }: PasteOptions,
): { document: WorkbenchDocument; pasted: string[]; roots: string[] } {
  if (content.components.length === 0) return { document: doc, pasted: [], roots: [] };
  const idMap = new Map<string, string>();
  for (const c of content.components) idMap.set(c.id, ids());
  const roots: string[] = [];
  const taken = takenNames(Object.values(doc.components).map((c) => c.name));
  const components: Component[] = content.components.map((c) => {
    const id = idMap.get(c.id)!;
    const copiedParent = c.parentId !== undefined ? idMap.get(c.parentId) : undefined;
    const { parentId: _dropped, ...original } = c;
    if (copiedParent) return { ...original, id, parentId: copiedParent, attributes: { ...c.attributes } };
    roots.push(id);
    const name = uniqueName(c.name, taken);
    taken.add(name.toLowerCase());
    const rest = { ...original, name };
    const shifted = (p: { x: number; y: number }) => ({ x: p.x + offset.x, y: p.y + offset.y });
    if (c.parentId !== undefined && own(doc.components, c.parentId)) {
      return { ...rest, id, parentId: c.parentId, position: shifted(c.position), attributes: { ...c.attributes } };
    }
    return {
      ...rest,
      id,
      position: shifted(own(content.absolute, c.id) ?? c.position),
      attributes: { ...c.attributes },
    };
  });
  const connections: Connection[] = content.connections.map((c) => ({
    ...c,
    id: ids(),
    source: idMap.get(c.source)!,
    target: idMap.get(c.target)!,
    attributes: { ...c.attributes },
  }));
  const document = addConnections(addComponents(doc, components, now), connections, now);
  return { document, pasted: components.map((c) => c.id), roots };
}

/** Copy and paste in one step (Ctrl+D). */
export function duplicateComponents(
  doc: WorkbenchDocument,
  componentIds: readonly string[],
  options: PasteOptions,
): { document: WorkbenchDocument; pasted: string[]; roots: string[] } {
  return pasteComponents(doc, copyComponents(doc, componentIds), options);
}

/**
 * Moves components by (dx, dy). A component whose ancestor is also being moved is skipped:
 * its position is relative to that ancestor, so it moves with it already.
 */
export function nudgeComponents(
  doc: WorkbenchDocument,
  componentIds: readonly string[],
  delta: { x: number; y: number },
  now: string,
): WorkbenchDocument {
  const moving = new Set(componentIds.filter((id) => own(doc.components, id)));
  const patches: Record<string, ComponentPatch> = {};
  for (const id of moving) {
    if (hasMovingAncestor(doc, id, moving)) continue;
    const c = own(doc.components, id)!;
    patches[id] = { position: { x: c.position.x + delta.x, y: c.position.y + delta.y } };
  }
  return updateComponents(doc, patches, now);
}

function hasMovingAncestor(doc: WorkbenchDocument, id: string, moving: ReadonlySet<string>): boolean {
  const seen = new Set<string>([id]);
  let parent = own(doc.components, id)?.parentId;
  while (parent !== undefined && !seen.has(parent)) {
    if (moving.has(parent)) return true;
    seen.add(parent);
    parent = own(doc.components, parent)?.parentId;
  }
  return false;
}

/** Screen-free room between a platform and a fragment inserted beside it (leaves have no stored size). */
const INSERT_GAP = 260;

/**
 * Inserts every component and connection of `fragment` (a template, say) into `doc`, with fresh
 * ids, to the right of what `doc` holds and top-aligned with it. The fragment's assessment,
 * scope and workshops stay behind: only the drawing is inserted. Top-level names are made
 * unique as in a paste.
 */
export function insertFragment(
  doc: WorkbenchDocument,
  fragment: WorkbenchDocument,
  options: Omit<PasteOptions, 'offset'>,
) {
  const roots = Object.values(fragment.components).filter(
    (c) => c.parentId === undefined || !fragment.components[c.parentId],
  );
  const content = copyComponents(
    fragment,
    roots.map((c) => c.id),
  );
  const extent = (d: WorkbenchDocument) => {
    const tops = Object.values(d.components).filter((c) => c.parentId === undefined || !d.components[c.parentId]);
    if (tops.length === 0) return null;
    return {
      minX: Math.min(...tops.map((c) => c.position.x)),
      minY: Math.min(...tops.map((c) => c.position.y)),
      maxX: Math.max(...tops.map((c) => c.position.x + (c.size?.width ?? 0))),
    };
  };
  const here = extent(doc);
  const there = extent(fragment);
  const offset = here && there ? { x: here.maxX + INSERT_GAP - there.minX, y: here.minY - there.minY } : { x: 0, y: 0 };
  return pasteComponents(doc, content, { ...options, offset });
}
