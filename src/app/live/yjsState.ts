/**
 * The shared part of a project in a Y.Doc (issue 20), one level finer than records so that two
 * people editing different fields of one component both keep their edit:
 *
 *   Y.Map 'meta'        field -> JSON value (name, scope, dates, catalog, format, version)
 *   Y.Map 'components'  id -> Y.Map field -> JSON value      (same for connections,
 *                                                             assessment and workshops)
 *
 * `writeChanges` writes only what a record-level diff of two documents names (local edits); `readShared`
 * reads a Y.Doc back into plain JSON, refusing values no document can hold (binary content,
 * Yjs text or arrays where JSON belongs, `__proto__`-style keys) with the path that held them.
 */
import * as Y from 'yjs';
import type { WorkbenchDocument } from '../../domain/model/schema';
import {
  SHARED_COLLECTIONS,
  SHARED_META_FIELDS,
  sameJson,
  sharedWorkshop,
  type SharedState,
} from '../../domain/live/sharedDocument';
import { diffDocuments } from '../../domain/commands/diff';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 32;

export class SharedStateRefused extends Error {}

function recordOf(
  document: WorkbenchDocument,
  collection: (typeof SHARED_COLLECTIONS)[number],
  id: string,
): Record<string, unknown> {
  const record = document[collection][id]!;
  return (
    collection === 'workshops' ? sharedWorkshop(record as WorkbenchDocument['workshops'][string]) : record
  ) as Record<string, unknown>;
}

/** Writes one record's shared fields that differ from `oldFields` into its Y.Map (made when missing). */
function writeRecord(
  map: Y.Map<Y.Map<unknown>>,
  id: string,
  fields: Record<string, unknown>,
  oldFields: Record<string, unknown>,
): void {
  let target = map.get(id);
  if (!(target instanceof Y.Map)) {
    target = new Y.Map<unknown>();
    map.set(id, target);
  }
  for (const key of Object.keys(oldFields)) if (!Object.hasOwn(fields, key)) target.delete(key);
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) {
      target.delete(key);
    } else if (!sameJson(oldFields[key], value) || !target.has(key)) {
      target.set(key, value);
    }
  }
}

/**
 * Writes the shared fields that differ from `previous` to `next` (`previous` null: everything).
 * What differs comes from the record-level diff of the two documents (`domain/commands/diff.ts`,
 * records compared by identity), so an edit costs the records it touched. Call inside a transaction.
 */
export function writeChanges(ydoc: Y.Doc, previous: WorkbenchDocument | null, next: WorkbenchDocument): void {
  const meta = ydoc.getMap('meta');
  const diff = previous ? diffDocuments(previous, next) : null;
  for (const field of SHARED_META_FIELDS) {
    if (diff && !Object.hasOwn(diff.fields, field)) continue;
    if (!sameJson(meta.get(field), next[field])) meta.set(field, next[field]);
  }
  for (const collection of SHARED_COLLECTIONS) {
    const map = ydoc.getMap<Y.Map<unknown>>(collection);
    if (!diff || !previous) {
      for (const id of Object.keys(next[collection])) writeRecord(map, id, recordOf(next, collection, id), {});
      continue;
    }
    const change = diff.collections[collection];
    if (!change) continue;
    for (const id of Object.keys(change.removed)) map.delete(id);
    for (const id of Object.keys(change.added)) writeRecord(map, id, recordOf(next, collection, id), {});
    for (const id of Object.keys(change.changed))
      writeRecord(map, id, recordOf(next, collection, id), recordOf(previous, collection, id));
  }
}

function plain(value: unknown, path: string, depth: number): unknown {
  if (depth > MAX_DEPTH) throw new SharedStateRefused(`${path} is nested too deeply`);
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new SharedStateRefused(`${path} is not a finite number`);
    return value;
  }
  if (Array.isArray(value)) return value.map((item, index) => plain(item, `${path}[${index}]`, depth + 1));
  if (value instanceof Y.Map) return plainObject([...value.entries()], path, depth);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return plainObject(Object.entries(value as Record<string, unknown>), path, depth);
  }
  throw new SharedStateRefused(`${path} holds a value no document can contain`);
}

function plainObject(entries: [string, unknown][], path: string, depth: number): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, item] of entries) {
    if (FORBIDDEN_KEYS.has(key)) throw new SharedStateRefused(`${path} has the forbidden key "${key}"`);
    result[key] = plain(item, `${path}.${key}`, depth + 1);
  }
  return result;
}

/** The Y.Doc's shared state as plain JSON; throws SharedStateRefused naming the bad path. */
export function readShared(ydoc: Y.Doc): SharedState {
  const state = { meta: plainObject([...ydoc.getMap('meta').entries()], 'meta', 0) } as SharedState;
  for (const collection of SHARED_COLLECTIONS) {
    state[collection] = plainObject([...ydoc.getMap(collection).entries()], collection, 0);
  }
  return state;
}

/** True when nobody has published into this Y.Doc yet. */
export function isEmptyShared(ydoc: Y.Doc): boolean {
  return ydoc.getMap('meta').size === 0;
}
