/**
 * Assembles the catalog from its manifest and part files, validates it with zod, checks
 * every cross reference and builds the immutable `Catalog` the app reads. Callers go through
 * `loadCatalog` (loadCatalog.ts), the one loader of the app, the CLI and the tests.
 */
import type { z } from '../zod';
import {
  CatalogManifestSchema,
  CatalogPartSchema,
  CatalogSchema,
  type AttributeSpec,
  type CatalogData,
  type CatalogManifest,
  type CatalogPart,
  type ComponentType,
  type Condition,
  type ConnectionType,
} from './schema';
import { catalogHashFiles } from './catalogHashInput';

/** One problem found in the catalog files: `path` names the file and the place in it. */
export interface CatalogError {
  path: string;
  message: string;
}

export type ParseCatalogResult = { ok: true; catalog: Catalog } | { ok: false; errors: CatalogError[] };

/**
 * The validated catalog. It is the catalog data itself (deep-frozen, so anything written
 * against `CatalogData` accepts it) plus where it came from. Lookups by id go through the
 * engine's one index (`indexCatalog` in rules/engineCatalog.ts), built once per catalog.
 * Invariants: ids are unique per collection and every reference resolves.
 */
export interface Catalog extends CatalogData {
  /** The manifest's content hash; empty for a catalog read from one assembled file. */
  readonly contentHash: string;
  /** Part files in assembly order (the one file for an assembled catalog). */
  readonly parts: readonly string[];
}

export interface ParseCatalogCoreOptions {
  /**
   * Hashes the parts (`hashCatalogParts` of contentHash.ts) to check the manifest's
   * `contentHash`; without it the caller has checked the hash (the browser does, with Web
   * Crypto, see src/app/shippedData.ts) or chose not to.
   */
  hashParts?: (parts: readonly { file: string; content: unknown }[]) => string;
  /** The pack files by name: the content hash covers those the manifest lists in `bundledPacks`. */
  packs?: Readonly<Record<string, unknown>>;
  /** File name of the manifest, for error paths (default `catalog.json`). */
  manifestFile?: string;
}

export type Collection = Exclude<keyof CatalogPart, '$schema' | 'description'>;
const COLLECTIONS: readonly Collection[] = [
  'baselineFunctions',
  'tasks',
  'threatSources',
  'threats',
  'recommendations',
  'componentTypes',
  'connectionTypes',
  'rules',
  'verdicts',
  'glossary',
];

function formatPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else out += out === '' ? String(s) : `.${String(s)}`;
  }
  return out;
}

function zodErrors(file: string, error: z.core.$ZodError): CatalogError[] {
  return error.issues.map((issue) => ({
    path: issue.path.length > 0 ? `${file}: ${formatPath(issue.path)}` : file,
    message: issue.message,
  }));
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value as Record<string, unknown>)) deepFreeze(child);
  }
  return value;
}

/**
 * Parses and validates the catalog. `manifest` is the content of `catalog.json`; `parts`
 * maps each part file name listed in the manifest to its parsed JSON. Pure: no I/O.
 * Returns every problem found, each naming the file and the path within it.
 */
export function parseCatalogCore(
  manifest: unknown,
  parts: Readonly<Record<string, unknown>>,
  options: ParseCatalogCoreOptions = {},
): ParseCatalogResult {
  const manifestFile = options.manifestFile ?? 'catalog.json';
  const parsedManifest = CatalogManifestSchema.safeParse(manifest);
  if (!parsedManifest.success) return { ok: false, errors: zodErrors(manifestFile, parsedManifest.error) };
  const head: CatalogManifest = parsedManifest.data;

  const errors: CatalogError[] = [];
  const parsedParts: { file: string; part: CatalogPart }[] = [];
  const seenFiles = new Set<string>();
  head.parts.forEach((file, i) => {
    if (seenFiles.has(file)) {
      errors.push({ path: `${manifestFile}: parts[${i}]`, message: `Part "${file}" is listed twice.` });
      return;
    }
    seenFiles.add(file);
    if (!Object.prototype.hasOwnProperty.call(parts, file)) {
      errors.push({
        path: `${manifestFile}: parts[${i}]`,
        message: `Part file "${file}" is listed in the manifest but was not provided.`,
      });
      return;
    }
    const result = CatalogPartSchema.safeParse(parts[file]);
    if (!result.success) errors.push(...zodErrors(file, result.error));
    else parsedParts.push({ file, part: result.data });
  });
  for (const file of Object.keys(parts)) {
    if (!seenFiles.has(file))
      errors.push({ path: file, message: `Part file "${file}" is not listed in ${manifestFile} "parts".` });
  }
  if (errors.length > 0) return { ok: false, errors };

  if (options.hashParts) {
    const actual = options.hashParts(catalogHashFiles(head.parts, parts, head.bundledPacks, options.packs ?? {}));
    if (actual !== head.contentHash) {
      const message = `Content hash ${head.contentHash} does not match the parts (${actual}). The catalog changed: bump "version" and run \`npm run schemas\` to record the new hash.`;
      return { ok: false, errors: [{ path: `${manifestFile}: contentHash`, message }] };
    }
  }

  // Assemble in manifest order, remembering where each item came from for error messages.
  const origin = new Map<object, string>();
  const assembled: Record<Collection, unknown[]> = Object.fromEntries(
    COLLECTIONS.map((c) => [c, []]),
  ) as unknown as Record<Collection, unknown[]>;
  for (const { file, part } of parsedParts) {
    for (const collection of COLLECTIONS) {
      const items = part[collection] as object[] | undefined;
      items?.forEach((item, i) => {
        origin.set(item, `${file}: ${collection}[${i}]`);
        assembled[collection].push(item);
      });
    }
  }
  const where = (collection: Collection, index: number): string => {
    const source = assembled[collection][index] as object | undefined;
    return (source ? origin.get(source) : undefined) ?? `${collection}[${index}]`;
  };
  const whole = {
    id: head.id,
    version: head.version,
    title: head.title,
    publications: head.publications,
    ...assembled,
  };
  return finishCatalog(whole, '(assembled catalog)', where, { contentHash: head.contentHash, parts: head.parts });
}

/**
 * Validates an assembled catalog (schema, then every cross reference), freezes it and adds
 * where it came from. The one tail of every load path: manifest and parts, or one file.
 * `file` names the input in schema errors; `where` names an item's place for reference errors.
 */
export function finishCatalog(
  raw: unknown,
  file: string,
  where: (collection: Collection, index: number) => string,
  origin: { contentHash: string; parts: readonly string[] },
): ParseCatalogResult {
  const whole = CatalogSchema.safeParse(raw);
  if (!whole.success) return { ok: false, errors: zodErrors(file, whole.error) };
  const errors = checkReferences(whole.data, where);
  if (errors.length > 0) return { ok: false, errors };
  const frozen = deepFreeze(whole.data);
  const catalog: Catalog = Object.freeze({
    ...frozen,
    contentHash: origin.contentHash,
    parts: Object.freeze([...origin.parts]),
  });
  return { ok: true, catalog };
}

/**
 * Cross-reference checks on validated data: unique ids, every referenced id resolves, and
 * rule conditions name attributes and values that exist on the types they are tested on.
 */
export function checkReferences(
  data: CatalogData,
  where: (collection: Collection, index: number) => string,
): CatalogError[] {
  const errors: CatalogError[] = [];
  const err = (path: string, message: string) => errors.push({ path, message });

  const ids = <T extends { id: string }>(collection: Collection, items: readonly T[]): Map<string, T> => {
    const map = new Map<string, T>();
    items.forEach((item, i) => {
      if (map.has(item.id)) err(`${where(collection, i)}.id`, `Duplicate ${collection} id "${item.id}".`);
      else map.set(item.id, item);
    });
    return map;
  };
  const bfs = ids('baselineFunctions', data.baselineFunctions);
  const tasks = ids('tasks', data.tasks);
  const sources = ids('threatSources', data.threatSources);
  const threats = ids('threats', data.threats);
  const recs = ids('recommendations', data.recommendations);
  const types = ids('componentTypes', data.componentTypes);
  const connTypes = ids('connectionTypes', data.connectionTypes);
  ids('rules', data.rules);
  ids('verdicts', data.verdicts);

  // Threats, tasks and recommendations are cited by bare id, so they share one namespace.
  const shared = new Map<string, Collection>();
  const citable = ['baselineFunctions', 'tasks', 'threatSources', 'threats', 'recommendations'] as const;
  for (const collection of citable) {
    data[collection].forEach((item, i) => {
      const other = shared.get(item.id);
      if (other && other !== collection)
        err(`${where(collection, i)}.id`, `Id "${item.id}" is used both in ${other} and in ${collection}.`);
      else shared.set(item.id, collection);
    });
  }

  const refs = (path: string, list: readonly string[], map: ReadonlyMap<string, unknown>, what: string) =>
    list.forEach((id, i) => {
      if (!map.has(id)) err(`${path}[${i}]`, `Unknown ${what} "${id}".`);
    });

  const glossaryTerms = new Set<string>();
  data.glossary.forEach((g, i) => {
    if (glossaryTerms.has(g.term.toLowerCase()))
      err(`${where('glossary', i)}.term`, `Duplicate glossary term "${g.term}".`);
    glossaryTerms.add(g.term.toLowerCase());
  });

  data.tasks.forEach((t, i) => {
    const at = where('tasks', i);
    if (!bfs.has(t.baselineFunction))
      err(`${at}.baselineFunction`, `Unknown baseline function "${t.baselineFunction}".`);
    if (!t.id.startsWith(`${t.baselineFunction}.`))
      err(`${at}.id`, `Task id "${t.id}" must start with its baseline function "${t.baselineFunction}.".`);
    refs(`${at}.threats`, t.threats, threats, 'threat');
    if (t.threats.length === 0 && !t.outOfScope)
      err(`${at}.threats`, `Task "${t.id}" has no threat and no out-of-scope reason.`);
  });
  data.threats.forEach((t, i) => {
    const at = where('threats', i);
    refs(`${at}.sources`, t.sources, sources, 'threat source');
    refs(`${at}.leadsTo`, t.leadsTo, threats, 'threat');
    if (t.leadsTo.includes(t.id)) err(`${at}.leadsTo`, `Threat "${t.id}" leads to itself.`);
  });
  data.recommendations.forEach((r, i) => {
    const at = where('recommendations', i);
    if (r.baselineFunction !== null) {
      const bf = bfs.get(r.baselineFunction);
      if (!bf) err(`${at}.baselineFunction`, `Unknown baseline function "${r.baselineFunction}".`);
      else if (bf.noRecommendationReason)
        err(
          `${at}.baselineFunction`,
          `${bf.id} has no recommendations (${bf.id}.noRecommendationReason), yet "${r.id}" names it.`,
        );
    }
    refs(`${at}.tasks`, r.tasks, tasks, 'task');
    refs(`${at}.threats`, r.threats, threats, 'threat');
  });

  data.componentTypes.forEach((t, i) => {
    const at = where('componentTypes', i);
    t.allowedParents.forEach((parent, j) => {
      const p = types.get(parent);
      if (!p) err(`${at}.allowedParents[${j}]`, `Unknown component type "${parent}".`);
      else if (!p.container)
        err(`${at}.allowedParents[${j}]`, `"${parent}" is not a container, so "${t.id}" cannot be nested in it.`);
    });
    checkAttributes(`${at}.attributes`, t.attributes, err);
  });
  data.connectionTypes.forEach((t, i) => {
    const at = where('connectionTypes', i);
    t.allowed.forEach((pair, j) => {
      for (const end of ['from', 'to'] as const) {
        pair[end].forEach((typeId, k) => {
          if (typeId !== '*' && !types.has(typeId))
            err(`${at}.allowed[${j}].${end}[${k}]`, `Unknown component type "${typeId}".`);
        });
      }
    });
    checkAttributes(`${at}.attributes`, t.attributes, err);
  });

  const attrsOf = (map: ReadonlyMap<string, { attributes: AttributeSpec[] }>, id: string) =>
    map.get(id)?.attributes ?? [];
  data.rules.forEach((rule, i) => {
    const at = where('rules', i);
    refs(`${at}.appliesTo`, rule.appliesTo, types, 'component type');
    refs(`${at}.tasks`, rule.tasks, tasks, 'task');
    refs(`${at}.threats`, rule.threats, threats, 'threat');
    refs(`${at}.recommendations`, rule.recommendations, recs, 'recommendation');
    if (rule.tasks.length + rule.threats.length + rule.recommendations.length === 0)
      err(at, `Rule "${rule.id}" brings nothing.`);
    if (rule.when) {
      const subjects = rule.appliesTo
        .filter((t) => types.has(t))
        .map((t) => ({ kind: 'component type', id: t, attributes: attrsOf(types, t) }));
      checkCondition(`${at}.when`, rule.when, subjects, { types, connTypes }, err);
    }
  });
  data.verdicts.forEach((verdict, i) => {
    const at = where('verdicts', i);
    refs(`${at}.appliesTo`, verdict.appliesTo, types, 'component type');
    refs(`${at}.recommendations`, verdict.recommendations, recs, 'recommendation');
    const subjects = verdict.appliesTo
      .filter((t) => types.has(t))
      .map((t) => ({ kind: 'component type', id: t, attributes: attrsOf(types, t) }));
    checkCondition(`${at}.when`, verdict.when, subjects, { types, connTypes }, err);
  });
  return errors;
}

function checkAttributes(
  path: string,
  attributes: readonly AttributeSpec[],
  err: (path: string, message: string) => void,
): void {
  const seen = new Set<string>();
  attributes.forEach((a, i) => {
    if (seen.has(a.id)) err(`${path}[${i}].id`, `Duplicate attribute id "${a.id}".`);
    seen.add(a.id);
    if (a.type === 'enum') {
      const values = new Set<string>();
      a.options.forEach((o, j) => {
        if (values.has(o.value)) err(`${path}[${i}].options[${j}]`, `Duplicate option "${o.value}".`);
        values.add(o.value);
      });
      if (a.default != null && !values.has(a.default))
        err(`${path}[${i}].default`, `Default "${a.default}" is not one of the options.`);
    }
  });
}

interface Subject {
  kind: string;
  id: string;
  attributes: readonly AttributeSpec[];
}

function describeValue(v: unknown): string {
  return typeof v === 'string' ? `"${v}"` : String(v);
}

/** A literal fits an attribute: enum option, boolean, number (within bounds). Returns a problem or null. */
function literalProblem(spec: AttributeSpec, value: string | number | boolean): string | null {
  switch (spec.type) {
    case 'enum':
      return typeof value === 'string' && spec.options.some((o) => o.value === value)
        ? null
        : `${describeValue(value)} is not an option of "${spec.id}" (${spec.options.map((o) => o.value).join(', ')}).`;
    case 'boolean':
      return typeof value === 'boolean' ? null : `"${spec.id}" is boolean; ${describeValue(value)} is not.`;
    case 'number':
      return typeof value === 'number' ? null : `"${spec.id}" is a number; ${describeValue(value)} is not.`;
    case 'text':
      return typeof value === 'string' ? null : `"${spec.id}" is text; ${describeValue(value)} is not.`;
  }
}

/**
 * Checks a condition against the types its leaves are tested on: the rule's subject types,
 * the connection types of `connected.via` for `where`, the peer types for `peer`, and the
 * named types for `contains`/`count`. Every such type must define the attribute.
 */
function checkCondition(
  path: string,
  c: Condition,
  subjects: readonly Subject[],
  ctx: { types: ReadonlyMap<string, ComponentType>; connTypes: ReadonlyMap<string, ConnectionType> },
  err: (path: string, message: string) => void,
): void {
  const componentSubjects = (list: readonly string[], at: string): Subject[] =>
    list.flatMap((id, i) => {
      const t = ctx.types.get(id);
      if (!t) {
        err(`${at}[${i}]`, `Unknown component type "${id}".`);
        return [];
      }
      return [{ kind: 'component type', id, attributes: t.attributes }];
    });

  if ('all' in c) c.all.forEach((x, i) => checkCondition(`${path}.all[${i}]`, x, subjects, ctx, err));
  else if ('any' in c) c.any.forEach((x, i) => checkCondition(`${path}.any[${i}]`, x, subjects, ctx, err));
  else if ('not' in c) checkCondition(`${path}.not`, c.not, subjects, ctx, err);
  else if ('attr' in c) {
    for (const s of subjects) {
      const spec = s.attributes.find((a) => a.id === c.attr);
      if (!spec) {
        err(`${path}.attr`, `Attribute "${c.attr}" is not defined on ${s.kind} "${s.id}".`);
        continue;
      }
      if (spec.type !== 'text' && !spec.unknownAllowed) {
        err(
          `${path}.attr`,
          `Attribute "${c.attr}" of ${s.kind} "${s.id}" decides applicability, so it must allow unknown (unknownAllowed: true).`,
        );
      }
      const values = 'eq' in c ? [c.eq] : 'in' in c ? c.in : [];
      for (const v of values) {
        const problem = literalProblem(spec, v);
        if (problem) err(`${path}`, `On ${s.kind} "${s.id}": ${problem}`);
      }
      if ('gte' in c && spec.type !== 'number')
        err(`${path}.gte`, `"gte" needs a number attribute; "${c.attr}" of "${s.id}" is ${spec.type}.`);
    }
  } else if ('connected' in c) {
    const conn = c.connected;
    const via: Subject[] = conn.via.flatMap((id, i) => {
      const t = ctx.connTypes.get(id);
      if (!t) {
        err(`${path}.connected.via[${i}]`, `Unknown connection type "${id}".`);
        return [];
      }
      return [{ kind: 'connection type', id, attributes: t.attributes }];
    });
    const peers = conn.peerTypes ? componentSubjects(conn.peerTypes, `${path}.connected.peerTypes`) : null;
    if (conn.where) checkCondition(`${path}.connected.where`, conn.where, via, ctx, err);
    if (conn.peer) {
      if (!peers)
        err(`${path}.connected.peer`, 'A "peer" condition needs "peerTypes", so its attributes can be checked.');
      else checkCondition(`${path}.connected.peer`, conn.peer, peers, ctx, err);
    }
  } else if ('inside' in c) componentSubjects(c.inside, `${path}.inside`);
  else if ('contains' in c) {
    const inner = componentSubjects(c.contains.types, `${path}.contains.types`);
    if (c.contains.where) checkCondition(`${path}.contains.where`, c.contains.where, inner, ctx, err);
  } else if ('count' in c) {
    const inner = componentSubjects(c.count.types, `${path}.count.types`);
    if (c.count.where) checkCondition(`${path}.count.where`, c.count.where, inner, ctx, err);
  } else {
    const spec = 'inBoundary' in c ? c.inBoundary : c.crossesBoundary;
    const op = 'inBoundary' in c ? 'inBoundary' : 'crossesBoundary';
    if (op === 'crossesBoundary' && subjects.some((s) => s.kind !== 'connection type')) {
      err(`${path}.crossesBoundary`, '"crossesBoundary" tests a connection, so it belongs inside "connected.where".');
    }
    const boundary = ctx.types.get(BOUNDARY_TYPE);
    const zoneSpec = boundary?.attributes.find((a) => a.id === 'zone');
    for (const zone of spec.zones ?? []) {
      if (!zoneSpec || zoneSpec.type !== 'enum' || !zoneSpec.options.some((o) => o.value === zone)) {
        err(`${path}.${op}.zones`, `"${zone}" is not a zone of the "${BOUNDARY_TYPE}" type.`);
      }
    }
  }
}

/** The component type the boundary operators look for, and whose `zone` they compare. */
export const BOUNDARY_TYPE = 'trust-boundary';
