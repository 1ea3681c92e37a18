/**
 * A draw.io diagram as a new workbench project. Vertices are typed through the same editable
 * mapping table as OTM and Threat Dragon: the label first ("Hypervisor", "vCenter"…), then the
 * style's shape names (`shape=mxgraph.cisco.servers.server` tries the whole name, then its last
 * part, "server"; a bare style word such as `swimlane` too). Vertices other cells name as their
 * `parent` become containers holding them (mxGraph child geometry is already relative to the
 * parent, as ours is); edges become connections. Unmapped vertices keep the table's fallback type
 * and are flagged for review. The result goes through `readDocument` like our own files.
 */
import type { CatalogData } from '../../catalog/schema';
import type { ImportResult } from '../../io/importErrors';
import { readDocument } from '../../io/readDocument';
import { MAX_PROJECT_FILE_BYTES } from '../../io/projectFileFormat';
import { CURRENT_SCHEMA_VERSION, DOCUMENT_FORMAT, LIMITS, type Component, type Connection } from '../../model/schema';
import { toEngineCatalog, type CatalogSource } from '../../rules/engineCatalog';
import { addLoss, type LossItem } from '../lossReport';
import { mapComponentType, mapConnectionType, normalizeTypeName, type InterchangeTypeMap } from '../typeMap';
import {
  isContainer,
  recordId,
  typeName,
  type OtmImport,
  type OtmImportOptions,
  type ReviewItem,
} from '../otm/fromOtm';
import { DRAWIO_FORMAT_NAME, DrawioError, readDrawioPages, type DrawioCell } from './drawioXml';
import { flagUnmapped } from '../unmapped';
import { plural, pluralWord } from '../../text/plural';

const DEFAULT_SIZE = { width: 160, height: 80 };
/** Later pages are placed below the earlier ones, so they do not overlap on our one canvas. */
const PAGE_GAP = 200;

function invalid(path: string, message: string): ImportResult<never> {
  return { ok: false, error: { kind: 'invalid-interchange', format: DRAWIO_FORMAT_NAME, path, message, more: 0 } };
}

/** Style values a shape is known by, most specific first: `shape=`, `resIcon=`, a bare first word. */
export function styleNames(style: string): string[] {
  const names: string[] = [];
  for (const part of style.split(';')) {
    const [key, value] = part.includes('=')
      ? [part.slice(0, part.indexOf('=')), part.slice(part.indexOf('=') + 1)]
      : ['', part];
    if (value === '' || (key !== '' && key !== 'shape' && key !== 'resIcon' && key !== 'prIcon')) continue;
    if (key === '' && names.length > 0 && !/^[a-z]/i.test(value)) continue;
    names.push(value, ...(value.includes('.') ? [value.slice(value.lastIndexOf('.') + 1)] : []));
  }
  return names.filter((n) => n.trim() !== '');
}

/** Text boxes and edge labels carry no element: they are counted as lost, not imported. */
const isText = (cell: DrawioCell) =>
  /^(text|edgeLabel)(;|$)/.test(cell.style) || /(^|;)(text|edgeLabel)(;|$)/.test(cell.style);

function typeFor(
  cell: DrawioCell,
  map: InterchangeTypeMap,
  catalog: CatalogData,
): { type: string | undefined; tried: string[] } {
  const tried = [cell.value, ...styleNames(cell.style)].filter((n) => normalizeTypeName(n) !== '');
  for (const name of tried) {
    const type = mapComponentType(name, map, catalog);
    if (type) return { type, tried };
  }
  return { type: undefined, tried };
}

export function importDrawio(
  input: string,
  source: CatalogSource,
  options: Omit<OtmImportOptions, 'typeMap'> & { typeMap: InterchangeTypeMap },
): ImportResult<OtmImport> {
  const catalog: CatalogData = toEngineCatalog(source).data;
  const bytes = options.byteLength ?? input.length;
  if (bytes > MAX_PROJECT_FILE_BYTES)
    return { ok: false, error: { kind: 'too-large', bytes, limit: MAX_PROJECT_FILE_BYTES } };
  let pages;
  try {
    pages = readDrawioPages(input.replace(/^\uFEFF/, ''));
  } catch (error) {
    if (error instanceof DrawioError) return invalid(error.where, error.detail);
    throw error;
  }
  const recordLimits = options.recordLimits ?? { components: LIMITS.components, connections: LIMITS.connections };
  const vertexCount = pages.reduce((n, p) => n + p.cells.filter((c) => c.vertex && !isText(c)).length, 0);
  const edgeCount = pages.reduce((n, p) => n + p.cells.filter((c) => c.edge).length, 0);
  if (vertexCount > recordLimits.components)
    return {
      ok: false,
      error: { kind: 'too-many', what: 'components', count: vertexCount, limit: recordLimits.components },
    };
  if (edgeCount > recordLimits.connections)
    return {
      ok: false,
      error: { kind: 'too-many', what: 'connections', count: edgeCount, limit: recordLimits.connections },
    };

  const taken = new Set<string>();
  const connectionIds = new Set<string>();
  const components = new Map<string, Component>();
  const connections: Record<string, Connection> = {};
  const review: ReviewItem[] = [];
  let texts = 0;
  let loose = 0;
  let offsetY = 0;
  for (const [pi, page] of pages.entries()) {
    const where = (cell: DrawioCell) => `page ${pi + 1} ("${page.name.slice(0, 60)}"), cell "${cell.id.slice(0, 64)}"`;
    const byId = new Map<string, DrawioCell>();
    for (const cell of page.cells) {
      if (byId.has(cell.id)) return invalid(where(cell), 'the id is used by another cell of the page');
      byId.set(cell.id, cell);
    }
    const vertices = page.cells.filter((c) => c.vertex && !isText(c));
    texts += page.cells.filter((c) => c.vertex && isText(c)).length;
    const ids = new Map<string, string>();
    const hasChildren = new Set(vertices.map((c) => c.parent).filter((p): p is string => p !== undefined));
    let bottom = 0;
    for (const cell of vertices) {
      if (cell.parent !== undefined && !byId.has(cell.parent))
        return invalid(where(cell), `its parent "${cell.parent.slice(0, 64)}" is not a cell of the page`);
      const g = cell.geometry;
      const size =
        g && g.width > 0 && g.height > 0 && g.width <= 100_000 && g.height <= 100_000
          ? { width: g.width, height: g.height }
          : DEFAULT_SIZE;
      const topLevel = cell.parent === undefined || !byId.get(cell.parent)!.vertex;
      const at = { x: g?.x ?? 0, y: (g?.y ?? 0) + (topLevel ? offsetY : 0) };
      if (Math.abs(at.x) > LIMITS.position || Math.abs(at.y) > LIMITS.position)
        return invalid(where(cell), `the position is beyond ±${LIMITS.position}`);
      if (topLevel) bottom = Math.max(bottom, at.y + size.height);
      const id = recordId(cell.id, taken);
      ids.set(cell.id, id);
      const { type: mapped, tried } = typeFor(cell, options.typeMap, catalog);
      const holds = hasChildren.has(cell.id);
      // A vertex that holds others must be a container; a mapped leaf type gives way to the zone type.
      const type =
        holds && !(mapped && isContainer(catalog, mapped))
          ? options.typeMap.defaultTrustZoneType
          : (mapped ?? options.typeMap.unknownComponentType);
      const name = cell.value.slice(0, LIMITS.name) || `${typeName(catalog, type)} ${cell.id.slice(0, 20)}`;
      const component: Component = { id, type, name, notes: '', position: at, attributes: {} };
      if (isContainer(catalog, type)) component.size = size;
      if (type !== mapped) {
        if (type === options.typeMap.unknownComponentType)
          flagUnmapped(component, tried[1] ?? tried[0] ?? 'vertex', DRAWIO_FORMAT_NAME, catalog);
        else component.attributes['interchange.sourceType'] = (tried[1] ?? tried[0] ?? 'vertex').slice(0, 200);
        const why = mapped
          ? `it holds other shapes but maps to ${typeName(catalog, mapped)}, which cannot contain`
          : `neither its label nor its style (${tried.slice(1, 3).join(', ') || 'none'}) is in the mapping table (threat-catalog/interchange-type-map.json)`;
        review.push({
          componentId: id,
          text: `${name}: ${why}: imported as ${typeName(catalog, type)}. Check its type.`,
        });
      }
      components.set(id, component);
    }
    for (const cell of vertices) {
      const parent = cell.parent === undefined ? undefined : ids.get(cell.parent);
      if (parent !== undefined) components.get(ids.get(cell.id)!)!.parentId = parent;
    }
    for (const cell of page.cells.filter((c) => c.edge)) {
      if (cell.source === undefined || cell.target === undefined) {
        loose += 1;
        continue;
      }
      const from = ids.get(cell.source);
      const to = ids.get(cell.target);
      for (const [end, ref, id] of [
        ['source', cell.source, from],
        ['target', cell.target, to],
      ] as const) {
        if (id === undefined)
          return invalid(where(cell), `its ${end} "${ref.slice(0, 64)}" is not a shape of the page`);
      }
      const id = recordId(cell.id, connectionIds);
      const type =
        (cell.value !== '' ? mapConnectionType(cell.value, options.typeMap, catalog) : undefined) ??
        options.typeMap.defaultConnectionType;
      connections[id] = {
        id,
        type,
        source: from!,
        target: to!,
        label: cell.value.slice(0, LIMITS.name),
        attributes: {},
      };
    }
    offsetY = bottom + PAGE_GAP;
  }

  const document = {
    format: DOCUMENT_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: options.id,
    name: (pages[0]?.name ?? '').trim().slice(0, LIMITS.name) || 'Imported draw.io diagram',
    createdAt: options.now,
    updatedAt: options.now,
    catalog: { id: catalog.id, version: catalog.version },
    scope: {
      assessor: '',
      organisation: '',
      description: `Imported from a draw.io diagram (${plural(pages.length, 'page')}).`,
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
  addLoss(
    items,
    'text',
    texts,
    `${plural(texts, 'text box', 'text boxes')} or edge ${pluralWord(texts, 'label')}: they hold no element and are not imported.`,
  );
  addLoss(
    items,
    'loose-edges',
    loose,
    `${plural(loose, 'edge')} not attached to a shape at both ends: a connection needs two components.`,
  );
  addLoss(items, 'styling', 1, 'Colours, fonts, waypoints and other styling: the workbench draws its own.');
  addLoss(
    items,
    'review',
    review.length,
    `${plural(review.length, 'shape')} of unmapped type: imported as ${typeName(catalog, options.typeMap.unknownComponentType)} or a trust boundary and flagged for review.`,
  );
  return {
    ok: true,
    value: { document: read.value, review, losses: { format: DRAWIO_FORMAT_NAME, direction: 'import', items } },
  };
}
