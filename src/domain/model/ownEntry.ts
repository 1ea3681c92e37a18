/**
 * Id-keyed records (components, connections, assessment entries, workshops...) are plain
 * objects, and ids may be any `[A-Za-z0-9_-]` word, including names every object inherits:
 * `doc.components['toString']` is a function, not "no such component" (issue 22 item 2).
 * Every lookup by an id that came from data goes through these.
 */

/** The record's own entry under `key`, never an inherited member. */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Whether the record has its own entry under `key` (unlike `key in record`). */
export function hasOwnEntry(record: Readonly<Record<string, unknown>>, key: string): boolean {
  return Object.hasOwn(record, key);
}

/** An empty record without a prototype, for derived tables keyed by ids. */
export function emptyRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
