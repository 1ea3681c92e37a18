/**
 * What a live workshop shares of a project, and how a shared state becomes a document again
 * (issue 20). Pure: the Yjs binding (`src/app/live/`) turns a Y.Doc into `SharedState` and back.
 *
 * Shared: the document's own fields (name, scope, dates, catalog), components, connections,
 * assessment and workshops, but never a workshop's `privateNotes` (the facilitator's alone) and
 * never the project id (each machine keeps its own local project). View state (selection,
 * dragging, viewport, measured sizes) lives outside the document and so is never shared.
 *
 * Every shared state from another client goes through `readDocument` (the strict schema, the
 * catalog's types, references, limits) before it may replace the store's document; when it
 * fails, the caller keeps its document and reports the reason. Records that did not change keep
 * their object identity, so React Flow re-renders only what a remote edit touched.
 */
import type { WorkbenchDocument, Workshop } from '../model/schema';
import { readDocument, type TypeCatalog } from '../io/readDocument';
import { describeImportError } from '../io/importErrors';

export const SHARED_COLLECTIONS = ['components', 'connections', 'assessment', 'workshops'] as const;
export type SharedCollection = (typeof SHARED_COLLECTIONS)[number];

/** The document's fields outside the collections, minus the local ones. */
export const SHARED_META_FIELDS = [
  'format',
  'schemaVersion',
  'name',
  'createdAt',
  'updatedAt',
  'catalog',
  'scope',
] as const;

/** A plain-JSON view of the shared part: records as objects of fields. */
export interface SharedState {
  meta: Record<string, unknown>;
  components: Record<string, unknown>;
  connections: Record<string, unknown>;
  assessment: Record<string, unknown>;
  workshops: Record<string, unknown>;
}

/** A workshop as shared: without the facilitator's private notes. */
export function sharedWorkshop(workshop: Workshop): Omit<Workshop, 'privateNotes'> {
  const { privateNotes: _private, ...shared } = workshop;
  return shared;
}

/** The shared part of a document (what the facilitator publishes when a session starts). */
export function toSharedState(document: WorkbenchDocument): SharedState {
  const meta: Record<string, unknown> = {};
  for (const field of SHARED_META_FIELDS) meta[field] = document[field];
  const workshops: Record<string, unknown> = {};
  for (const [id, workshop] of Object.entries(document.workshops)) workshops[id] = sharedWorkshop(workshop);
  return {
    meta,
    components: document.components,
    connections: document.connections,
    assessment: document.assessment,
    workshops,
  };
}

/** Structural equality of JSON values (the records of a document). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b);
  if (aKeys.length !== bKeys.length) return false;
  const bRecord = b as Record<string, unknown>;
  return aKeys.every(
    (key) => Object.hasOwn(bRecord, key) && sameJson((a as Record<string, unknown>)[key], bRecord[key]),
  );
}

/** `next`'s records, reusing `previous`'s objects wherever they are equal (and the whole map when all are). */
function keepRecords<T>(previous: Record<string, T>, next: Record<string, T>): Record<string, T> {
  let changed = Object.keys(previous).length !== Object.keys(next).length;
  const result: Record<string, T> = {};
  for (const [id, record] of Object.entries(next)) {
    const old = Object.hasOwn(previous, id) ? previous[id] : undefined;
    if (old !== undefined && sameJson(old, record)) {
      result[id] = old;
    } else {
      result[id] = record;
      changed = true;
    }
  }
  return changed ? result : previous;
}

/** `next` with every unchanged part taken from `previous` (by identity), or `previous` itself when nothing changed. */
export function keepIdentity(previous: WorkbenchDocument, next: WorkbenchDocument): WorkbenchDocument {
  const merged: WorkbenchDocument = {
    ...next,
    scope: sameJson(previous.scope, next.scope) ? previous.scope : next.scope,
    catalog: sameJson(previous.catalog, next.catalog) ? previous.catalog : next.catalog,
    components: keepRecords(previous.components, next.components),
    connections: keepRecords(previous.connections, next.connections),
    assessment: keepRecords(previous.assessment, next.assessment),
    workshops: keepRecords(previous.workshops, next.workshops),
  };
  const keys = Object.keys(merged) as (keyof WorkbenchDocument)[];
  const same = keys.length === Object.keys(previous).length && keys.every((key) => merged[key] === previous[key]);
  return same ? previous : merged;
}

export type SharedReadResult = { ok: true; document: WorkbenchDocument } | { ok: false; message: string };

/**
 * The document a shared state describes, for this machine: `local`'s id and the facilitator's
 * private notes (of steps still on the agenda) added back, validated like an imported file,
 * unchanged records kept from `local`. `local` is the store's current document.
 */
export function readSharedState(shared: SharedState, local: WorkbenchDocument, catalog: TypeCatalog): SharedReadResult {
  const workshops: Record<string, unknown> = {};
  for (const [id, value] of Object.entries(shared.workshops)) {
    const localWorkshop = Object.hasOwn(local.workshops, id) ? local.workshops[id] : undefined;
    const agenda = (value as { agenda?: unknown } | null)?.agenda;
    const steps = new Set(Array.isArray(agenda) ? agenda.map((step: { id?: unknown } | null) => step?.id) : []);
    const privateNotes = Object.fromEntries(
      Object.entries(localWorkshop?.privateNotes ?? {}).filter(([stepId]) => steps.has(stepId)),
    );
    workshops[id] = value !== null && typeof value === 'object' ? { ...value, privateNotes } : value;
  }
  const candidate = {
    ...shared.meta,
    id: local.id,
    components: shared.components,
    connections: shared.connections,
    assessment: shared.assessment,
    workshops,
  };
  const read = readDocument(candidate, catalog);
  if (!read.ok) return { ok: false, message: describeImportError(read.error, 'the shared session') };
  return { ok: true, document: keepIdentity(local, read.value) };
}
