/**
 * A Threat Dragon v2 model as a new workbench project: its diagrams onto our canvas, element
 * types through the same editable mapping table as OTM (the element's name first, "Hypervisor",
 * "vCenter"…, then its Threat Dragon kind: process, store, actor), boundary boxes as trust
 * boundaries holding the elements drawn inside them, flows as connections. Elements nothing
 * maps are kept with the fallback type and flagged for review. The result goes through
 * `readDocument` like our own files: a refused file changes nothing and the error names where.
 */
import type { CatalogData } from '../../catalog/schema';
import type { ImportResult } from '../../io/importErrors';
import { formatJsonPath } from '../../io/jsonPath';
import { readDocument } from '../../io/readDocument';
import { DEFAULT_JSON_LIMITS, parseUntrustedJson } from '../../io/untrustedJson';
import { MAX_PROJECT_FILE_BYTES } from '../../io/projectFileFormat';
import { CURRENT_SCHEMA_VERSION, DOCUMENT_FORMAT, LIMITS, type Component, type Connection } from '../../model/schema';
import { toEngineCatalog, type CatalogSource } from '../../rules/engineCatalog';
import { z } from '../../zod';
import { addLoss, type LossItem } from '../lossReport';
import { mapComponentType, type InterchangeTypeMap } from '../typeMap';
import {
  isContainer,
  recordId,
  typeName,
  type OtmImport,
  type OtmImportOptions,
  type ReviewItem,
} from '../otm/fromOtm';
import { THREAT_DRAGON_FORMAT_NAME } from './toThreatDragon';
import { flagUnmapped } from '../unmapped';
import { plural, pluralWord } from '../../text/plural';

const text = (max: number) => z.string().check(z.maxLength(max));
const point = () => z.object({ x: z.number(), y: z.number() });
const end = () => z.nullish(z.object({ cell: z.nullish(text(200)) }));

const CellInput = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  shape: text(100),
  position: z.nullish(point()),
  size: z.nullish(z.object({ width: z.number(), height: z.number() })),
  source: end(),
  target: end(),
  data: z.nullish(
    z.object({
      type: z.nullish(text(100)),
      name: z.nullish(text(LIMITS.name)),
      description: z.nullish(text(LIMITS.notes)),
      threats: z.nullish(z.array(z.unknown())),
    }),
  ),
  threats: z.nullish(z.array(z.unknown())),
});

const ThreatDragonInput = z.object({
  version: z.string().check(z.regex(/^2\./, { error: 'this importer reads Threat Dragon version 2 models' })),
  summary: z.object({
    title: z.string().check(z.minLength(1), z.maxLength(LIMITS.name)),
    owner: z.nullish(text(LIMITS.name)),
    description: z.nullish(text(LIMITS.notes)),
  }),
  detail: z.object({ diagrams: z.array(z.object({ title: z.nullish(text(LIMITS.name)), cells: z.array(CellInput) })) }),
});

type Cell = z.infer<typeof CellInput>;
const DEFAULT_SIZE = { width: 160, height: 80 };
/** Later diagrams are placed below the earlier ones, so they do not overlap on our one canvas. */
const DIAGRAM_GAP = 200;

function invalid(path: readonly PropertyKey[], message: string, more = 0): ImportResult<never> {
  return {
    ok: false,
    error: {
      kind: 'invalid-interchange',
      format: THREAT_DRAGON_FORMAT_NAME,
      path: formatJsonPath(path),
      message,
      more,
    },
  };
}

const kindOf = (cell: Cell) => (cell.data?.type ?? '').replace(/^tm\./, '').toLowerCase() || cell.shape.toLowerCase();
const isFlow = (cell: Cell) => cell.shape === 'flow' || cell.data?.type === 'tm.Flow';
const isBox = (cell: Cell) => cell.shape === 'trust-boundary-box' || cell.data?.type === 'tm.BoundaryBox';
/** Curved boundaries (lines) and text blocks have no counterpart: they are counted as lost. */
const isSkipped = (cell: Cell) =>
  cell.shape === 'trust-boundary-curve' ||
  cell.data?.type === 'tm.Boundary' ||
  cell.shape === 'td-text-block' ||
  cell.data?.type === 'tm.Text';

function typeFor(cell: Cell, map: InterchangeTypeMap, catalog: CatalogData): string | undefined {
  if (isBox(cell)) return map.defaultTrustZoneType;
  const name = cell.data?.name ?? '';
  return (
    (name !== '' ? mapComponentType(name, map, catalog) : undefined) ?? mapComponentType(kindOf(cell), map, catalog)
  );
}

export function importThreatDragon(
  input: string,
  source: CatalogSource,
  options: Omit<OtmImportOptions, 'typeMap'> & { typeMap: InterchangeTypeMap },
): ImportResult<OtmImport> {
  const catalog: CatalogData = toEngineCatalog(source).data;
  const parsed = parseUntrustedJson(
    input,
    options.limits ?? { ...DEFAULT_JSON_LIMITS, maxBytes: MAX_PROJECT_FILE_BYTES },
    options.byteLength,
  );
  if (!parsed.ok) return parsed;
  const recordLimits = options.recordLimits ?? { components: LIMITS.components, connections: LIMITS.connections };
  const shaped = ThreatDragonInput.safeParse(parsed.value);
  if (!shaped.success) {
    const issue = shaped.error.issues[0]!;
    return invalid(issue.path, issue.message, shaped.error.issues.length - 1);
  }
  const cells = shaped.data.detail.diagrams.flatMap((d, di) => d.cells.map((cell, ci) => ({ cell, di, ci })));
  const nodes = cells.filter(({ cell }) => !isFlow(cell) && !isSkipped(cell));
  const flows = cells.filter(({ cell }) => isFlow(cell));
  if (nodes.length > recordLimits.components)
    return {
      ok: false,
      error: { kind: 'too-many', what: 'components', count: nodes.length, limit: recordLimits.components },
    };
  if (flows.length > recordLimits.connections)
    return {
      ok: false,
      error: { kind: 'too-many', what: 'connections', count: flows.length, limit: recordLimits.connections },
    };

  // Absolute rectangles, each diagram below the previous one.
  let offsetY = 0;
  const rect = new Map<string, { x: number; y: number; width: number; height: number }>();
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  const review: ReviewItem[] = [];
  const components = new Map<string, Component>();
  for (const [di, diagram] of shaped.data.detail.diagrams.entries()) {
    let bottom = 0;
    for (const [ci, cell] of diagram.cells.entries()) {
      if (isFlow(cell) || isSkipped(cell)) continue;
      const key = `${di}:${cell.id}`;
      if (ids.has(key))
        return invalid(['detail', 'diagrams', di, 'cells', ci, 'id'], `the id "${cell.id}" is used by another element`);
      const size =
        cell.size &&
        cell.size.width > 0 &&
        cell.size.height > 0 &&
        cell.size.width <= 100_000 &&
        cell.size.height <= 100_000
          ? cell.size
          : DEFAULT_SIZE;
      const at = cell.position ?? { x: 0, y: 0 };
      const r = { x: at.x, y: at.y + offsetY, width: size.width, height: size.height };
      if (Math.abs(r.x) > LIMITS.position || Math.abs(r.y) > LIMITS.position)
        return invalid(
          ['detail', 'diagrams', di, 'cells', ci, 'position'],
          `the position is beyond ±${LIMITS.position}`,
        );
      bottom = Math.max(bottom, r.y + r.height);
      const id = recordId(cell.id, taken);
      ids.set(key, id);
      rect.set(id, r);
      const mapped = typeFor(cell, options.typeMap, catalog);
      const type = mapped ?? options.typeMap.unknownComponentType;
      const name = cell.data?.name?.trim() || `${kindOf(cell)} ${ci + 1}`;
      const component: Component = {
        id,
        type,
        name,
        notes: cell.data?.description ?? '',
        position: { x: r.x, y: r.y },
        attributes: {},
      };
      if (isContainer(catalog, type)) component.size = { width: r.width, height: r.height };
      if (!mapped) {
        flagUnmapped(component, cell.data?.type ?? cell.shape, THREAT_DRAGON_FORMAT_NAME, catalog);
        review.push({
          componentId: id,
          text: `${name}: neither its name nor its ${THREAT_DRAGON_FORMAT_NAME} kind "${cell.data?.type ?? cell.shape}" is in the mapping table (threat-catalog/interchange-type-map.json): imported as ${typeName(catalog, type)}. Check its type.`,
        });
      }
      components.set(id, component);
    }
    offsetY = bottom + DIAGRAM_GAP;
  }
  // Containment from geometry: the smallest container whose rectangle holds the element's.
  const containers = [...components.values()].filter((c) => isContainer(catalog, c.type));
  for (const c of components.values()) {
    const r = rect.get(c.id)!;
    const holder = containers
      .filter((box) => box.id !== c.id)
      .map((box) => ({ box, b: rect.get(box.id)! }))
      .filter(
        ({ b }) =>
          b.x <= r.x &&
          b.y <= r.y &&
          b.x + b.width >= r.x + r.width &&
          b.y + b.height >= r.y + r.height &&
          b.width * b.height > r.width * r.height,
      )
      .sort((a, b) => a.b.width * a.b.height - b.b.width * b.b.height)[0];
    if (holder) {
      c.parentId = holder.box.id;
      c.position = { x: r.x - holder.b.x, y: r.y - holder.b.y };
    }
  }

  const connections: Record<string, Connection> = {};
  const connectionIds = new Set<string>();
  for (const { cell, di, ci } of flows) {
    const endOf = (which: 'source' | 'target'): ImportResult<string> => {
      const ref = cell[which]?.cell;
      const id = ref ? ids.get(`${di}:${ref}`) : undefined;
      return id
        ? { ok: true, value: id }
        : invalid(
            ['detail', 'diagrams', di, 'cells', ci, which],
            ref
              ? `names "${ref}", which is not an element of the diagram`
              : 'the flow is not attached to an element at this end',
          );
    };
    const from = endOf('source');
    if (!from.ok) return from;
    const to = endOf('target');
    if (!to.ok) return to;
    const id = recordId(cell.id, connectionIds);
    connections[id] = {
      id,
      type: options.typeMap.defaultConnectionType,
      source: from.value,
      target: to.value,
      label: cell.data?.name ?? '',
      attributes: {},
    };
  }

  const document = {
    format: DOCUMENT_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: options.id,
    name: shaped.data.summary.title,
    createdAt: options.now,
    updatedAt: options.now,
    catalog: { id: catalog.id, version: catalog.version },
    scope: {
      assessor: shaped.data.summary.owner ?? '',
      organisation: '',
      description: shaped.data.summary.description ?? '',
      assumptions: '',
    },
    components: Object.fromEntries(components),
    connections,
    assessment: {},
    workshops: {},
  };
  const read = readDocument(document, catalog, { recordLimits });
  if (!read.ok) return read;
  const items: LossItem[] = [];
  const threats = cells.reduce(
    (n, { cell }) => n + Math.max(cell.data?.threats?.length ?? 0, cell.threats?.length ?? 0),
    0,
  );
  const skipped = cells.filter(({ cell }) => isSkipped(cell)).length;
  addLoss(
    items,
    'threats',
    threats,
    `${plural(threats, 'threat')} on the diagram: the workbench derives threats from its catalog rules, so they are not imported.`,
  );
  addLoss(
    items,
    'curves',
    skipped,
    `${plural(skipped, 'boundary line')} or text ${pluralWord(skipped, 'block')}: only boundary boxes become trust boundaries.`,
  );
  addLoss(
    items,
    'review',
    review.length,
    `${plural(review.length, 'element')} of unmapped type: imported as ${typeName(catalog, options.typeMap.unknownComponentType)} and flagged for review.`,
  );
  return {
    ok: true,
    value: { document: read.value, review, losses: { format: THREAT_DRAGON_FORMAT_NAME, direction: 'import', items } },
  };
}
