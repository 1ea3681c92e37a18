/**
 * What changed between two versions of a project (two snapshots, or a snapshot and now):
 * components and connections added, removed and changed, and checklist items whose status
 * or applicability changed. Pure; derived from the documents and the catalog only.
 */
import type { AttributeValue, Component, Connection, WorkbenchDocument } from '../model/schema';
import type { AssessmentStatus } from '../model/schema';
import type { Applicability } from '../rules/types';
import { assess } from '../rules/assess';
import type { CatalogSource } from '../rules/engineCatalog';
import { own } from '../model/ownEntry';

export interface RecordRef {
  id: string;
  name: string;
  type: string;
}

export interface RecordChange extends RecordRef {
  /** Readable descriptions, e.g. `name: "vm-1" → "vm-web"`, `attribute vcpus: 2 → 4`. */
  changes: string[];
}

export interface StatusChange {
  recommendationId: string;
  before: { status: AssessmentStatus; applicability: Applicability } | null;
  after: { status: AssessmentStatus; applicability: Applicability } | null;
}

export interface DocumentComparison {
  components: { added: RecordRef[]; removed: RecordRef[]; changed: RecordChange[] };
  connections: { added: RecordRef[]; removed: RecordRef[]; changed: RecordChange[] };
  statuses: StatusChange[];
  /** True when nothing listed above differs. */
  identical: boolean;
}

function show(value: AttributeValue | undefined): string {
  if (value === undefined) return '(not set)';
  if (value === null) return 'unknown';
  return typeof value === 'string'
    ? JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
    : String(value);
}

function attributeChanges(before: Record<string, AttributeValue>, after: Record<string, AttributeValue>): string[] {
  const out: string[] = [];
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (before[key] !== after[key]) out.push(`attribute ${key}: ${show(before[key])} → ${show(after[key])}`);
  }
  return out;
}

function componentChanges(a: Component, b: Component, names: (id: string | undefined) => string): string[] {
  const out: string[] = [];
  if (a.name !== b.name) out.push(`name: ${show(a.name)} → ${show(b.name)}`);
  if (a.type !== b.type) out.push(`type: ${a.type} → ${b.type}`);
  if (a.notes !== b.notes) out.push('notes edited');
  if (a.parentId !== b.parentId) out.push(`placed in: ${names(a.parentId)} → ${names(b.parentId)}`);
  if (a.position.x !== b.position.x || a.position.y !== b.position.y) out.push('moved');
  if (a.size?.width !== b.size?.width || a.size?.height !== b.size?.height) out.push('resized');
  return [...out, ...attributeChanges(a.attributes, b.attributes)];
}

function connectionChanges(a: Connection, b: Connection): string[] {
  const out: string[] = [];
  if (a.type !== b.type) out.push(`type: ${a.type} → ${b.type}`);
  if (a.source !== b.source || a.target !== b.target) out.push('reconnected');
  if (a.label !== b.label) out.push(`label: ${show(a.label)} → ${show(b.label)}`);
  return [...out, ...attributeChanges(a.attributes, b.attributes)];
}

function diffRecords<R extends { id: string; type: string }>(
  before: Record<string, R>,
  after: Record<string, R>,
  ref: (r: R) => RecordRef,
  changes: (a: R, b: R) => string[],
) {
  const added: RecordRef[] = [];
  const removed: RecordRef[] = [];
  const changed: RecordChange[] = [];
  for (const [id, b] of Object.entries(after)) {
    const a = own(before, id);
    if (!a) added.push(ref(b));
    else if (a !== b) {
      const list = changes(a, b);
      if (list.length > 0) changed.push({ ...ref(b), changes: list });
    }
  }
  for (const [id, a] of Object.entries(before)) if (!Object.hasOwn(after, id)) removed.push(ref(a));
  return { added, removed, changed };
}

/**
 * Compares `before` with `after`. Records are matched by id, so a renamed component is
 * "changed", not removed and added. Checklist statuses come from the engine on each side, so
 * a status that changed because the model changed (an item that stopped applying) is listed
 * as well as one the assessor set.
 */
export function compareDocuments(
  before: WorkbenchDocument,
  after: WorkbenchDocument,
  catalog: CatalogSource,
): DocumentComparison {
  const names = (id: string | undefined) =>
    id === undefined ? '(top level)' : show(own(after.components, id)?.name ?? own(before.components, id)?.name ?? id);
  const connectionName =
    (doc: WorkbenchDocument) =>
    (c: Connection): RecordRef => ({
      id: c.id,
      type: c.type,
      name:
        c.label ||
        `${own(doc.components, c.source)?.name ?? c.source} → ${own(doc.components, c.target)?.name ?? c.target}`,
    });
  const components = diffRecords(
    before.components,
    after.components,
    (c) => ({ id: c.id, name: c.name, type: c.type }),
    (a, b) => componentChanges(a, b, names),
  );
  const connRefAfter = connectionName(after);
  const connRefBefore = connectionName(before);
  const connections = diffRecords(
    before.connections,
    after.connections,
    (c) => (Object.hasOwn(after.connections, c.id) ? connRefAfter(c) : connRefBefore(c)),
    connectionChanges,
  );

  const itemsBefore = new Map(assess(before, catalog).checklist.map((i) => [i.recommendationId, i]));
  const itemsAfter = new Map(assess(after, catalog).checklist.map((i) => [i.recommendationId, i]));
  const statuses: StatusChange[] = [];
  for (const id of new Set([...itemsBefore.keys(), ...itemsAfter.keys()])) {
    const a = itemsBefore.get(id);
    const b = itemsAfter.get(id);
    if (a?.status === b?.status && a?.applicability === b?.applicability) continue;
    statuses.push({
      recommendationId: id,
      before: a ? { status: a.status, applicability: a.applicability } : null,
      after: b ? { status: b.status, applicability: b.applicability } : null,
    });
  }
  const identical =
    statuses.length === 0 &&
    [components, connections].every((d) => d.added.length === 0 && d.removed.length === 0 && d.changed.length === 0);
  return { components, connections, statuses, identical };
}
