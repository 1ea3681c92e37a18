/**
 * Model warnings: things the engine tolerates but the user should fix. Each warning names
 * its component (or connection) by name and carries its id so the UI can select it.
 */
import type { Component, WorkbenchDocument } from '../model/schema';
import type { Finding, ValidationWarning } from './types';
import { toEngineCatalog, type CatalogSource } from './engineCatalog';
import { indexDocument } from './indexDocument';
import { evaluate } from './evaluate';
import { own } from '../model/ownEntry';

/**
 * Categories of containers a VM may live in: a host (`platform`), or a trust boundary standing
 * for a cluster or zone whose hosts are not drawn (the catalog allows VMs there).
 */
const HOST_CATEGORIES = new Set(['platform', 'boundary']);

function matchesType(list: readonly string[], typeId: string): boolean {
  return list.includes('*') || list.includes(typeId);
}

/**
 * Warnings about `document` against `catalog`, in a fixed order (components by id, then
 * connections by id, then missing inputs by finding order):
 * - `unknown-type`: a component or connection type the catalog does not define;
 * - `invalid-parent`: a parent that does not exist, is part of a nesting cycle, or is not
 *   among the type's `allowedParents` (a top-level-only type nested anywhere);
 * - `vm-outside-host`: a component of category `vm` with no ancestor of category `platform`
 *   or `boundary` (a VM at the top level of the canvas);
 * - `dangling-connection`: a connection whose source or target is not in the model;
 * - `disallowed-connection`: a connection between types its type does not allow (undirected
 *   types are checked both ways);
 * - `needs-type`: a component of the neutral category `unmapped` (an import could not tell its
 *   type): no rule reads it until the user chooses a type;
 * - `missing-attribute`: an attribute a rule needs to decide but left unknown (one warning
 *   per component/connection and attribute, from the needs-input findings).
 */
export function validateModel(
  document: WorkbenchDocument,
  catalog: CatalogSource,
  findings: readonly Finding[] = evaluate(document, catalog),
): ValidationWarning[] {
  const cat = toEngineCatalog(catalog);
  const idx = indexDocument(document);
  const warnings: ValidationWarning[] = [];
  const category = (c: Component) => cat.componentTypes.get(c.type)?.category ?? '';
  // hosted(c): some ancestor is a host or boundary. Memoised along each parent chain, so the
  // whole pass is linear; chains that loop are collected in `cyclic`.
  const hostedMemo = new Map<string, boolean>();
  const cyclic = new Set<string>();
  const isHosted = (start: Component): boolean => {
    const path: Component[] = [];
    const onPath = new Set<string>();
    let value = false;
    let c: Component | undefined = start;
    while (c) {
      const memo = hostedMemo.get(c.id);
      if (memo !== undefined) {
        value = memo;
        break;
      }
      if (onPath.has(c.id)) {
        for (const p of path) cyclic.add(p.id);
        break;
      }
      onPath.add(c.id);
      path.push(c);
      const parent: Component | undefined = c.parentId !== undefined ? idx.componentById.get(c.parentId) : undefined;
      if (parent && HOST_CATEGORIES.has(category(parent))) {
        value = true;
        break;
      }
      c = parent;
    }
    for (const p of path) hostedMemo.set(p.id, value);
    return value;
  };
  for (const component of idx.components) {
    const type = cat.componentTypes.get(component.type);
    const label = `"${component.name}"`;
    if (!type) {
      warnings.push({
        code: 'unknown-type',
        componentId: component.id,
        message: `${label} has type "${component.type}", which the catalog does not define`,
      });
    }
    const hosted = isHosted(component);
    if (component.parentId !== undefined) {
      const parent = idx.componentById.get(component.parentId);
      if (!parent) {
        warnings.push({
          code: 'invalid-parent',
          componentId: component.id,
          message: `${label} is nested in a component that does not exist`,
        });
      } else if (cyclic.has(component.id)) {
        warnings.push({
          code: 'invalid-parent',
          componentId: component.id,
          message: `${label} is nested in a cycle of parents`,
        });
      } else if (type && !type.allowedParents.includes(parent.type)) {
        const parentType = cat.componentTypes.get(parent.type)?.name ?? parent.type;
        warnings.push({
          code: 'invalid-parent',
          componentId: component.id,
          message:
            type.allowedParents.length === 0
              ? `${label} (${type.name}) must be at the top level, not inside "${parent.name}"`
              : `${label} (${type.name}) cannot be inside "${parent.name}" (${parentType})`,
        });
      }
    }
    if (type?.category === 'unmapped') {
      const source = component.attributes['interchange.sourceType'];
      warnings.push({
        code: 'needs-type',
        componentId: component.id,
        message: `${label} is an ${type.name}${typeof source === 'string' && source !== '' ? ` (type "${source}" in the imported file)` : ''}: needs review: choose a type`,
      });
    }
    if (type?.category === 'vm') {
      if (!hosted) {
        warnings.push({
          code: 'vm-outside-host',
          componentId: component.id,
          message: `${label} (${type.name}) is not inside any host`,
        });
      }
    }
  }
  for (const connection of idx.connections) {
    const source = idx.componentById.get(connection.source);
    const target = idx.componentById.get(connection.target);
    const type = cat.connectionTypes.get(connection.type);
    const typeName = type?.name ?? connection.type;
    if (!source || !target) {
      const missing = [!source ? `source "${connection.source}"` : '', !target ? `target "${connection.target}"` : '']
        .filter(Boolean)
        .join(' and ');
      warnings.push({
        code: 'dangling-connection',
        connectionId: connection.id,
        ...(source ? { componentId: source.id } : target ? { componentId: target.id } : {}),
        message: `The ${typeName} connection ${source ? `from "${source.name}" ` : ''}${target ? `to "${target.name}" ` : ''}has a missing ${missing}`,
      });
      continue;
    }
    if (!type) {
      warnings.push({
        code: 'unknown-type',
        connectionId: connection.id,
        componentId: source.id,
        message: `The link from "${source.name}" to "${target.name}" has type "${connection.type}", which the catalog does not define`,
      });
      continue;
    }
    const allowed = type.allowed.some(
      (p) =>
        (matchesType(p.from, source.type) && matchesType(p.to, target.type)) ||
        (!type.directed && matchesType(p.from, target.type) && matchesType(p.to, source.type)),
    );
    if (!allowed) {
      warnings.push({
        code: 'disallowed-connection',
        connectionId: connection.id,
        componentId: source.id,
        message: `A ${type.name} link cannot join "${source.name}" (${cat.componentTypes.get(source.type)?.name ?? source.type}) to "${target.name}" (${cat.componentTypes.get(target.type)?.name ?? target.type})`,
      });
    }
  }
  const seen = new Set<string>();
  for (const finding of findings) {
    for (const m of finding.reason.missing ?? []) {
      const key = `${m.componentId}\u0000${m.connectionId ?? ''}\u0000${m.attribute}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const owner = idx.componentById.get(m.componentId);
      const connection = m.connectionId !== undefined ? own(document.connections, m.connectionId) : undefined;
      const specs = connection
        ? cat.connectionAttributes.get(connection.type)
        : owner
          ? cat.componentAttributes.get(owner.type)
          : undefined;
      const label = specs?.get(m.attribute)?.label ?? m.attribute;
      const where = connection
        ? `the ${cat.connectionTypes.get(connection.type)?.name ?? connection.type} link "${idx.componentById.get(connection.source)?.name ?? connection.source}" → "${idx.componentById.get(connection.target)?.name ?? connection.target}"`
        : `"${owner?.name ?? m.componentId}"`;
      warnings.push({
        code: 'missing-attribute',
        componentId: m.componentId,
        ...(m.connectionId !== undefined ? { connectionId: m.connectionId } : {}),
        attribute: m.attribute,
        message: `${label} of ${where} is unknown, and rule ${finding.ruleId} needs it to decide`,
      });
    }
  }
  return warnings;
}
