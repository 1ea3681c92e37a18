/**
 * The Components list (issue 15): every component of the platform, grouped by the host or
 * boundary it sits in, whether or not React Flow has rendered it. React Flow leaves off-screen
 * nodes out of the DOM, so without this list a keyboard or screen-reader user could not reach
 * them. Pure: the dialog (ComponentListDialog) only draws what this returns.
 */
import type { WorkbenchDocument } from '../../domain/model/schema';
import type { CatalogData } from '../../domain/catalog/schema';
import { own } from '../../domain/model/ownEntry';

export interface ComponentListItem {
  id: string;
  name: string;
  typeName: string;
}

export interface ComponentListGroup {
  /** The container's id, or null for the components at the top level of the canvas. */
  containerId: string | null;
  /** "Top level", or the container's path: "kvm-node-01 › Trust boundary". */
  label: string;
  items: ComponentListItem[];
}

const byName = (a: { name: string }, b: { name: string }) =>
  a.name.localeCompare(b.name, undefined, { numeric: true, sensitivity: 'base' });

/** The names from the outermost container down to `id`, joined by " › ". */
function pathOf(doc: WorkbenchDocument, id: string): string {
  const names: string[] = [];
  const seen = new Set<string>();
  let current = own(doc.components, id);
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    names.unshift(current.name);
    current = current.parentId ? own(doc.components, current.parentId) : undefined;
  }
  return names.join(' › ');
}

/**
 * The groups, top level first, then each container in the order of a walk from the top (by
 * name at each level), each holding its direct children by name. A component matches the
 * filter when its name or its type's name contains the filter text (case and accents aside).
 */
export function componentListGroups(
  doc: WorkbenchDocument,
  catalog: Pick<CatalogData, 'componentTypes'>,
  filter = '',
): ComponentListGroup[] {
  const typeName = new Map(catalog.componentTypes.map((t) => [t.id, t.name]));
  const needle = fold(filter.trim());
  const children = new Map<string | null, ComponentListItem[]>();
  for (const c of Object.values(doc.components)) {
    // A parent that is missing from the document leaves the child at the top level (as drawn).
    const parent = c.parentId && own(doc.components, c.parentId) ? c.parentId : null;
    const item = { id: c.id, name: c.name, typeName: typeName.get(c.type) ?? c.type };
    const list = children.get(parent);
    if (list) list.push(item);
    else children.set(parent, [item]);
  }
  const groups: ComponentListGroup[] = [];
  const visited = new Set<string | null>();
  const walk = (containerId: string | null) => {
    if (visited.has(containerId)) return;
    visited.add(containerId);
    const items = [...(children.get(containerId) ?? [])].sort(byName);
    const shown =
      needle === '' ? items : items.filter((i) => fold(i.name).includes(needle) || fold(i.typeName).includes(needle));
    if (shown.length > 0)
      groups.push({ containerId, label: containerId === null ? 'Top level' : pathOf(doc, containerId), items: shown });
    for (const item of items) if (children.has(item.id)) walk(item.id);
  };
  walk(null);
  // Whatever a walk from the top cannot reach (a parent cycle in a hand-edited file) is listed too.
  for (const containerId of children.keys()) walk(containerId);
  return groups;
}

/** Lower case without diacritics, so "kvm" finds "KVM" and "reseau" finds "réseau". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
