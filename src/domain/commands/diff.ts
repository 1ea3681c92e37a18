/**
 * Record-level diffs between two documents: which records each collection gained, lost or
 * changed, and which top-level fields (name, scope, updatedAt, ...) changed. Undo keeps diffs
 * instead of whole documents; autosave, the workshop log and live sync can read what an edit
 * touched without comparing documents themselves.
 *
 * Records are compared by reference: the document operations copy only what they change, so
 * an unchanged record keeps its identity. A diff carries whole records on both sides, so its
 * inverse restores the document exactly, key order included.
 */
import type { WorkbenchDocument } from '../model/schema';

/** The keyed collections of a document (records by id). */
export const COLLECTIONS = ['components', 'connections', 'assessment', 'workshops', 'tailoring'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];
export type RecordOf<C extends CollectionName> = NonNullable<WorkbenchDocument[C]>[string];

export interface CollectionDiff<T> {
  added: Record<string, T>;
  removed: Record<string, T>;
  changed: Record<string, { before: T; after: T }>;
  /** The ids in order on both sides, present only when the key order differs. */
  order?: { before: string[]; after: string[] };
}

type FieldName = Exclude<keyof WorkbenchDocument, CollectionName> | CollectionName;

export interface DocumentDiff {
  collections: { [C in CollectionName]?: CollectionDiff<RecordOf<C>> };
  /**
   * Top-level fields replaced as a whole; `undefined` means absent. A collection appears here
   * only when it is absent on one side (an optional `tailoring` appearing).
   */
  fields: { [K in FieldName]?: { before: unknown; after: unknown } };
  /** The document's top-level keys on both sides, present only when they differ. */
  keys?: { before: string[]; after: string[] };
}

export const EMPTY_DIFF: DocumentDiff = Object.freeze({
  collections: Object.freeze({}),
  fields: Object.freeze({}),
}) as DocumentDiff;

type Rec = Record<string, unknown>;
type AnyCollectionDiff = CollectionDiff<unknown>;

const isCollection = (key: string): key is CollectionName => (COLLECTIONS as readonly string[]).includes(key);
const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const has = (o: object, k: string) => Object.hasOwn(o, k);

function diffCollection(before: Rec, after: Rec): AnyCollectionDiff | undefined {
  const out: AnyCollectionDiff = { added: {}, removed: {}, changed: {} };
  let touched = false;
  for (const [id, record] of Object.entries(before)) {
    if (!has(after, id)) {
      out.removed[id] = record;
      touched = true;
    } else if (after[id] !== record) {
      out.changed[id] = { before: record, after: after[id] };
      touched = true;
    }
  }
  for (const [id, record] of Object.entries(after)) {
    if (!has(before, id)) {
      out.added[id] = record;
      touched = true;
    }
  }
  const beforeKeys = Object.keys(before);
  const afterKeys = Object.keys(after);
  if (!sameList(beforeKeys, afterKeys)) {
    out.order = { before: beforeKeys, after: afterKeys };
    touched = true;
  }
  return touched ? out : undefined;
}

/** What changed from `before` to `after`, record by record. */
export function diffDocuments(before: WorkbenchDocument, after: WorkbenchDocument): DocumentDiff {
  if (before === after) return EMPTY_DIFF;
  const b = before as unknown as Rec;
  const a = after as unknown as Rec;
  const diff: DocumentDiff = { collections: {}, fields: {} };
  const collections = diff.collections as Record<string, AnyCollectionDiff>;
  const fields = diff.fields as Record<string, { before: unknown; after: unknown }>;
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (b[key] === a[key]) continue;
    if (isCollection(key) && has(b, key) && has(a, key)) {
      const changed = diffCollection(b[key] as Rec, a[key] as Rec);
      if (changed) collections[key] = changed;
    } else {
      fields[key] = { before: b[key], after: a[key] };
    }
  }
  const beforeKeys = Object.keys(b);
  const afterKeys = Object.keys(a);
  if (!sameList(beforeKeys, afterKeys)) diff.keys = { before: beforeKeys, after: afterKeys };
  return diff;
}

export function isEmptyDiff(diff: DocumentDiff): boolean {
  return Object.keys(diff.collections).length === 0 && Object.keys(diff.fields).length === 0 && !diff.keys;
}

function reorder(source: Rec, order: readonly string[]): Rec {
  const out: Rec = {};
  for (const key of order) if (has(source, key)) out[key] = source[key];
  // Keys the order does not name (a diff applied to a document that moved on) keep their place after.
  for (const key of Object.keys(source)) if (!has(out, key)) out[key] = source[key];
  return out;
}

/** `doc` with `diff` applied; records the diff does not name keep their identity. */
export function applyDiff(doc: WorkbenchDocument, diff: DocumentDiff): WorkbenchDocument {
  if (isEmptyDiff(diff)) return doc;
  let out: Rec = { ...(doc as unknown as Rec) };
  for (const [key, change] of Object.entries(diff.fields)) {
    if (change.after === undefined) delete out[key];
    else out[key] = change.after;
  }
  for (const [key, change] of Object.entries(diff.collections) as [string, AnyCollectionDiff][]) {
    let next: Rec = { ...((out[key] as Rec | undefined) ?? {}) };
    for (const id of Object.keys(change.removed)) delete next[id];
    for (const [id, record] of Object.entries(change.added)) next[id] = record;
    for (const [id, { after }] of Object.entries(change.changed)) next[id] = after;
    if (change.order) next = reorder(next, change.order.after);
    out[key] = next;
  }
  if (diff.keys) out = reorder(out, diff.keys.after);
  return out as unknown as WorkbenchDocument;
}

/** The diff that undoes `diff`. */
export function invertDiff(diff: DocumentDiff): DocumentDiff {
  const collections: Record<string, AnyCollectionDiff> = {};
  for (const [key, change] of Object.entries(diff.collections) as [string, AnyCollectionDiff][]) {
    const changed: AnyCollectionDiff['changed'] = {};
    for (const [id, { before, after }] of Object.entries(change.changed))
      changed[id] = { before: after, after: before };
    collections[key] = {
      added: change.removed,
      removed: change.added,
      changed,
      ...(change.order ? { order: { before: change.order.after, after: change.order.before } } : {}),
    };
  }
  const fields: Record<string, { before: unknown; after: unknown }> = {};
  for (const [key, { before, after }] of Object.entries(diff.fields)) fields[key] = { before: after, after: before };
  return {
    collections: collections as DocumentDiff['collections'],
    fields,
    ...(diff.keys ? { keys: { before: diff.keys.after, after: diff.keys.before } } : {}),
  };
}

function composeCollection(first: AnyCollectionDiff, second: AnyCollectionDiff): AnyCollectionDiff | undefined {
  const out: AnyCollectionDiff = {
    added: { ...first.added },
    removed: { ...first.removed },
    changed: { ...first.changed },
  };
  for (const [id, record] of Object.entries(second.added)) {
    if (has(out.removed, id)) {
      const before = out.removed[id];
      delete out.removed[id];
      if (before !== record) out.changed[id] = { before, after: record };
    } else out.added[id] = record;
  }
  for (const [id, { before, after }] of Object.entries(second.changed)) {
    if (has(out.added, id)) out.added[id] = after;
    else if (has(out.changed, id)) {
      const original = out.changed[id]!.before;
      if (original === after) delete out.changed[id];
      else out.changed[id] = { before: original, after };
    } else out.changed[id] = { before, after };
  }
  for (const [id, record] of Object.entries(second.removed)) {
    if (has(out.added, id)) delete out.added[id];
    else if (has(out.changed, id)) {
      out.removed[id] = out.changed[id]!.before;
      delete out.changed[id];
    } else out.removed[id] = record;
  }
  const before = first.order?.before ?? second.order?.before;
  const after = second.order?.after ?? first.order?.after;
  if (before && after && !sameList(before, after)) out.order = { before, after };
  const empty = !out.order && [out.added, out.removed, out.changed].every((r) => Object.keys(r).length === 0);
  return empty ? undefined : out;
}

/** One diff with the effect of `first` then `second` (typing in one field is one undo step). */
export function composeDiffs(first: DocumentDiff, second: DocumentDiff): DocumentDiff {
  const collections: Record<string, AnyCollectionDiff> = {};
  const fields: Record<string, { before: unknown; after: unknown }> = { ...first.fields };
  const firstCollections = first.collections as Record<string, AnyCollectionDiff>;
  for (const [key, change] of Object.entries(firstCollections)) collections[key] = change;
  for (const [key, change] of Object.entries(second.collections) as [string, AnyCollectionDiff][]) {
    const earlier = collections[key];
    if (has(fields, key)) {
      // The collection appeared (a field change) then changed record by record: fold into the field.
      const applied = applyDiff({ [key]: fields[key]!.after } as unknown as WorkbenchDocument, {
        collections: { [key]: change },
        fields: {},
      });
      fields[key] = { before: fields[key]!.before, after: (applied as unknown as Rec)[key] };
      continue;
    }
    const merged = earlier ? composeCollection(earlier, change) : change;
    if (merged) collections[key] = merged;
    else delete collections[key];
  }
  for (const [key, { before, after }] of Object.entries(second.fields)) {
    const earlier = collections[key];
    if (earlier) {
      // Changed record by record, then replaced (or dropped) as a whole: the field's value before the first.
      const restored = applyDiff(
        { [key]: before } as unknown as WorkbenchDocument,
        invertDiff({ collections: { [key]: earlier }, fields: {} }),
      );
      delete collections[key];
      fields[key] = { before: (restored as unknown as Rec)[key], after };
      continue;
    }
    const start = has(fields, key) ? fields[key]!.before : before;
    if (start === after) delete fields[key];
    else fields[key] = { before: start, after };
  }
  const keysBefore = first.keys?.before ?? second.keys?.before;
  const keysAfter = second.keys?.after ?? first.keys?.after;
  const keys =
    keysBefore && keysAfter && !sameList(keysBefore, keysAfter) ? { before: keysBefore, after: keysAfter } : undefined;
  return { collections: collections as DocumentDiff['collections'], fields, ...(keys ? { keys } : {}) };
}
