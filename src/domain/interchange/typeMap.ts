/**
 * The editable table that maps other tools' component type names ("server", "vm", "virtual
 * switch", ...) onto catalog component types when a model is imported from OTM and similar
 * formats. The data lives in threat-catalog/interchange-type-map.json; this module owns its
 * schema and the lookup.
 */
import { z } from '../zod';

const catalogTypeId = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));
/** A foreign type name as `normalizeTypeName` leaves it: lower case words joined by `-`. */
const normalizedName = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), z.maxLength(80));

export const InterchangeTypeMapSchema = z.strictObject({
  /** Editors' JSON Schema pointer. */
  $schema: z.optional(z.string().check(z.maxLength(300))),
  description: z.optional(z.string().check(z.maxLength(2000))),
  /** Normalised foreign component type name -> catalog component type id. */
  componentTypes: z.record(normalizedName, catalogTypeId),
  /** Normalised foreign name -> catalog connection type id (data flows carry a type only in tags). */
  connectionTypes: z.record(normalizedName, catalogTypeId),
  /**
   * The type given to a component whose type nothing maps: the catalog's neutral `unmapped`
   * type (no rule reads it), flagged "needs review: choose a type" until the user changes it.
   */
  unknownComponentType: catalogTypeId,
  /** The type of a data flow whose type nothing names. */
  defaultConnectionType: catalogTypeId,
  /** The type of a trust zone whose type nothing maps to a container type. */
  defaultTrustZoneType: catalogTypeId,
});

export type InterchangeTypeMap = z.infer<typeof InterchangeTypeMapSchema>;

/** "Virtual Switch", "virtual_switch" and "virtual-switch" all become `virtual-switch`. */
export function normalizeTypeName(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

/** The part of the catalog a mapping is resolved against. */
export interface TypeIds {
  readonly componentTypes: readonly { readonly id: string; readonly container?: boolean }[];
  readonly connectionTypes: readonly { readonly id: string }[];
}

/** Catalog type ids the table names that the catalog does not have (empty when consistent). */
export function typeMapProblems(map: InterchangeTypeMap, catalog: TypeIds): string[] {
  const components = new Set(catalog.componentTypes.map((t) => t.id));
  const connections = new Set(catalog.connectionTypes.map((t) => t.id));
  const problems: string[] = [];
  for (const [name, type] of Object.entries(map.componentTypes))
    if (!components.has(type)) problems.push(`componentTypes["${name}"]: unknown component type "${type}"`);
  for (const [name, type] of Object.entries(map.connectionTypes))
    if (!connections.has(type)) problems.push(`connectionTypes["${name}"]: unknown connection type "${type}"`);
  if (!components.has(map.unknownComponentType))
    problems.push(`unknownComponentType: unknown component type "${map.unknownComponentType}"`);
  if (!connections.has(map.defaultConnectionType))
    problems.push(`defaultConnectionType: unknown connection type "${map.defaultConnectionType}"`);
  if (!components.has(map.defaultTrustZoneType))
    problems.push(`defaultTrustZoneType: unknown component type "${map.defaultTrustZoneType}"`);
  return problems;
}

/**
 * The catalog type for a foreign component type name: a catalog id as it is, else the table's
 * entry, else `undefined` (the caller then uses `unknownComponentType` and flags the component).
 */
export function mapComponentType(name: string, map: InterchangeTypeMap, catalog: TypeIds): string | undefined {
  if (catalog.componentTypes.some((t) => t.id === name)) return name;
  const key = normalizeTypeName(name);
  if (catalog.componentTypes.some((t) => t.id === key)) return key;
  return Object.hasOwn(map.componentTypes, key) ? map.componentTypes[key] : undefined;
}

/** The catalog connection type for a foreign name, or `undefined`. */
export function mapConnectionType(name: string, map: InterchangeTypeMap, catalog: TypeIds): string | undefined {
  if (catalog.connectionTypes.some((t) => t.id === name)) return name;
  const key = normalizeTypeName(name);
  if (catalog.connectionTypes.some((t) => t.id === key)) return key;
  return Object.hasOwn(map.connectionTypes, key) ? map.connectionTypes[key] : undefined;
}
