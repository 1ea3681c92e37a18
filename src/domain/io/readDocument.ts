/**
 * Turns a parsed value into a valid current document, or says why not: migrate, validate
 * strictly, then check it against the catalog and itself. Used for imported files and for
 * rows read from IndexedDB alike.
 */
import { DocumentSchema, LIMITS, assessmentKey, type WorkbenchDocument } from '../model/schema';
import type { ImportError, ImportResult } from './importErrors';
import { formatJsonPath } from './jsonPath';
import { migrateDocument } from './migrateDocument';
import { findContainmentCycle } from '../model/containment';
import { workshopReferenceProblem } from '../workshop/workshopReferences';

/**
 * How many components and connections a document may hold. The defaults are the declared
 * `LIMITS`; the CLI may raise them on request (`--max-components`), the app never does.
 */
export interface RecordLimits {
  readonly components: number;
  readonly connections: number;
}

export const DEFAULT_RECORD_LIMITS: RecordLimits = { components: LIMITS.components, connections: LIMITS.connections };

/** The part of the catalog an import is checked against. */
export interface TypeCatalog {
  readonly componentTypes: readonly { readonly id: string }[];
  readonly connectionTypes: readonly { readonly id: string }[];
}

function unknownTypes(doc: WorkbenchDocument, catalog: TypeCatalog): ImportError | undefined {
  const componentTypes = new Set(catalog.componentTypes.map((t) => t.id));
  const connectionTypes = new Set(catalog.connectionTypes.map((t) => t.id));
  const bad = (
    what: 'component' | 'connection',
    records: Record<string, { type: string }>,
    known: Set<string>,
    field: string,
  ) => {
    // One pass without an entry array per record (10,000 components: issue 17).
    let firstKey: string | undefined;
    let distinct: Set<string> | undefined;
    for (const key of Object.keys(records)) {
      const type = records[key]!.type;
      if (known.has(type)) continue;
      firstKey ??= key;
      (distinct ??= new Set()).add(type);
    }
    if (firstKey === undefined || !distinct) return undefined;
    return {
      kind: 'unknown-type',
      what,
      type: records[firstKey]!.type,
      path: formatJsonPath([field, firstKey, 'type']),
      more: distinct.size - 1,
    } as const;
  };
  return (
    bad('component', doc.components, componentTypes, 'components') ??
    bad('connection', doc.connections, connectionTypes, 'connections')
  );
}

/**
 * Counted before the schema runs, so a file with 50,000 components is refused at once instead
 * of being validated record by record first.
 */
function tooMany(value: unknown, limits: RecordLimits): ImportError | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  for (const what of ['components', 'connections'] as const) {
    const records: unknown = (value as Record<string, unknown>)[what];
    if (records === null || typeof records !== 'object') continue;
    const count = Object.keys(records).length;
    if (count > limits[what]) return { kind: 'too-many', what, count, limit: limits[what] };
  }
  return undefined;
}

function inconsistency(doc: WorkbenchDocument): ImportError | undefined {
  for (const key of Object.keys(doc.components)) {
    const c = doc.components[key]!;
    if (c.id !== key)
      return {
        kind: 'invalid',
        path: formatJsonPath(['components', key, 'id']),
        message: `the id "${c.id}" differs from its key`,
        more: 0,
      };
    if (c.parentId !== undefined && !Object.hasOwn(doc.components, c.parentId)) {
      return { kind: 'dangling-reference', path: formatJsonPath(['components', key, 'parentId']), missing: c.parentId };
    }
  }
  const cycle = findContainmentCycle(doc.components);
  if (cycle) return { kind: 'containment-cycle', path: formatJsonPath(['components', cycle[0]!, 'parentId']), cycle };
  for (const key of Object.keys(doc.connections)) {
    const c = doc.connections[key]!;
    if (c.id !== key)
      return {
        kind: 'invalid',
        path: formatJsonPath(['connections', key, 'id']),
        message: `the id "${c.id}" differs from its key`,
        more: 0,
      };
    for (const end of ['source', 'target'] as const) {
      if (!Object.hasOwn(doc.components, c[end]))
        return { kind: 'dangling-reference', path: formatJsonPath(['connections', key, end]), missing: c[end] };
    }
  }
  for (const [key, entry] of Object.entries(doc.assessment)) {
    if (assessmentKey(entry.recommendationId, entry.scope) !== key) {
      return {
        kind: 'invalid',
        path: formatJsonPath(['assessment', key]),
        message: `the key does not match recommendation "${entry.recommendationId}" and scope "${entry.scope}"`,
        more: 0,
      };
    }
  }
  return undefined;
}

/** A workshop reference that does not resolve (current step, participants, running workshops). */
function workshopInconsistency(doc: WorkbenchDocument): ImportError | undefined {
  const problem = workshopReferenceProblem(doc);
  return problem
    ? { kind: 'invalid', path: formatJsonPath(problem.path), message: problem.message, more: 0 }
    : undefined;
}

/** Whether `record` (a component or connection object) already passed the schema under `key`. */
export type KnownValidRecord = (record: unknown, key: string) => boolean;

/** The records of `records` (a plain object, or anything the schema will refuse) not known to be valid. */
function withoutKnown(records: unknown, known: KnownValidRecord): unknown {
  if (records === null || typeof records !== 'object' || Array.isArray(records)) return records;
  const out: Record<string, unknown> = {};
  for (const [key, record] of Object.entries(records)) if (!known(record, key)) out[key] = record;
  return out;
}

/**
 * Validates a parsed document (any supported schema version) into the current schema.
 * Invariants of the result: strict schema, at most `recordLimits` (default `LIMITS`)
 * components and connections, no component inside itself (directly or not), every
 * component and connection type exists in
 * the catalog, record keys equal their ids, and every reference resolves (workshops' too:
 * `workshopReferences.ts`). `$schema` is
 * dropped (it is an editor hint, not project data). The input is never modified. With
 * `knownValid`, the records it vouches for are not validated again and stay as given.
 */
export function readDocument(
  value: unknown,
  catalog: TypeCatalog,
  options: { recordLimits?: RecordLimits; knownValid?: KnownValidRecord } = {},
): ImportResult<WorkbenchDocument> {
  const migrated = migrateDocument(value);
  if (!migrated.ok) return migrated;
  const counted = tooMany(migrated.value.document, options.recordLimits ?? DEFAULT_RECORD_LIMITS);
  if (counted) return { ok: false, error: counted };
  const input = migrated.value.document;
  const known = options.knownValid;
  // The schema validates each record on its own (its key and its value), so records already
  // known to pass under the same key can be left out of it without changing its verdict or
  // its first issue; the checks across records below still see the whole document.
  const parsed = DocumentSchema.safeParse(
    known
      ? {
          ...input,
          components: withoutKnown(input.components, known),
          connections: withoutKnown(input.connections, known),
        }
      : input,
  );
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return {
      ok: false,
      error: {
        kind: 'invalid',
        path: formatJsonPath(issue.path),
        message: issue.message,
        more: parsed.error.issues.length - 1,
      },
    };
  }
  const { $schema: _hint, ...checked } = parsed.data;
  const document: WorkbenchDocument = known
    ? {
        ...checked,
        components: { ...(input.components as WorkbenchDocument['components']), ...checked.components },
        connections: { ...(input.connections as WorkbenchDocument['connections']), ...checked.connections },
      }
    : checked;
  const problem = unknownTypes(document, catalog) ?? inconsistency(document) ?? workshopInconsistency(document);
  return problem ? { ok: false, error: problem } : { ok: true, value: document };
}
