/**
 * A TM-BOM as a new workbench project: the CycloneDX 1.6 envelope our export writes (the
 * threat model attached to a data component), or the bare Threat Model Library JSON Threat
 * Dragon writes. Our own exports come back whole from their extension entry; other tools'
 * files map trust zones to trust boundaries, components, actors and data stores through the
 * editable type table by their title (unmapped ones flagged for review), data flows to
 * connections. The result goes through `readDocument`, the same strict check as our own
 * project files, so a refused file changes nothing and the error names the TM-BOM path.
 */
import type { CatalogData } from '../../catalog/schema';
import { describeImportError, type ImportResult } from '../../io/importErrors';
import { formatJsonPath } from '../../io/jsonPath';
import { DEFAULT_JSON_LIMITS, parseUntrustedJson } from '../../io/untrustedJson';
import { MAX_PROJECT_FILE_BYTES } from '../../io/projectFileFormat';
import { DOCUMENT_FORMAT, LIMITS, assessmentKey, type Component, type Connection } from '../../model/schema';
import { toEngineCatalog, type CatalogSource } from '../../rules/engineCatalog';
import { readImportedDocument } from '../importedDocument';
import { addLoss, type LossItem } from '../lossReport';
import { mapComponentType, type InterchangeTypeMap } from '../typeMap';
import { layOut, recordId, typeName, type OtmImport, type OtmImportOptions, type ReviewItem } from '../otm/fromOtm';
import { HTW_EXTENSION, TM_BOM_FORMAT_NAME, TM_BOM_REF } from './tmBomFormat';
import { flagUnmapped } from '../unmapped';
import { CycloneDxInput, HtwExtensionInput, TmBomInput } from './tmBomInputSchema';

type Path = readonly PropertyKey[];

/** A refusal at `path` inside the model, after the envelope's path to the attachment when there is one. */
function invalidAt(prefix: Path | undefined, path: Path, message: string, more = 0): ImportResult<never> {
  const where = prefix
    ? `${formatJsonPath(prefix)}${path.length > 0 ? ` → ${formatJsonPath(path)}` : ''}`
    : formatJsonPath(path);
  return { ok: false, error: { kind: 'invalid-interchange', format: TM_BOM_FORMAT_NAME, path: where, message, more } };
}

const firstIssue = (
  prefix: Path | undefined,
  error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] },
) => invalidAt(prefix, error.issues[0]!.path, error.issues[0]!.message, error.issues.length - 1);

/** The threat model inside a CycloneDX BOM: the attachment of our `threat-model` data component, else the first JSON attachment that is one. */
function unwrap(
  value: unknown,
  limits: typeof DEFAULT_JSON_LIMITS,
): ImportResult<{ model: unknown; prefix: Path | undefined }> {
  if (value === null || typeof value !== 'object' || (value as { bomFormat?: unknown }).bomFormat === undefined)
    return { ok: true, value: { model: value, prefix: undefined } };
  const bom = CycloneDxInput.safeParse(value);
  if (!bom.success) return firstIssue(undefined, bom.error);
  const candidates: { content: string; path: PropertyKey[]; ours: boolean; base64: boolean }[] = [];
  for (const [i, component] of (bom.data.components ?? []).entries())
    for (const [j, data] of (component.data ?? []).entries()) {
      const attachment = data.contents?.attachment;
      if (attachment && (attachment.contentType ?? 'application/json').includes('json'))
        candidates.push({
          content: attachment.content,
          path: ['components', i, 'data', j, 'contents', 'attachment', 'content'],
          ours: component['bom-ref'] === TM_BOM_REF,
          base64: attachment.encoding === 'base64',
        });
    }
  candidates.sort((a, b) => Number(b.ours) - Number(a.ours));
  for (const candidate of candidates) {
    let text = candidate.content;
    if (candidate.base64) {
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(atob(text), (c) => c.charCodeAt(0)));
      } catch {
        return invalidAt(candidate.path, [], 'the attachment is marked base64 but is not base64-encoded UTF-8');
      }
    }
    const parsed = parseUntrustedJson(text, limits);
    if (!parsed.ok)
      return invalidAt(
        candidate.path,
        [],
        describeImportError(parsed.error, 'the attached threat model').replace(/\.$/, ''),
      );
    const model = parsed.value as { scope?: unknown; trust_zones?: unknown } | null;
    if (candidate.ours || (model !== null && typeof model === 'object' && 'scope' in model))
      return { ok: true, value: { model, prefix: candidate.path } };
  }
  return invalidAt(
    undefined,
    ['components'],
    'this CycloneDX BOM holds no threat model: no data component has a Threat Model Library document attached',
  );
}

function mapTitle(
  title: string,
  fallbacks: readonly string[],
  map: InterchangeTypeMap,
  catalog: CatalogData,
): string | undefined {
  for (const name of [title, ...fallbacks]) {
    const type = name !== '' ? mapComponentType(name, map, catalog) : undefined;
    if (type) return type;
  }
  return undefined;
}

/** Reads a TM-BOM file into a new project. Pure; the input is never modified. */
export function importTmBom(text: string, source: CatalogSource, options: OtmImportOptions): ImportResult<OtmImport> {
  const catalog: CatalogData = toEngineCatalog(source).data;
  const limits = options.limits ?? { ...DEFAULT_JSON_LIMITS, maxBytes: MAX_PROJECT_FILE_BYTES };
  // The envelope holds the whole model as one string, so its strings may be as long as the file; the model inside is parsed with the usual limits.
  const outer = parseUntrustedJson(
    text,
    { ...limits, maxStringLength: Math.max(limits.maxStringLength, limits.maxBytes) },
    options.byteLength,
  );
  if (!outer.ok) return outer;
  const unwrapped = unwrap(outer.value, limits);
  if (!unwrapped.ok) return unwrapped;
  const { model, prefix } = unwrapped.value;
  const recordLimits = options.recordLimits ?? { components: LIMITS.components, connections: LIMITS.connections };
  if (model !== null && typeof model === 'object') {
    const length = (key: string) => {
      const value: unknown = (model as Record<string, unknown>)[key];
      return Array.isArray(value) ? value.length : 0;
    };
    const count = length('trust_zones') + length('components') + length('actors') + length('data_stores');
    if (count > recordLimits.components)
      return { ok: false, error: { kind: 'too-many', what: 'components', count, limit: recordLimits.components } };
    if (length('data_flows') > recordLimits.connections)
      return {
        ok: false,
        error: { kind: 'too-many', what: 'connections', count: length('data_flows'), limit: recordLimits.connections },
      };
  }
  const shaped = TmBomInput.safeParse(model);
  if (!shaped.success) return firstIssue(prefix, shaped.error);
  const file = shaped.data;
  const major = /threat-model-library\/blob\/v(\d+)\./.exec(file.$schema ?? '')?.[1];
  if (major !== undefined && major !== '1')
    return invalidAt(prefix, ['$schema'], 'this importer reads Threat Model Library 1.x documents');
  let ours: HtwExtensionInput | undefined;
  const extension = file.extensions?.[HTW_EXTENSION];
  if (extension !== undefined) {
    const read = HtwExtensionInput.safeParse(extension);
    if (!read.success) return firstIssue([...(prefix ?? []), 'extensions', HTW_EXTENSION], read.error);
    if (read.data.format === DOCUMENT_FORMAT) ours = read.data;
  }
  try {
    return build(file, ours, prefix, catalog, options, recordLimits);
  } catch (error) {
    return invalidAt(prefix, [], `could not be converted (${error instanceof Error ? error.name : 'error'})`);
  }
}

type Kind = 'trust_zones' | 'components' | 'actors' | 'data_stores';

function build(
  file: TmBomInput,
  ours: HtwExtensionInput | undefined,
  prefix: Path | undefined,
  catalog: CatalogData,
  options: OtmImportOptions,
  recordLimits: { components: number; connections: number },
): ImportResult<OtmImport> {
  const invalid = (path: Path, message: string) => invalidAt(prefix, path, message);
  const elements: {
    kind: Kind;
    index: number;
    symbolic: string;
    title: string;
    description: string;
    parent?: string;
    zone?: string;
    storeType?: string;
  }[] = [];
  for (const [index, z] of (file.trust_zones ?? []).entries())
    if (z.symbolic_name !== ours?.outsideZone)
      elements.push({
        kind: 'trust_zones',
        index,
        symbolic: z.symbolic_name,
        title: z.title,
        description: z.description ?? '',
      });
  for (const kind of ['components', 'actors', 'data_stores'] as const)
    for (const [index, e] of (file[kind] ?? []).entries())
      elements.push({
        kind,
        index,
        symbolic: e.symbolic_name,
        title: e.title,
        description: e.description ?? '',
        ...(e.trust_zone ? { zone: e.trust_zone } : {}),
        ...('parent_component' in e && e.parent_component ? { parent: e.parent_component } : {}),
      });

  // Ids: ours first (so no foreign name takes one), then the rest made from symbolic names.
  const taken = new Set<string>();
  const ids = new Map<string, string>();
  const zones = new Set<string>();
  for (const e of elements) {
    if (ids.has(e.symbolic))
      return invalid(
        [e.kind, e.index, 'symbolic_name'],
        `the symbolic name "${e.symbolic}" is used by another element`,
      );
    const own = ours?.components[e.symbolic];
    if (own && !taken.has(own.id)) {
      taken.add(own.id);
      ids.set(e.symbolic, own.id);
    } else ids.set(e.symbolic, '');
    if (e.kind === 'trust_zones') zones.add(e.symbolic);
  }
  for (const e of elements) if (ids.get(e.symbolic) === '') ids.set(e.symbolic, recordId(e.symbolic, taken));

  const components = new Map<string, Component>();
  const unplaced = new Set<string>();
  const review: ReviewItem[] = [];
  for (const e of elements) {
    const id = ids.get(e.symbolic)!;
    const own = ours?.components[e.symbolic];
    let parentId: string | undefined;
    if (e.parent !== undefined) {
      parentId = zones.has(e.parent) ? undefined : ids.get(e.parent);
      if (parentId === undefined)
        return invalid(
          [e.kind, e.index, 'parent_component'],
          `names the component "${e.parent}", which the file does not have`,
        );
    } else if (e.zone !== undefined && e.zone !== ours?.outsideZone) {
      parentId = zones.has(e.zone) ? ids.get(e.zone) : undefined;
      if (parentId === undefined)
        return invalid(
          [e.kind, e.index, 'trust_zone'],
          `names the trust zone "${e.zone}", which the file does not have`,
        );
    }
    if (own) {
      if (own.parentId !== undefined && own.parentId !== null) parentId = own.parentId;
      components.set(id, {
        id,
        type: own.type,
        name: e.title,
        notes: e.description,
        position: own.position,
        ...(own.size ? { size: own.size } : {}),
        ...(parentId !== undefined ? { parentId } : {}),
        attributes: own.attributes as Component['attributes'],
        ...(own.provenance !== undefined ? { provenance: own.provenance as Component['provenance'] } : {}),
      });
      continue;
    }
    const title = e.title.replace(/\s+/g, ' ').trim() || e.symbolic;
    const kindName = e.kind === 'data_stores' ? 'data-store' : e.kind === 'actors' ? 'actor' : 'component';
    const mapped =
      e.kind === 'trust_zones'
        ? options.typeMap.defaultTrustZoneType
        : mapTitle(title, [e.symbolic, kindName], options.typeMap, catalog);
    const type = mapped ?? options.typeMap.unknownComponentType;
    const component: Component = {
      id,
      type,
      name: title,
      notes: e.description,
      position: { x: 0, y: 0 },
      ...(parentId !== undefined ? { parentId } : {}),
      attributes: {},
    };
    if (!mapped) {
      flagUnmapped(component, kindName, TM_BOM_FORMAT_NAME, catalog);
      review.push({
        componentId: id,
        text: `${title}: neither its title nor its kind (${kindName}) is in the mapping table (threat-catalog/interchange-type-map.json): imported as ${typeName(catalog, type)}. Check its type.`,
      });
    }
    unplaced.add(id);
    components.set(id, component);
  }
  layOut(components, unplaced, catalog);

  const connections: Record<string, Connection> = {};
  const connectionIds = new Set<string>();
  for (const [i, flow] of (file.data_flows ?? []).entries()) {
    const end = (key: 'source' | 'destination'): ImportResult<string> => {
      const ref = flow[key].object;
      const id = ref === ours?.outsideZone ? undefined : ids.get(ref);
      return id
        ? { ok: true, value: id }
        : invalid(['data_flows', i, key, 'object'], `names "${ref}", which is no element of the file`);
    };
    const from = end('source');
    if (!from.ok) return from;
    const to = end('destination');
    if (!to.ok) return to;
    const own = ours?.connections[flow.symbolic_name];
    const id =
      own && !connectionIds.has(own.id)
        ? (connectionIds.add(own.id), own.id)
        : recordId(flow.symbolic_name, connectionIds);
    connections[id] = own
      ? {
          id,
          type: own.type,
          source: from.value,
          target: to.value,
          label: own.label,
          attributes: own.attributes as Connection['attributes'],
        }
      : {
          id,
          type: options.typeMap.defaultConnectionType,
          source: from.value,
          target: to.value,
          label: flow.title,
          attributes: {},
        };
  }

  const assessment: Record<string, unknown> = {};
  for (const entry of ours?.assessment ?? []) {
    const record = entry as { recommendationId?: unknown; scope?: unknown } | null;
    const key =
      record && typeof record.recommendationId === 'string' && typeof record.scope === 'string'
        ? assessmentKey(record.recommendationId, record.scope)
        : `entry-${Object.keys(assessment).length}`;
    assessment[key] = entry;
  }
  const assumptions = (file.assumptions ?? []).map((a) => a.description).filter((a) => a.trim() !== '');
  const scope = {
    assessor: ours?.project.assessor ?? '',
    organisation: ours?.project.organisation ?? '',
    description: ours
      ? (file.scope.description ?? '')
      : [file.scope.description, file.description].filter((t) => t && t.trim() !== '').join('\n\n'),
    assumptions: ours ? ours.project.assumptions : assumptions.join('\n'),
  };
  const read = readImportedDocument(
    { name: file.scope.title, scope, components, connections, assessment },
    catalog,
    options,
    recordLimits,
  );
  if (!read.ok) return read;

  const items: LossItem[] = [];
  const count = (
    key: 'threats' | 'controls' | 'risks' | 'threat_personas' | 'data_sets' | 'trust_boundaries' | 'diagrams',
  ) => (file[key] ?? []).length;
  const s = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  addLoss(
    items,
    'threats',
    count('threats'),
    `${s(count('threats'), 'threat')} of the file: the workbench derives threats from its catalog rules, so they are ${ours ? 'recomputed' : 'not imported'}.`,
  );
  addLoss(
    items,
    'controls',
    ours ? 0 : count('controls'),
    `${s(count('controls'), 'control')}: not imported (the checklist comes from the catalog's HY-SR items).`,
  );
  const other =
    count('risks') +
    count('threat_personas') +
    count('data_sets') +
    count('diagrams') +
    (ours ? 0 : count('trust_boundaries'));
  addLoss(
    items,
    'other',
    other,
    `${s(other, 'risk, threat persona, data set, diagram or trust boundary', 'risks, threat personas, data sets, diagrams and trust boundaries')}: the workbench has nothing to hold them, so they are left out.`,
  );
  addLoss(
    items,
    'review',
    review.length,
    `${s(review.length, 'element')} of unmapped type: imported as ${typeName(catalog, options.typeMap.unknownComponentType)} and flagged for review.`,
  );
  return {
    ok: true,
    value: { document: read.value, review, losses: { format: TM_BOM_FORMAT_NAME, direction: 'import', items } },
  };
}
