/**
 * Catalog-driven defaults and checks for editing: initial attributes and names of new
 * components, and whether the catalog allows a connection between two component types.
 */
import type { CatalogData } from '../catalog/schema';
import type { Attributes, WorkbenchDocument } from './schema';
import { own } from './ownEntry';

type TypesOnly = Pick<CatalogData, 'componentTypes' | 'connectionTypes'>;

/** Initial attributes of a new component: the catalog default, else unknown (`null`). */
export function defaultAttributes(catalog: TypesOnly, typeId: string): Attributes {
  const spec = catalog.componentTypes.find((t) => t.id === typeId);
  const out: Attributes = {};
  for (const attr of spec?.attributes ?? []) {
    if (attr.type === 'text') out[attr.id] = '';
    else out[attr.id] = attr.default ?? null;
  }
  return out;
}

/** "Guest VM 3": the type's name and the next free number among components of that type. */
export function defaultComponentName(catalog: TypesOnly, doc: WorkbenchDocument, typeId: string): string {
  const base = catalog.componentTypes.find((t) => t.id === typeId)?.name ?? typeId;
  const taken = new Set(Object.values(doc.components).map((c) => c.name));
  for (let n = 1; ; n++) {
    const candidate = `${base} ${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

function matches(list: string[], typeId: string): boolean {
  return list.includes('*') || list.includes(typeId);
}

/** Whether a connection of `connectionType` may join `source` to `target`, with a message when not. */
export function checkConnection(
  catalog: TypesOnly,
  doc: WorkbenchDocument,
  source: string,
  target: string,
  connectionType: string,
): { ok: true } | { ok: false; message: string } {
  const from = own(doc.components, source);
  const to = own(doc.components, target);
  if (!from || !to) return { ok: false, message: 'Both ends of a connection must be components on the canvas.' };
  if (source === target) return { ok: false, message: `A component cannot be connected to itself (${from.name}).` };
  const spec = catalog.connectionTypes.find((t) => t.id === connectionType);
  if (!spec) return { ok: false, message: `Unknown connection type "${connectionType}".` };
  const allowed = spec.allowed.some((pair) => matches(pair.from, from.type) && matches(pair.to, to.type));
  if (!allowed) {
    const fromName = catalog.componentTypes.find((t) => t.id === from.type)?.name ?? from.type;
    const toName = catalog.componentTypes.find((t) => t.id === to.type)?.name ?? to.type;
    return {
      ok: false,
      message: `A "${spec.name}" connection cannot go from ${fromName} (${from.name}) to ${toName} (${to.name}).`,
    };
  }
  const duplicate = Object.values(doc.connections).some(
    (c) => c.type === connectionType && c.source === source && c.target === target,
  );
  if (duplicate) return { ok: false, message: `${from.name} and ${to.name} are already joined by "${spec.name}".` };
  return { ok: true };
}

/** Connection types allowed between two components, in catalog order (for the connect menu). */
export function allowedConnectionTypes(
  catalog: TypesOnly,
  doc: WorkbenchDocument,
  source: string,
  target: string,
): string[] {
  return catalog.connectionTypes.filter((t) => checkConnection(catalog, doc, source, target, t.id).ok).map((t) => t.id);
}
