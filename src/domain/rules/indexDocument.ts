/**
 * Lookup structures over one document's model (components and connections), built once and
 * memoised on the identities of those two records. Documents are immutable: an edit of the
 * model makes new records, while an assessment edit keeps them, so the index (and the
 * findings built on it) survive status changes.
 */
import type { Component, Connection, WorkbenchDocument } from '../model/schema';
import { own } from '../model/ownEntry';

export interface DocumentIndex {
  /** All components sorted by id: the engine's deterministic order. */
  readonly components: readonly Component[];
  readonly componentById: ReadonlyMap<string, Component>;
  /** Components by type id, each list sorted by id. */
  readonly byType: ReadonlyMap<string, readonly Component[]>;
  /** Direct children by parent id, sorted by id. */
  readonly children: ReadonlyMap<string, readonly Component[]>;
  /** Connections touching a component (either end), sorted by connection id. */
  readonly connectionsOf: ReadonlyMap<string, readonly Connection[]>;
  /** All connections sorted by id. */
  readonly connections: readonly Connection[];
}

type Model = Pick<WorkbenchDocument, 'components' | 'connections'>;

const cache = new WeakMap<Model['components'], WeakMap<Model['connections'], DocumentIndex>>();

/** Looks up or stores a value memoised on (components, connections) identity. */
export function modelMemo<T>(store: WeakMap<object, WeakMap<object, T>>, document: Model, make: () => T): T {
  let inner = store.get(document.components);
  const hit = inner?.get(document.connections);
  if (hit !== undefined) return hit;
  const value = make();
  if (!inner) {
    inner = new WeakMap();
    store.set(document.components, inner);
  }
  inner.set(document.connections, value);
  return value;
}
const EMPTY: readonly never[] = [];

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Builds (or returns the memoised) index of `document`. O(n log n) in components + connections. */
export function indexDocument(document: Model): DocumentIndex {
  return modelMemo(cache, document, () => buildIndex(document));
}

function buildIndex(document: Model): DocumentIndex {
  // Sorting keys with the built-in comparison (UTF-16 code units, as `compareIds`) is several
  // times faster than a comparator callback. Record keys are the records' ids.
  const components = Object.keys(document.components)
    .sort()
    .map((key) => own(document.components, key)!);
  const componentById = new Map<string, Component>();
  const byType = new Map<string, Component[]>();
  const children = new Map<string, Component[]>();
  for (const component of components) {
    componentById.set(component.id, component);
    push(byType, component.type, component);
    if (component.parentId !== undefined) push(children, component.parentId, component);
  }
  const connections = Object.keys(document.connections)
    .sort()
    .map((key) => own(document.connections, key)!);
  const connectionsOf = new Map<string, Connection[]>();
  for (const connection of connections) {
    push(connectionsOf, connection.source, connection);
    if (connection.target !== connection.source) push(connectionsOf, connection.target, connection);
  }
  return { components, componentById, byType, children, connectionsOf, connections };
}

export function componentsOfType(index: DocumentIndex, type: string): readonly Component[] {
  return index.byType.get(type) ?? EMPTY;
}

export function connectionsOf(index: DocumentIndex, componentId: string): readonly Connection[] {
  return index.connectionsOf.get(componentId) ?? EMPTY;
}

export function childrenOf(index: DocumentIndex, componentId: string): readonly Component[] {
  return index.children.get(componentId) ?? EMPTY;
}

/**
 * Ancestors of a component, nearest first. Stops at a missing parent or a cycle (the
 * validator reports both), so it always terminates.
 */
export function ancestorsOf(index: DocumentIndex, component: Component): Component[] {
  const result: Component[] = [];
  const seen = new Set<string>([component.id]);
  let parentId = component.parentId;
  while (parentId !== undefined && !seen.has(parentId)) {
    const parent = index.componentById.get(parentId);
    if (!parent) break;
    result.push(parent);
    seen.add(parentId);
    parentId = parent.parentId;
  }
  return result;
}
