/**
 * An import result as workbench components and connections: every catalog attribute of the
 * type present (unknown = null unless the file said), provenance per attribute, observations
 * as notes, and a grid layout inside one host: platform, emulators and back ends, guests,
 * devices and NICs, switches.
 */
import type { CatalogData } from '../catalog/schema';
import {
  CURRENT_SCHEMA_VERSION,
  DOCUMENT_FORMAT,
  type Attributes,
  type Component,
  type Connection,
  type WorkbenchDocument,
} from '../model/schema';
import { HOST_KEY } from './builder';
import type { ImportResult, Observation } from './types';

type TypesOnly = Pick<CatalogData, 'componentTypes' | 'connectionTypes'>;

const ROW_OF_TYPE: Record<string, number> = {
  'hypervisor-kernel': 0,
  tpm: 0,
  firmware: 0,
  iommu: 0,
  'device-emulator': 1,
  'paravirtual-backend': 1,
  'guest-vm': 2,
  'device-driver-vm': 2,
  'virtual-nic': 3,
  'sriov-vf': 3,
  'passthrough-device': 3,
  'virtual-switch': 4,
  'migration-network': 4,
  'management-agent': 0,
};
export const CELL = { width: 320, height: 120, padX: 28, padY: 56 } as const;

/** A record id from a merge key: readable, within the id alphabet, unique. */
export function idFromKey(key: string, taken: Set<string>): string {
  const base =
    key
      .replace(/[^A-Za-z0-9_-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 56) || 'item';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

export function describeObservation(o: Observation): string {
  return `${o.text} (from ${o.source.file}, ${o.source.at})`;
}

/** Whether a value is one the catalog accepts for the attribute (enum option or type). */
export function accepted(catalog: TypesOnly, type: string, attribute: string, value: unknown): boolean {
  const spec = catalog.componentTypes.find((t) => t.id === type)?.attributes.find((a) => a.id === attribute);
  if (!spec) return false;
  if (spec.type === 'enum') return (spec.options ?? []).some((o) => o.value === value);
  if (spec.type === 'boolean') return typeof value === 'boolean';
  if (spec.type === 'number') return typeof value === 'number' && Number.isFinite(value);
  return typeof value === 'string';
}

export interface BuiltParts {
  components: Component[];
  connections: Connection[];
  /** Merge key -> component id. */
  idOf: Map<string, string>;
}

/** Components and connections of an import, laid out from `origin` (absolute, for the host). */
export function buildParts(
  result: ImportResult,
  catalog: TypesOnly,
  taken: Set<string>,
  origin = { x: 40, y: 40 },
): BuiltParts {
  const idOf = new Map<string, string>();
  for (const c of result.components) idOf.set(c.key, idFromKey(c.key, taken));
  const hostId = idOf.get(HOST_KEY);
  const rows = new Map<number, number>();
  const components: Component[] = [];
  for (const c of result.components) {
    const spec = catalog.componentTypes.find((t) => t.id === c.type);
    if (!spec) throw new Error(`import produced unknown component type ${c.type}`);
    const attributes: Attributes = {};
    for (const a of spec.attributes) attributes[a.id] = a.type === 'text' ? '' : null;
    const provenance: NonNullable<Component['provenance']> = {};
    for (const [id, a] of Object.entries(c.attributes)) {
      if (!accepted(catalog, c.type, id, a.value))
        throw new Error(`import produced ${c.type}.${id} = ${String(a.value)}, which the catalog does not define`);
      attributes[id] = a.value;
      provenance[id] = { file: a.source.file, at: a.source.at };
    }
    const notes = c.observations.length
      ? `From configuration:\n${c.observations.map((o) => `- ${describeObservation(o)}`).join('\n')}`
      : '';
    const component: Component = {
      id: idOf.get(c.key)!,
      type: c.type,
      name: c.name.slice(0, 200),
      notes: notes.slice(0, 10_000),
      position: { x: 0, y: 0 },
      attributes,
    };
    if (Object.keys(provenance).length) component.provenance = provenance;
    if (c.key === HOST_KEY) component.position = { ...origin };
    else {
      const row = ROW_OF_TYPE[c.type] ?? 5;
      const col = rows.get(row) ?? 0;
      rows.set(row, col + 1);
      component.position = { x: CELL.padX + col * CELL.width, y: CELL.padY + row * CELL.height };
      if (hostId) component.parentId = hostId;
    }
    components.push(component);
  }
  const host = components.find((c) => c.id === hostId);
  if (host) {
    const cols = Math.max(1, ...rows.values());
    const usedRows = Math.max(1, ...[...rows.keys()].map((r) => r + 1));
    host.size = { width: CELL.padX * 2 + cols * CELL.width - 40, height: CELL.padY + usedRows * CELL.height + 20 };
  }
  const connections: Connection[] = result.connections
    .filter((x) => idOf.has(x.from) && idOf.has(x.to))
    .map((x) =>
      withConnectionProvenance(
        {
          id: idFromKey(`c-${x.type}-${x.from}-${x.to}`, taken),
          type: x.type,
          source: idOf.get(x.from)!,
          target: idOf.get(x.to)!,
          label: x.label,
          attributes: Object.fromEntries(Object.entries(x.attributes).map(([k, a]) => [k, a.value])),
        },
        x,
      ),
    );
  return { components, connections, idOf };
}

/** A new document holding only the imported platform (`htw import`). */
export function importToDocument(
  result: ImportResult,
  catalog: TypesOnly & Pick<CatalogData, 'id' | 'version'>,
  options: { id: string; now: string; name: string },
): WorkbenchDocument {
  const parts = buildParts(result, catalog, new Set());
  return {
    format: DOCUMENT_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: options.id,
    name: options.name,
    createdAt: options.now,
    updatedAt: options.now,
    catalog: { id: catalog.id, version: catalog.version },
    scope: {
      assessor: '',
      organisation: '',
      description: `Imported from ${[...new Set(result.components.map((c) => c.source.file))].join(', ')}.`,
      assumptions: '',
    },
    components: Object.fromEntries(parts.components.map((c) => [c.id, c])),
    connections: Object.fromEntries(parts.connections.map((c) => [c.id, c])),
    assessment: {},
    workshops: {},
  };
}

/** A link's imported attribute values keep their source, as a component's do. */
export function withConnectionProvenance(
  connection: Connection,
  imported: ImportResult['connections'][number],
): Connection {
  const entries = Object.entries(imported.attributes);
  if (entries.length)
    connection.provenance = Object.fromEntries(entries.map(([k, a]) => [k, { file: a.source.file, at: a.source.at }]));
  return connection;
}
