/**
 * The narrow, indexed view of the catalog the engine reads. Built once per catalog object
 * (memoised on its identity) so every `evaluate` call finds types, attributes and rules by id
 * in O(1) instead of scanning arrays.
 */
import type {
  AttributeSpec,
  BaselineFunction,
  CatalogData,
  ComponentType,
  ConnectionType,
  Recommendation,
  Rule,
  Task,
  VerdictRule,
  Threat,
  ThreatSource,
} from '../catalog/schema';

const ENGINE_CATALOG = Symbol.for('htw.engineCatalog');

/**
 * Indexed catalog for the engine. Invariants: every map is built from `data` and never
 * changes; `rulesByType` lists rules sorted by rule id; `recommendationOrder` is catalog order.
 */
export interface EngineCatalog {
  readonly [ENGINE_CATALOG]: true;
  readonly data: CatalogData;
  readonly id: string;
  readonly version: string;
  readonly componentTypes: ReadonlyMap<string, ComponentType>;
  readonly connectionTypes: ReadonlyMap<string, ConnectionType>;
  /** componentTypeId -> attributeId -> spec. */
  readonly componentAttributes: ReadonlyMap<string, ReadonlyMap<string, AttributeSpec>>;
  /** connectionTypeId -> attributeId -> spec. */
  readonly connectionAttributes: ReadonlyMap<string, ReadonlyMap<string, AttributeSpec>>;
  /** All rules, sorted by id. */
  readonly rules: readonly Rule[];
  /** componentTypeId -> rules whose `appliesTo` names it, sorted by rule id. */
  readonly rulesByType: ReadonlyMap<string, readonly Rule[]>;
  /** componentTypeId -> verdict rules whose `appliesTo` names it, sorted by id. */
  readonly verdictsByType: ReadonlyMap<string, readonly VerdictRule[]>;
  /** recommendationId -> rules that call for it, sorted by rule id. */
  readonly rulesByRecommendation: ReadonlyMap<string, readonly Rule[]>;
  readonly recommendations: ReadonlyMap<string, Recommendation>;
  /** Recommendation ids in catalog order. */
  readonly recommendationOrder: readonly string[];
  readonly baselineFunctions: ReadonlyMap<string, BaselineFunction>;
  readonly tasks: ReadonlyMap<string, Task>;
  readonly threats: ReadonlyMap<string, Threat>;
  readonly threatSources: ReadonlyMap<string, ThreatSource>;
}

/** What engine functions accept: the raw catalog data or its indexed form. */
export type CatalogSource = CatalogData | EngineCatalog;

const cache = new WeakMap<CatalogData, EngineCatalog>();

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Indexes catalog data for the engine. Pure and memoised on the identity of `data`:
 * the same object always gives the same `EngineCatalog`. Does not validate (use
 * `CatalogSchema` / `parseCatalog` first); unknown references are simply not found.
 */
export function indexCatalog(data: CatalogData): EngineCatalog {
  const cached = cache.get(data);
  if (cached) return cached;
  const componentAttributes = new Map<string, Map<string, AttributeSpec>>();
  for (const type of data.componentTypes) componentAttributes.set(type.id, byId(type.attributes));
  const connectionAttributes = new Map<string, Map<string, AttributeSpec>>();
  for (const type of data.connectionTypes) connectionAttributes.set(type.id, byId(type.attributes));
  const rules = [...data.rules].sort((a, b) => compareIds(a.id, b.id));
  const rulesByType = new Map<string, Rule[]>();
  const rulesByRecommendation = new Map<string, Rule[]>();
  for (const rule of rules) {
    for (const type of new Set(rule.appliesTo)) {
      const list = rulesByType.get(type) ?? [];
      list.push(rule);
      rulesByType.set(type, list);
    }
    for (const rec of new Set(rule.recommendations)) {
      const list = rulesByRecommendation.get(rec) ?? [];
      list.push(rule);
      rulesByRecommendation.set(rec, list);
    }
  }
  const verdictsByType = new Map<string, VerdictRule[]>();
  for (const verdict of [...(data.verdicts ?? [])].sort((a, b) => compareIds(a.id, b.id))) {
    for (const type of new Set(verdict.appliesTo)) {
      const list = verdictsByType.get(type) ?? [];
      list.push(verdict);
      verdictsByType.set(type, list);
    }
  }
  const engine: EngineCatalog = {
    [ENGINE_CATALOG]: true,
    data,
    id: data.id,
    version: data.version,
    componentTypes: byId(data.componentTypes),
    connectionTypes: byId(data.connectionTypes),
    componentAttributes,
    connectionAttributes,
    rules,
    rulesByType,
    verdictsByType,
    rulesByRecommendation,
    recommendations: byId(data.recommendations),
    recommendationOrder: [...new Set(data.recommendations.map((r) => r.id))],
    baselineFunctions: byId(data.baselineFunctions),
    tasks: byId(data.tasks),
    threats: byId(data.threats),
    threatSources: byId(data.threatSources),
  };
  cache.set(data, engine);
  return engine;
}

export function isEngineCatalog(value: unknown): value is EngineCatalog {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[ENGINE_CATALOG] === true;
}

/** The indexed form of either input (memoised for raw data). */
export function toEngineCatalog(catalog: CatalogSource): EngineCatalog {
  return isEngineCatalog(catalog) ? catalog : indexCatalog(catalog);
}
