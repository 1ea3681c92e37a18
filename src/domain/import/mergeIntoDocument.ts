/**
 * An import applied to an open project (issue 18, "merge into this project"). Imported
 * components are matched to drawn ones by type and name (the host and the hypervisor by type
 * when the model has exactly one, as the drift check does); matched ones get the attributes the
 * files state, with provenance, and unmatched ones are added, laid out below what the host
 * already holds. Connections are added unless the same kind already joins the same two parts.
 * The summary is what the preview shows before anything changes.
 */
import { CONTAINER_SIZE, LEAF_SIZE } from '../model/geometry';
import type { CatalogData } from '../catalog/schema';
import { LIMITS, type AttributeValue, type Component, type Connection, type WorkbenchDocument } from '../model/schema';
import { HOST_KEY, HYPERVISOR_KEY } from './builder';
import { accepted, buildParts, CELL, describeObservation, idFromKey, withConnectionProvenance } from './toDocument';
import type { ImportedComponent, ImportResult, Provenance } from './types';

type TypesOnly = Pick<CatalogData, 'componentTypes' | 'connectionTypes'>;

export interface AttributeChange {
  attribute: string;
  from: AttributeValue;
  to: AttributeValue;
  source: Provenance;
}

export interface ImportSummary {
  added: { name: string; type: string }[];
  addedConnections: number;
  /** Drawn components whose attributes the files change (values already equal are not listed). */
  updated: { name: string; type: string; changes: AttributeChange[] }[];
}

/** Drawn component an imported one stands for, if any. */
function findMatch(drawn: readonly Component[], c: ImportedComponent): Component | undefined {
  const byName = drawn.find((d) => d.type === c.type && d.name.toLowerCase() === c.name.toLowerCase());
  if (byName || (c.key !== HOST_KEY && c.key !== HYPERVISOR_KEY)) return byName;
  const ofType = drawn.filter((d) => d.type === c.type);
  return ofType.length === 1 ? ofType[0] : undefined;
}

export function mergeImportIntoDocument(
  doc: WorkbenchDocument,
  result: ImportResult,
  catalog: TypesOnly,
  now: string,
): { document: WorkbenchDocument; summary: ImportSummary } {
  const drawn = Object.values(doc.components);
  const idOf = new Map<string, string>();
  const components = { ...doc.components };
  const summary: ImportSummary = { added: [], addedConnections: 0, updated: [] };

  for (const c of result.components) {
    const match = findMatch(drawn, c);
    if (!match) continue;
    idOf.set(c.key, match.id);
    const attributes = { ...match.attributes };
    const provenance = { ...match.provenance };
    const changes: AttributeChange[] = [];
    for (const [id, a] of Object.entries(c.attributes)) {
      if (!accepted(catalog, match.type, id, a.value)) continue;
      const before = match.attributes[id] ?? null;
      if (before !== a.value) changes.push({ attribute: id, from: before, to: a.value, source: a.source });
      attributes[id] = a.value;
      provenance[id] = { file: a.source.file, at: a.source.at };
    }
    const newNotes = c.observations
      .map((o) => `- ${describeObservation(o)}`)
      .filter((line) => !match.notes.includes(line));
    const notes = newNotes.length
      ? `${match.notes}${match.notes ? '\n' : ''}From configuration:\n${newNotes.join('\n')}`.slice(0, LIMITS.notes)
      : match.notes;
    const next: Component = { ...match, attributes, notes };
    if (Object.keys(provenance).length) next.provenance = provenance;
    components[match.id] = next;
    if (changes.length) summary.updated.push({ name: match.name, type: match.type, changes });
  }

  const unmatched = result.components.filter((c) => !idOf.has(c.key));
  const taken = new Set([...Object.keys(doc.components), ...Object.keys(doc.connections)]);
  const hostId = idOf.get(HOST_KEY);
  const parts = buildParts({ components: unmatched, connections: [] }, catalog, taken, originBesides(doc));
  for (const [key, id] of parts.idOf) idOf.set(key, id);
  if (hostId) placeInsideHost(doc, components, hostId, parts.components);
  for (const c of parts.components) {
    components[c.id] = c;
    summary.added.push({ name: c.name, type: c.type });
  }

  const connections = { ...doc.connections };
  const existing = new Set(Object.values(doc.connections).map((x) => `${x.type}|${x.source}|${x.target}`));
  for (const x of result.connections) {
    const source = idOf.get(x.from);
    const target = idOf.get(x.to);
    if (!source || !target || existing.has(`${x.type}|${source}|${target}`)) continue;
    existing.add(`${x.type}|${source}|${target}`);
    const connection: Connection = withConnectionProvenance(
      {
        id: idFromKey(`c-${x.type}-${x.from}-${x.to}`, taken),
        type: x.type,
        source,
        target,
        label: x.label,
        attributes: Object.fromEntries(Object.entries(x.attributes).map(([k, a]) => [k, a.value])),
      },
      x,
    );
    connections[connection.id] = connection;
    summary.addedConnections++;
  }
  return { document: { ...doc, components, connections, updatedAt: now }, summary };
}

/** Where a new host goes: to the right of everything drawn at the top level. */
function originBesides(doc: WorkbenchDocument): { x: number; y: number } {
  const tops = Object.values(doc.components).filter((c) => !c.parentId);
  if (tops.length === 0) return { x: 40, y: 40 };
  const right = Math.max(...tops.map((c) => c.position.x + (c.size ?? LEAF_SIZE).width));
  const top = Math.min(...tops.map((c) => c.position.y));
  return { x: Math.round(right + 80), y: Math.round(top) };
}

/**
 * New parts of a matched host go in rows below its present children, one kind per row as in a
 * new import, wrapped at the host's width; the host grows downwards to hold them.
 */
function placeInsideHost(
  doc: WorkbenchDocument,
  components: Record<string, Component>,
  hostId: string,
  added: Component[],
): void {
  const host = components[hostId]!;
  const size = host.size ?? CONTAINER_SIZE;
  const children = Object.values(doc.components).filter((c) => c.parentId === hostId);
  const top = children.length
    ? Math.max(...children.map((c) => c.position.y + (c.size ?? LEAF_SIZE).height)) + 20
    : CELL.padY;
  const cols = Math.max(1, Math.floor((size.width - CELL.padX) / CELL.width));
  // buildParts gave each kind its own row (its y); keep that order and grouping.
  const placed = added
    .filter((c) => !c.parentId && c.type !== 'physical-host')
    .sort((a, b) => a.position.y - b.position.y || a.position.x - b.position.x);
  let row = 0;
  let col = 0;
  let band: number | undefined;
  let bottom = 0;
  for (const c of placed) {
    if (band !== undefined && (c.position.y !== band || col >= cols)) {
      row++;
      col = 0;
    }
    band = c.position.y;
    c.parentId = hostId;
    c.position = { x: CELL.padX + col * CELL.width, y: top + row * CELL.height };
    bottom = Math.max(bottom, c.position.y + CELL.height);
    col++;
  }
  if (placed.length === 0) return;
  components[hostId] = { ...host, size: { width: size.width, height: Math.max(size.height, bottom + 20) } };
  // A host inside a trust boundary (a rack, a zone) grows it as well, so nothing spills out.
  for (let inner = components[hostId]!; inner.parentId;) {
    const outer = components[inner.parentId];
    if (!outer?.size || !inner.size) break;
    const width = Math.max(outer.size.width, inner.position.x + inner.size.width + CELL.padX);
    const height = Math.max(outer.size.height, inner.position.y + inner.size.height + 20);
    if (width === outer.size.width && height === outer.size.height) break;
    components[outer.id] = { ...outer, size: { width, height } };
    inner = components[outer.id]!;
  }
}
