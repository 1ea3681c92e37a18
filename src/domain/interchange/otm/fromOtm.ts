/**
 * An OTM file as a new workbench project. Our own exports come back whole (types, attributes,
 * positions, statuses travel in `htw:` attributes); other tools' files are mapped with the
 * editable type table, and components whose type nothing maps are kept, given the table's
 * fallback type and flagged for review. The result goes through `readDocument`, the same strict
 * check as our own project files, so a refused file changes nothing and the error names where.
 */
import type { CatalogData } from '../../catalog/schema';
import { toEngineCatalog, type CatalogSource } from '../../rules/engineCatalog';
import { importToError } from './otmErrors';
import { type ImportError, type ImportResult } from '../../io/importErrors';
import { formatJsonPath } from '../../io/jsonPath';
import { type RecordLimits } from '../../io/readDocument';
import { DEFAULT_JSON_LIMITS, parseUntrustedJson, type UntrustedJsonLimits } from '../../io/untrustedJson';
import { MAX_PROJECT_FILE_BYTES } from '../../io/projectFileFormat';
import {
  DOCUMENT_FORMAT,
  LIMITS,
  assessmentKey,
  type AttributeValue,
  type Attributes,
  type Component,
  type Connection,
  type WorkbenchDocument,
} from '../../model/schema';
import { readImportedDocument } from '../importedDocument';
import { addLoss, type LossItem, type LossReport } from '../lossReport';
import { mapComponentType, mapConnectionType, type InterchangeTypeMap } from '../typeMap';
import { CANVAS_REPRESENTATION, HTW, OTM_FORMAT_NAME } from './otmFormat';
import { flagUnmapped } from '../unmapped';
import { OtmFileInput, type OtmComponentInput, type OtmTrustZoneInput } from './otmInputSchema';
import { plural } from '../../text/plural';

export interface OtmImportOptions {
  /** Id of the new project. */
  id: string;
  /** Import time, ISO-8601 UTC: the new project's createdAt and updatedAt. */
  now: string;
  typeMap: InterchangeTypeMap;
  byteLength?: number;
  limits?: UntrustedJsonLimits;
  recordLimits?: RecordLimits;
}

/** A component the user should look at: its type was guessed. */
export interface ReviewItem {
  componentId: string;
  text: string;
}

export interface OtmImport {
  document: WorkbenchDocument;
  review: ReviewItem[];
  losses: LossReport;
}

const RECORD_ID = /^[A-Za-z0-9_-]{1,64}$/;
const ATTRIBUTE_ID = /^[A-Za-z0-9._-]{1,64}$/;
/** Layout of components a foreign file gives no position: a grid inside their parent. */
const GRID = { columns: 3, width: 260, height: 100, gapX: 40, gapY: 40, padX: 28, padY: 56 } as const;

function invalid(path: readonly PropertyKey[], message: string, more = 0): ImportResult<never> {
  return {
    ok: false,
    error: { kind: 'invalid-interchange', format: OTM_FORMAT_NAME, path: formatJsonPath(path), message, more },
  };
}

/** A record id for a foreign id: kept when it already is one and free, else made from it. */
export function recordId(foreign: string, taken: Set<string>): string {
  let base = RECORD_ID.test(foreign)
    ? foreign
    : foreign
        .replace(/[^A-Za-z0-9_-]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 56) || 'item';
  if (base.length > 56 && taken.has(base)) base = base.slice(0, 56);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

function isScalar(value: unknown): value is AttributeValue {
  return (
    value === null ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value)) ||
    (typeof value === 'string' && value.length <= LIMITS.shortText)
  );
}

/** Our attributes from an OTM attribute map: scalar values under valid ids; `htw:` keys are ours and skipped. */
function ownAttributes(source: Record<string, unknown> | null | undefined, dropped: { count: number }): Attributes {
  const out: Attributes = {};
  for (const [key, value] of Object.entries(source ?? {})) {
    if (key.startsWith('htw:')) continue;
    if (ATTRIBUTE_ID.test(key) && isScalar(value)) out[key] = value;
    else dropped.count++;
  }
  return out;
}

type Placed = { position?: { x: number; y: number }; size?: { width: number; height: number } };

/** Position and size from our canvas representation, else the first diagram element that has one. */
function placement(element: OtmComponentInput | OtmTrustZoneInput): Placed {
  const list = element.representations ?? [];
  const chosen = list.find((r) => r.representation === CANVAS_REPRESENTATION) ?? list.find((r) => r.position);
  if (!chosen) return {};
  const fits = (v: number) => Math.abs(v) <= LIMITS.position;
  const position =
    chosen.position && fits(chosen.position.x) && fits(chosen.position.y)
      ? { x: chosen.position.x, y: chosen.position.y }
      : undefined;
  const size =
    chosen.size &&
    chosen.size.width > 0 &&
    chosen.size.height > 0 &&
    chosen.size.width <= 100_000 &&
    chosen.size.height <= 100_000
      ? { ...chosen.size }
      : undefined;
  return { ...(position ? { position } : {}), ...(size ? { size } : {}) };
}

function stringAttribute(attributes: Record<string, unknown> | null | undefined, key: string): string | undefined {
  const value = attributes?.[key];
  return typeof value === 'string' ? value : undefined;
}

export function isContainer(catalog: CatalogData, type: string): boolean {
  return catalog.componentTypes.find((t) => t.id === type)?.container === true;
}

export function typeName(catalog: CatalogData, type: string): string {
  return catalog.componentTypes.find((t) => t.id === type)?.name ?? type;
}

/** Grid positions for components without one, and sizes for containers without one (fitted to their children). */
export function layOut(components: Map<string, Component>, unplaced: Set<string>, catalog: CatalogData): void {
  const children = new Map<string | undefined, Component[]>();
  for (const c of components.values()) {
    const key = c.parentId !== undefined && components.has(c.parentId) ? c.parentId : undefined;
    children.set(key, [...(children.get(key) ?? []), c]);
  }
  for (const [parent, list] of children) {
    let slot = 0;
    for (const c of list) {
      if (!unplaced.has(c.id)) continue;
      const pad = parent === undefined ? { x: 40, y: 40 } : { x: GRID.padX, y: GRID.padY };
      c.position = {
        x: pad.x + (slot % GRID.columns) * (GRID.width + GRID.gapX),
        y: pad.y + Math.floor(slot / GRID.columns) * (GRID.height + GRID.gapY),
      };
      slot++;
    }
  }
  // Containers without a size are fitted around their children, innermost first (depth-limited: cycles are refused later).
  const needsSize = new Set(
    [...components.values()].filter((c) => isContainer(catalog, c.type) && !c.size).map((c) => c.id),
  );
  const fit = (c: Component, depth: number): { width: number; height: number } => {
    if (!needsSize.has(c.id) || depth > 64) return c.size ?? { width: GRID.width, height: GRID.height };
    needsSize.delete(c.id);
    let width = GRID.width + 2 * GRID.padX;
    let height = GRID.height + GRID.padY + GRID.padX;
    for (const child of children.get(c.id) ?? []) {
      const s = fit(child, depth + 1);
      width = Math.max(width, child.position.x + s.width + GRID.padX);
      height = Math.max(height, child.position.y + s.height + GRID.padX);
    }
    c.size = { width: Math.min(width, 100_000), height: Math.min(height, 100_000) };
    return c.size;
  };
  for (const c of components.values()) fit(c, 0);
}

/**
 * Reads an OTM file into a new project. Checks, in order: the text as untrusted JSON, the
 * record counts, the OTM shape (errors name the OTM path), every reference, then the built
 * document as `readDocument` checks our own files. Pure; the input is never modified.
 */
export function importOtm(text: string, source: CatalogSource, options: OtmImportOptions): ImportResult<OtmImport> {
  const catalog: CatalogData = toEngineCatalog(source).data;
  const limits = options.limits ?? { ...DEFAULT_JSON_LIMITS, maxBytes: MAX_PROJECT_FILE_BYTES };
  const parsed = parseUntrustedJson(text, limits, options.byteLength);
  if (!parsed.ok) return parsed;
  const recordLimits = options.recordLimits ?? { components: LIMITS.components, connections: LIMITS.connections };
  const counted = tooMany(parsed.value, recordLimits);
  if (counted) return { ok: false, error: counted };
  const shaped = OtmFileInput.safeParse(parsed.value);
  if (!shaped.success) {
    const issue = shaped.error.issues[0]!;
    return invalid(issue.path, issue.message, shaped.error.issues.length - 1);
  }
  return importToError(() => build(shaped.data, catalog, options, recordLimits));
}

export function tooMany(value: unknown, limits: RecordLimits): ImportError | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const length = (key: string) => {
    const list: unknown = (value as Record<string, unknown>)[key];
    return Array.isArray(list) ? list.length : 0;
  };
  const components = length('components') + length('trustZones');
  if (components > limits.components)
    return { kind: 'too-many', what: 'components', count: components, limit: limits.components };
  const connections = length('dataflows');
  if (connections > limits.connections)
    return { kind: 'too-many', what: 'connections', count: connections, limit: limits.connections };
  return undefined;
}

function build(
  file: OtmFileInput,
  catalog: CatalogData,
  options: OtmImportOptions,
  recordLimits: RecordLimits,
): ImportResult<OtmImport> {
  const ours = file.project.attributes?.[HTW.format] === DOCUMENT_FORMAT;
  const zones = file.trustZones ?? [];
  const elements = file.components ?? [];
  const taken = new Set<string>();
  const zoneIds = new Map<string, string>();
  const componentIds = new Map<string, string>();
  const synthetic = new Set<string>();
  for (const [i, zone] of zones.entries()) {
    if (zoneIds.has(zone.id) || synthetic.has(zone.id))
      return invalid(['trustZones', i, 'id'], `the id "${zone.id}" is used by another trust zone`);
    if (zone.attributes?.[HTW.synthetic] === true) synthetic.add(zone.id);
    else zoneIds.set(zone.id, recordId(zone.id, taken));
  }
  for (const [i, element] of elements.entries()) {
    if (componentIds.has(element.id))
      return invalid(['components', i, 'id'], `the id "${element.id}" is used by another component`);
    componentIds.set(element.id, recordId(element.id, taken));
  }

  const components = new Map<string, Component>();
  const unplaced = new Set<string>();
  const review: ReviewItem[] = [];
  const droppedAttributes = { count: 0 };

  const resolveParent = (
    parent: OtmComponentInput['parent'],
    path: PropertyKey[],
  ): ImportResult<string | undefined> => {
    if (!parent) return { ok: true, value: undefined };
    if (parent.trustZone) {
      if (synthetic.has(parent.trustZone)) return { ok: true, value: undefined };
      const id = zoneIds.get(parent.trustZone);
      return id
        ? { ok: true, value: id }
        : invalid([...path, 'trustZone'], `names the trust zone "${parent.trustZone}", which the file does not have`);
    }
    if (parent.component) {
      const id = componentIds.get(parent.component) ?? zoneIds.get(parent.component);
      return id
        ? { ok: true, value: id }
        : invalid([...path, 'component'], `names the component "${parent.component}", which the file does not have`);
    }
    return { ok: true, value: undefined };
  };

  const add = (
    element: OtmComponentInput | OtmTrustZoneInput,
    id: string,
    type: string,
    parent: string | undefined,
  ) => {
    const { position, size } = placement(element);
    const provenance = element.attributes?.[HTW.provenance];
    const component: Component = {
      id,
      type,
      name: element.name,
      notes: element.description ?? '',
      position: position ?? { x: 0, y: 0 },
      ...(size ? { size } : {}),
      ...(parent !== undefined ? { parentId: parent } : {}),
      attributes: ownAttributes(element.attributes, droppedAttributes),
      ...(provenance !== undefined ? { provenance: provenance as Component['provenance'] } : {}),
    };
    if (!position) unplaced.add(id);
    components.set(id, component);
  };

  for (const [i, zone] of zones.entries()) {
    const id = zoneIds.get(zone.id);
    if (!id) continue;
    const parent = resolveParent(zone.parent, ['trustZones', i, 'parent']);
    if (!parent.ok) return parent;
    const mapped = zone.type ? mapComponentType(zone.type, options.typeMap, catalog) : undefined;
    add(zone, id, mapped && isContainer(catalog, mapped) ? mapped : options.typeMap.defaultTrustZoneType, parent.value);
  }
  for (const [i, element] of elements.entries()) {
    const id = componentIds.get(element.id)!;
    const parent = resolveParent(element.parent, ['components', i, 'parent']);
    if (!parent.ok) return parent;
    const mapped = mapComponentType(element.type, options.typeMap, catalog);
    const type = mapped ?? options.typeMap.unknownComponentType;
    add(element, id, type, parent.value);
    if (!mapped) {
      const note = `The ${OTM_FORMAT_NAME} type "${element.type}" is not in the mapping table (threat-catalog/interchange-type-map.json): imported as ${typeName(catalog, type)}. Check its type.`;
      flagUnmapped(components.get(id)!, element.type, OTM_FORMAT_NAME, catalog);
      review.push({ componentId: id, text: `${element.name}: ${note}` });
    }
  }
  layOut(components, unplaced, catalog);

  const connections: Record<string, Connection> = {};
  const connectionIds = new Set<string>();
  for (const [i, flow] of (file.dataflows ?? []).entries()) {
    const end = (ref: string, key: 'source' | 'destination'): ImportResult<string> => {
      const id = componentIds.get(ref) ?? zoneIds.get(ref);
      return id
        ? { ok: true, value: id }
        : invalid(['dataflows', i, key], `names "${ref}", which is neither a component nor a trust zone of the file`);
    };
    const source = end(flow.source, 'source');
    if (!source.ok) return source;
    const target = end(flow.destination, 'destination');
    if (!target.ok) return target;
    const stated = stringAttribute(flow.attributes, HTW.connectionType);
    const fromTags = (flow.tags ?? [])
      .map((t) => (t ? mapConnectionType(t, options.typeMap, catalog) : undefined))
      .find((t) => t !== undefined);
    const type =
      (stated && catalog.connectionTypes.some((t) => t.id === stated) ? stated : undefined) ??
      fromTags ??
      options.typeMap.defaultConnectionType;
    const id = recordId(flow.id, connectionIds);
    connections[id] = {
      id,
      type,
      source: source.value,
      target: target.value,
      label: stringAttribute(flow.attributes, HTW.label) ?? flow.name,
      attributes: ownAttributes(flow.attributes, droppedAttributes),
    };
  }

  const assessment: Record<string, unknown> = {};
  let foreignMitigations = 0;
  for (const mitigation of file.mitigations ?? []) {
    const entries = mitigation.attributes?.[HTW.assessment];
    if (!Array.isArray(entries)) {
      foreignMitigations++;
      continue;
    }
    for (const entry of entries) {
      if (entry === null || typeof entry !== 'object') continue;
      const record = entry as { recommendationId?: unknown; scope?: unknown };
      const scope =
        typeof record.scope === 'string' && record.scope !== 'platform'
          ? (componentIds.get(record.scope) ?? zoneIds.get(record.scope) ?? record.scope)
          : record.scope;
      const key =
        typeof record.recommendationId === 'string' && typeof scope === 'string'
          ? assessmentKey(record.recommendationId, scope)
          : `${mitigation.id}-${Object.keys(assessment).length}`;
      assessment[key] = { ...entry, scope };
    }
  }

  const attributes = file.project.attributes ?? {};
  const scope = {
    assessor: file.project.owner ?? '',
    organisation: stringAttribute(attributes, HTW.organisation) ?? '',
    description: file.project.description ?? '',
    assumptions: stringAttribute(attributes, HTW.assumptions) ?? '',
  };
  const read = readImportedDocument(
    { name: file.project.name, scope, components, connections, assessment },
    catalog,
    options,
    recordLimits,
  );
  if (!read.ok) return read;

  const items: LossItem[] = [];
  const threats = (file.threats ?? []).length;
  addLoss(
    items,
    'threats',
    threats,
    `${plural(threats, 'threat')} of the file${ours ? '' : ' and their instances'}: the workbench derives threats from its catalog rules, so they are ${ours ? 'recomputed' : 'not imported'}.`,
  );
  addLoss(
    items,
    'mitigations',
    foreignMitigations,
    `${plural(foreignMitigations, 'mitigation')} without workbench assessment data: not imported (the checklist comes from the catalog's HY-SR items).`,
  );
  addLoss(
    items,
    'attributes',
    droppedAttributes.count,
    `${plural(droppedAttributes.count, 'attribute')} with a nested value or a name the workbench cannot store: left out.`,
  );
  addLoss(
    items,
    'review',
    review.length,
    `${plural(review.length, 'component')} of unmapped type: imported as ${typeName(catalog, options.typeMap.unknownComponentType)} and flagged for review.`,
  );
  return {
    ok: true,
    value: { document: read.value, review, losses: { format: OTM_FORMAT_NAME, direction: 'import', items } },
  };
}
