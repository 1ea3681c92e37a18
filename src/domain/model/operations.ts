/**
 * Pure document operations: `(document, args) => document`. They never mutate their input,
 * so undo/redo is a stack of document references. Ids and time are passed in.
 */
import type { Attributes, AttributeValue, Component, Connection, WorkbenchDocument } from './schema';
import { CURRENT_SCHEMA_VERSION, DOCUMENT_FORMAT, LIMITS } from './schema';
import { own } from './ownEntry';
import { findContainmentCycle } from './containment';

export interface NewDocumentArgs {
  id: string;
  name: string;
  now: string;
  catalog: { id: string; version: string };
}

/** An empty document bound to a catalog version. */
export function createDocument({ id, name, now, catalog }: NewDocumentArgs): WorkbenchDocument {
  return {
    format: DOCUMENT_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id,
    name,
    createdAt: now,
    updatedAt: now,
    catalog,
    scope: { assessor: '', organisation: '', description: '', assumptions: '' },
    components: {},
    connections: {},
    assessment: {},
    workshops: {},
  };
}

function touch(doc: WorkbenchDocument, now: string, patch: Partial<WorkbenchDocument>): WorkbenchDocument {
  return { ...doc, ...patch, updatedAt: now };
}

export function renameDocument(doc: WorkbenchDocument, name: string, now: string): WorkbenchDocument {
  return touch(doc, now, { name });
}

export function updateScope(
  doc: WorkbenchDocument,
  patch: Partial<WorkbenchDocument['scope']>,
  now: string,
): WorkbenchDocument {
  return touch(doc, now, { scope: { ...doc.scope, ...patch } });
}

function boundedCoordinate(value: number): number {
  return Number.isFinite(value) ? Math.min(LIMITS.position, Math.max(-LIMITS.position, value)) : 0;
}

/**
 * A position the reader accepts (each coordinate within ±`LIMITS.position`): a long nudge or
 * drag must not produce a document that can never be opened again.
 */
export function boundedPosition(position: { x: number; y: number }): { x: number; y: number } {
  const x = boundedCoordinate(position.x);
  const y = boundedCoordinate(position.y);
  return x === position.x && y === position.y ? position : { x, y };
}

/** Adds components (ids must be new). Refused (the document is returned unchanged) when their parents would form a cycle. */
export function addComponents(doc: WorkbenchDocument, components: Component[], now: string): WorkbenchDocument {
  if (components.length === 0) return doc;
  const next = { ...doc.components };
  for (const c of components) {
    const position = boundedPosition(c.position);
    next[c.id] = position === c.position ? c : { ...c, position };
  }
  if (
    findContainmentCycle(
      next,
      components.map((c) => c.id),
    )
  )
    return doc;
  return touch(doc, now, { components: next });
}

export type ComponentPatch = Partial<Pick<Component, 'name' | 'notes' | 'position' | 'size' | 'parentId'>> & {
  attributes?: Partial<Record<string, AttributeValue>>;
};

/**
 * Patches several components at once (one undo step); attribute patches merge. A patch that
 * would put a component inside itself or its own descendant (a containment cycle) refuses the
 * whole update: the document is returned unchanged.
 */
export function updateComponents(
  doc: WorkbenchDocument,
  patches: Record<string, ComponentPatch>,
  now: string,
): WorkbenchDocument {
  const next = { ...doc.components };
  let changed = false;
  for (const [id, patch] of Object.entries(patches)) {
    const current = own(next, id);
    if (!current) continue;
    const { attributes, ...rest } = patch;
    const merged: Component = { ...current, ...rest };
    if (rest.position) merged.position = boundedPosition(rest.position);
    if ('parentId' in patch && patch.parentId === undefined) delete merged.parentId;
    if (attributes) {
      merged.attributes = mergeAttributes(current.attributes, attributes);
      const provenance = withoutProvenanceOf(current.provenance, Object.keys(attributes));
      if (provenance) merged.provenance = provenance;
      else delete merged.provenance;
    }
    next[id] = merged;
    changed = true;
  }
  const reparented = Object.entries(patches).flatMap(([id, patch]) => ('parentId' in patch ? [id] : []));
  if (reparented.length > 0 && findContainmentCycle(next, reparented)) return doc;
  return changed ? touch(doc, now, { components: next }) : doc;
}

/**
 * A value the user sets is theirs, not the configuration file's: its provenance goes (issue 18).
 * Undo brings the old document back, provenance included.
 */
function withoutProvenanceOf(
  provenance: Component['provenance'] | Connection['provenance'],
  edited: string[],
): Component['provenance'] {
  if (!provenance) return undefined;
  const out = { ...provenance };
  for (const k of edited) delete out[k];
  return Object.keys(out).length ? out : undefined;
}

function mergeAttributes(current: Attributes, patch: Partial<Record<string, AttributeValue>>): Attributes {
  const out: Attributes = { ...current };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) delete out[k];
    else out[k] = v;
  }
  return out;
}

/** Every component nested (at any depth) inside `id`. */
export function descendantsOf(doc: WorkbenchDocument, id: string): string[] {
  const children = new Map<string, string[]>();
  for (const c of Object.values(doc.components)) {
    if (!c.parentId) continue;
    const list = children.get(c.parentId) ?? [];
    list.push(c.id);
    children.set(c.parentId, list);
  }
  const out: string[] = [];
  const stack = [...(children.get(id) ?? [])];
  while (stack.length) {
    const next = stack.pop()!;
    out.push(next);
    stack.push(...(children.get(next) ?? []));
  }
  return out;
}

/**
 * Removes components with everything nested in them and every connection touching them.
 * Assessment entries are kept: the checklist shows them as orphaned, never drops them.
 */
export function removeComponents(doc: WorkbenchDocument, ids: string[], now: string): WorkbenchDocument {
  const doomed = new Set<string>();
  for (const id of ids) {
    if (!own(doc.components, id)) continue;
    doomed.add(id);
    for (const d of descendantsOf(doc, id)) doomed.add(d);
  }
  if (doomed.size === 0) return doc;
  const components = { ...doc.components };
  for (const id of doomed) delete components[id];
  const connections = { ...doc.connections };
  for (const c of Object.values(doc.connections)) {
    if (doomed.has(c.source) || doomed.has(c.target)) delete connections[c.id];
  }
  return touch(doc, now, { components, connections });
}

export function addConnections(doc: WorkbenchDocument, connections: Connection[], now: string): WorkbenchDocument {
  if (connections.length === 0) return doc;
  const next = { ...doc.connections };
  for (const c of connections) next[c.id] = c;
  return touch(doc, now, { connections: next });
}

export type ConnectionPatch = Partial<Pick<Connection, 'label' | 'type'>> & {
  attributes?: Partial<Record<string, AttributeValue>>;
};

export function updateConnection(
  doc: WorkbenchDocument,
  id: string,
  patch: ConnectionPatch,
  now: string,
): WorkbenchDocument {
  const current = own(doc.connections, id);
  if (!current) return doc;
  const { attributes, ...rest } = patch;
  const next: Connection = { ...current, ...rest };
  if (attributes) {
    next.attributes = mergeAttributes(current.attributes, attributes);
    const provenance = withoutProvenanceOf(current.provenance, Object.keys(attributes));
    if (provenance) next.provenance = provenance;
    else delete next.provenance;
  }
  return touch(doc, now, { connections: { ...doc.connections, [id]: next } });
}

export function removeConnections(doc: WorkbenchDocument, ids: string[], now: string): WorkbenchDocument {
  const next = { ...doc.connections };
  let changed = false;
  for (const id of ids) {
    if (own(next, id)) {
      delete next[id];
      changed = true;
    }
  }
  return changed ? touch(doc, now, { connections: next }) : doc;
}

/** Absolute position of a component (positions of nested components are relative to their parent). */
export function absolutePosition(doc: WorkbenchDocument, id: string): { x: number; y: number } {
  let x = 0;
  let y = 0;
  let current = own(doc.components, id);
  const seen = new Set<string>();
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    x += current.position.x;
    y += current.position.y;
    current = current.parentId ? own(doc.components, current.parentId) : undefined;
  }
  return { x, y };
}
