/**
 * Changing a component's type (issue 21: an imported "Unmapped component" gets its real type;
 * also any drawn part). Pure: the document in, the document out with what was kept and what
 * was dropped, or a refusal saying why the change cannot be made.
 *
 * - An attribute the new type defines keeps its value when the value fits the new definition
 *   (same kind, an allowed option, within the number range, not too long); otherwise it gets
 *   the new type's default and, when it held a stated value, is reported as dropped.
 * - An attribute the new type does not define is dropped (reported when it held a stated
 *   value), except the import metadata `interchange.*`, which is not a typed attribute.
 * - Attribute provenance follows the attribute: kept with it, dropped with it.
 * - A container gets a size; a component that is no container any more loses it.
 * - Refused: an unknown type, the same type, a component holding others whose new type cannot
 *   contain, a parent the new type may not sit in.
 */
import type { AttributeSpec, CatalogData } from '../catalog/schema';
import { CONTAINER_SIZE } from './geometry';
import { defaultAttributes } from './componentDefaults';
import { own } from './ownEntry';
import type { AttributeValue, Attributes, Component, WorkbenchDocument } from './schema';
import { plural } from '../text/plural';

/** An attribute value that did not survive the change. */
export interface DroppedAttribute {
  attribute: string;
  /** The old type's label for it (the id when the old type did not define it). */
  label: string;
  value: AttributeValue;
}

export type ChangeTypeResult =
  | { ok: true; document: WorkbenchDocument; kept: string[]; dropped: DroppedAttribute[] }
  | { ok: false; message: string };

const METADATA_PREFIX = 'interchange.';

/** Whether `value` is a valid value of `spec` (unknown only where the spec allows it). */
export function fitsAttribute(spec: AttributeSpec, value: AttributeValue): boolean {
  if (spec.type === 'text') return typeof value === 'string' && value.length <= spec.maxLength;
  if (value === null) return spec.unknownAllowed;
  if (spec.type === 'boolean') return typeof value === 'boolean';
  if (spec.type === 'enum') return typeof value === 'string' && spec.options.some((o) => o.value === value);
  return (
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (spec.min === undefined || value >= spec.min) &&
    (spec.max === undefined || value <= spec.max)
  );
}

const stated = (value: AttributeValue | undefined) => value !== undefined && value !== null && value !== '';

export function changeComponentType(
  doc: WorkbenchDocument,
  componentId: string,
  typeId: string,
  catalog: Pick<CatalogData, 'componentTypes' | 'connectionTypes'>,
  now: string,
): ChangeTypeResult {
  const component = own(doc.components, componentId);
  if (!component) return { ok: false, message: 'The component no longer exists.' };
  const next = catalog.componentTypes.find((t) => t.id === typeId);
  if (!next) return { ok: false, message: `The catalog has no component type "${typeId}".` };
  if (component.type === typeId) return { ok: false, message: `"${component.name}" already is a ${next.name}.` };
  const children = Object.values(doc.components).filter((c) => c.parentId === componentId).length;
  if (children > 0 && !next.container) {
    return {
      ok: false,
      message: `"${component.name}" holds ${plural(children, 'component')}; a ${next.name} cannot contain others. Move them out first.`,
    };
  }
  const parent = component.parentId !== undefined ? own(doc.components, component.parentId) : undefined;
  if (parent && !next.allowedParents.includes(parent.type)) {
    const parentType = catalog.componentTypes.find((t) => t.id === parent.type)?.name ?? parent.type;
    return {
      ok: false,
      message: `A ${next.name} cannot sit inside "${parent.name}" (${parentType}). Move "${component.name}" out first.`,
    };
  }

  const previous = catalog.componentTypes.find((t) => t.id === component.type);
  const labelOf = (id: string) => previous?.attributes.find((a) => a.id === id)?.label ?? id;
  const defaults = defaultAttributes(catalog, typeId);
  const attributes: Attributes = {};
  const kept: string[] = [];
  const dropped: DroppedAttribute[] = [];
  for (const spec of next.attributes) {
    const old = own(component.attributes, spec.id);
    if (old !== undefined && fitsAttribute(spec, old)) {
      attributes[spec.id] = old;
      kept.push(spec.id);
    } else {
      attributes[spec.id] = defaults[spec.id] ?? null;
      if (stated(old)) dropped.push({ attribute: spec.id, label: labelOf(spec.id), value: old! });
    }
  }
  for (const [id, value] of Object.entries(component.attributes)) {
    if (next.attributes.some((a) => a.id === id)) continue;
    if (id.startsWith(METADATA_PREFIX)) {
      attributes[id] = value;
      continue;
    }
    if (stated(value)) dropped.push({ attribute: id, label: labelOf(id), value });
  }

  const { size: _size, provenance: oldProvenance, ...rest } = component;
  const changed: Component = { ...rest, type: typeId, attributes };
  if (next.container) changed.size = component.size ?? { ...CONTAINER_SIZE };
  const provenance = Object.fromEntries(Object.entries(oldProvenance ?? {}).filter(([id]) => kept.includes(id)));
  if (Object.keys(provenance).length > 0) changed.provenance = provenance;
  return {
    ok: true,
    document: { ...doc, components: { ...doc.components, [componentId]: changed }, updatedAt: now },
    kept,
    dropped,
  };
}
