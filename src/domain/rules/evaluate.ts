/**
 * The rules engine: a small interpreter of the catalog's declarative conditions in
 * three-valued (Kleene) logic. No `eval`, no expression strings.
 *
 * - true    -> an `applicable` finding,
 * - unknown -> a `needs-input` finding naming the attributes that decide,
 * - false   -> no finding (the checklist explains not-applicable items from the catalog).
 *
 * Unknown is never read as false: an attribute that is `null` or absent makes its leaf
 * unknown, and `not unknown` stays unknown.
 */
import type { AttributeSpec, Condition, Provenance, Rule, VerdictRule } from '../catalog/schema';
import { BOUNDARY_TYPE } from '../catalog/parseCatalogCore';
import type { AttributeValue, Attributes, Component, Connection, WorkbenchDocument } from '../model/schema';
import type { ExplicitNo, Finding, ModelEvidence, Reason } from './types';
import { toEngineCatalog, type CatalogSource, type EngineCatalog } from './engineCatalog';
import { isAre, pluralWord, verbFor } from '../text/plural';
import {
  ancestorsOf,
  childrenOf,
  componentsOfType,
  connectionsOf,
  indexDocument,
  modelMemo,
  type DocumentIndex,
} from './indexDocument';

/** Kleene truth value: `null` is unknown. */
export type Truth = boolean | null;

/** An attribute whose value would decide a condition. */
export interface MissingInput {
  componentId: string;
  attribute: string;
  connectionId?: string;
}

/** An attribute value the model states, which decided a condition. */
export interface StatedFact {
  componentId: string;
  connectionId?: string;
  /** Whose value it is, as a person reads it: a component's name, or the link described. */
  subject: string;
  /** The attribute's label, e.g. "CPU virtualization extensions (VT-x/AMD-V)". */
  attribute: string;
  /** The value as a person reads it, e.g. "no". */
  value: string;
}

/** Result of a condition with its provenance. */
export interface ConditionResult {
  value: Truth;
  /** Readable descriptions of the leaves that decided the value (the actual state). */
  trace: string[];
  /** For unknown results: the attributes that are unknown, and how to name them. */
  missing: MissingInput[];
  missingText: string[];
  /** The stated attribute values among the deciding leaves. */
  facts: StatedFact[];
  /**
   * For false results: true when the value is false only because something is not drawn
   * (no such link, component or boundary), false when a stated attribute decided it.
   * Absence never makes an item "not applicable" (see buildChecklist).
   */
  absent: boolean;
}

/** Count conditions report at most this many unknown components, to keep reasons readable. */
const MAX_MISSING_PER_COUNT = 20;

interface AttrSubject {
  /** The component the attribute belongs to, or whose connection it is. */
  ownerId: string;
  /** Name of the subject in text: a component's name (links are described from `connection`). */
  name: string;
  attributes: Attributes;
  specs: ReadonlyMap<string, AttributeSpec> | undefined;
  connection?: Connection;
  /** Where imported values came from (issue 18): named in the reason, "(from web-01.xml)". */
  provenance?: Component['provenance'];
}

interface Context {
  cat: EngineCatalog;
  idx: DocumentIndex;
  /** `count` is document-wide: computed once per evaluate, keyed by the condition object. */
  countMemo: Map<object, ConditionResult>;
  /**
   * Whether results carry their `facts` (verdicts and the "why" panel read them; findings do
   * not, and skipping them saves an object and an array per leaf: issue 17).
   */
  facts: boolean;
}

/** A condition compiled once (per condition object) into a closure: no dispatch on its shape per call. */
type Evaluator = (subject: Component, attrs: AttrSubject, ctx: Context) => ConditionResult;

/**
 * A value derived from the catalog (names of types in messages), kept for the last catalog
 * seen: the engine runs against one catalog at a time.
 */
function lastCatalog<T>(make: (ctx: Context) => T): (ctx: Context) => T {
  let cat: EngineCatalog | undefined;
  let value: T;
  return (ctx) => {
    if (cat !== ctx.cat) {
      value = make(ctx);
      cat = ctx.cat;
    }
    return value;
  };
}

// Shared empty arrays: most leaves have no missing inputs, and results are never mutated.
const NONE: never[] = Object.freeze([]) as unknown as never[];

function result(
  value: Truth,
  trace: string[] = NONE,
  missing: MissingInput[] = NONE,
  missingText: string[] = NONE,
): ConditionResult {
  return { value, trace, missing, missingText, facts: NONE, absent: false };
}

/** A false result that holds only because something is not in the model. */
function absentResult(trace: string[]): ConditionResult {
  return { ...result(false, trace), absent: true };
}

const TRUE: ConditionResult = Object.freeze(result(true)) as ConditionResult;

const setCache = new WeakMap<readonly string[], ReadonlySet<string>>();

/** The lists of a condition as sets, built once per condition object. */
function asSet(list: readonly string[]): ReadonlySet<string> {
  let set = setCache.get(list);
  if (!set) {
    set = new Set(list);
    setCache.set(list, set);
  }
  return set;
}

function typeName(ctx: Context, typeId: string): string {
  return ctx.cat.componentTypes.get(typeId)?.name ?? typeId;
}

function connectionTypeName(ctx: Context, typeId: string): string {
  return ctx.cat.connectionTypes.get(typeId)?.name ?? typeId;
}

function componentName(ctx: Context, id: string): string {
  return ctx.idx.componentById.get(id)?.name ?? id;
}

function typeList(ctx: Context, types: readonly string[]): string {
  return types.map((t) => typeName(ctx, t)).join(' or ');
}

/** A value as a person reads it: enum option labels, yes/no, numbers with their unit. */
export function formatAttributeValue(spec: AttributeSpec | undefined, value: string | number | boolean): string {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (spec?.type === 'enum') return spec.options.find((o) => o.value === value)?.label ?? String(value);
  if (typeof value === 'number') return spec?.type === 'number' && spec.unit ? `${value} ${spec.unit}` : String(value);
  return `"${value}"`;
}

function componentSubject(ctx: Context, component: Component): AttrSubject {
  return {
    ownerId: component.id,
    name: component.name,
    attributes: component.attributes,
    specs: ctx.cat.componentAttributes.get(component.type),
    provenance: component.provenance,
  };
}

function linkDescription(ctx: Context, connection: Connection): string {
  return `${connectionTypeName(ctx, connection.type)} link ${componentName(ctx, connection.source)} → ${componentName(ctx, connection.target)}`;
}

function evalAttr(
  subject: AttrSubject,
  attr: string,
  test: (v: Exclude<AttributeValue, null>) => boolean,
  ctx: Context,
): ConditionResult {
  const spec = subject.specs?.get(attr);
  const label = spec?.label ?? attr;
  const value = Object.prototype.hasOwnProperty.call(subject.attributes, attr) ? subject.attributes[attr] : undefined;
  if (value === null || value === undefined) {
    const missing: MissingInput = subject.connection
      ? { componentId: subject.ownerId, attribute: attr, connectionId: subject.connection.id }
      : { componentId: subject.ownerId, attribute: attr };
    const text = subject.connection
      ? `${label} of the ${linkDescription(ctx, subject.connection)}`
      : `${subject.name}'s ${label}`;
    return result(null, [], [missing], [text]);
  }
  const shown = formatAttributeValue(spec, value);
  const source = subject.provenance?.[attr];
  const from = source ? ` (from ${source.file})` : '';
  const text = subject.connection ? `${label}: ${shown}${from}` : `${subject.name}'s ${label} is ${shown}${from}`;
  if (!ctx.facts)
    return { value: test(value), trace: [text], missing: NONE, missingText: NONE, facts: NONE, absent: false };
  const fact: StatedFact = subject.connection
    ? {
        componentId: subject.ownerId,
        connectionId: subject.connection.id,
        subject: linkDescription(ctx, subject.connection),
        attribute: label,
        value: shown,
      }
    : { componentId: subject.ownerId, subject: subject.name, attribute: label, value: `${shown}${from}` };
  // One object per leaf (a spread of `result` made two): leaves are most of the engine's garbage.
  return { value: test(value), trace: [text], missing: NONE, missingText: NONE, facts: [fact], absent: false };
}

function combine(results: ConditionResult[], value: Truth, pick: (r: ConditionResult) => boolean): ConditionResult {
  // One contributor (the common case): reuse its arrays instead of copying them.
  let only: ConditionResult | undefined;
  let count = 0;
  for (const r of results) {
    if (!pick(r)) continue;
    only = r;
    if (++count > 1) break;
  }
  if (count === 1 && only) return only.value === value ? only : { ...only, value };
  const trace: string[] = [];
  const missing: MissingInput[] = [];
  const missingText: string[] = [];
  const facts: StatedFact[] = [];
  let absent = value === false;
  for (const r of results) {
    if (!pick(r)) continue;
    trace.push(...r.trace);
    missing.push(...r.missing);
    missingText.push(...r.missingText);
    facts.push(...r.facts);
    // A false combination is "absent" only when every false part is.
    if (r.value === false && !r.absent) absent = false;
  }
  return { value, trace, missing, missingText, facts, absent };
}

/** Kleene AND with short-circuit on false (its trace is the false leaves). */
function evalAll(conds: readonly Evaluator[], subject: Component, attrs: AttrSubject, ctx: Context): ConditionResult {
  const results: ConditionResult[] = [];
  let sawUnknown = false;
  for (const c of conds) {
    const r = c(subject, attrs, ctx);
    if (r.value === false) return r;
    if (r.value === null) sawUnknown = true;
    results.push(r);
  }
  return sawUnknown ? combine(results, null, (r) => r.value === null) : combine(results, true, () => true);
}

/** Kleene OR: true if any child is true (trace: every true child, so reasons are complete). */
function evalAny(conds: readonly Evaluator[], subject: Component, attrs: AttrSubject, ctx: Context): ConditionResult {
  const results: ConditionResult[] = [];
  let sawUnknown = false;
  let sawTrue = false;
  for (const c of conds) {
    const r = c(subject, attrs, ctx);
    if (r.value === true) sawTrue = true;
    if (r.value === null) sawUnknown = true;
    results.push(r);
  }
  if (sawTrue) return combine(results, true, (r) => r.value === true);
  return sawUnknown ? combine(results, null, (r) => r.value === null) : combine(results, false, () => true);
}

function directionMatches(
  ctx: Context,
  connection: Connection,
  subjectId: string,
  direction: 'out' | 'in' | 'any',
): boolean {
  // Undirected connection types have no meaningful drawing direction: any end matches.
  if (direction === 'any' || ctx.cat.connectionTypes.get(connection.type)?.directed === false) return true;
  return direction === 'out' ? connection.source === subjectId : connection.target === subjectId;
}

type ConnectedSpec = Extract<Condition, { connected: unknown }>['connected'];

/** A link a `connected` condition looked at: the connection, the component at its other end, and what `where` and `peer` gave. */
interface LinkSeen {
  readonly connection: Connection;
  readonly peer: Component;
  readonly parts: readonly ConditionResult[];
}

function linkText(ctx: Context, subject: Component, { connection, peer }: LinkSeen): string {
  return connection.source === subject.id
    ? `${subject.name} is linked to ${peer.name} by ${connectionTypeName(ctx, connection.type)}`
    : `${peer.name} is linked to ${subject.name} by ${connectionTypeName(ctx, connection.type)}`;
}

function evalConnected(
  spec: ConnectedSpec,
  where: Evaluator | undefined,
  peerCond: Evaluator | undefined,
  noLink: (ctx: Context) => string,
  subject: Component,
  ctx: Context,
): ConditionResult {
  const via = asSet(spec.via);
  const peerTypes = spec.peerTypes ? asSet(spec.peerTypes) : undefined;
  const unknown: ConditionResult[] = [];
  // Links are described only for the outcome that names them (issue 17: most of the text
  // built here was for links no reason mentions).
  const failed: { link: LinkSeen; no: ConditionResult }[] = [];
  const matches: LinkSeen[] = [];
  let candidates = 0;
  for (const connection of connectionsOf(ctx.idx, subject.id)) {
    if (!via.has(connection.type) || !directionMatches(ctx, connection, subject.id, spec.direction)) continue;
    const peerId = connection.source === subject.id ? connection.target : connection.source;
    const peer = ctx.idx.componentById.get(peerId);
    if (!peer || (peerTypes && !peerTypes.has(peer.type))) continue;
    candidates++;
    const parts: ConditionResult[] = [];
    if (where) {
      const linkSubject: AttrSubject = {
        ownerId: subject.id,
        name: '',
        attributes: connection.attributes,
        specs: ctx.cat.connectionAttributes.get(connection.type),
        connection,
        provenance: connection.provenance,
      };
      parts.push(where(subject, linkSubject, ctx));
    }
    if (peerCond) parts.push(peerCond(peer, componentSubject(ctx, peer), ctx));
    let no: ConditionResult | undefined;
    let sawUnknown = false;
    for (const p of parts) {
      if (p.value === false) {
        no = p;
        break;
      }
      if (p.value === null) sawUnknown = true;
    }
    if (no) failed.push({ link: { connection, peer, parts }, no });
    else if (sawUnknown) unknown.push(combine(parts, null, (p) => p.value === null));
    else matches.push({ connection, peer, parts });
  }
  if (matches.length > 0) {
    // Every matching link, by peer id: a reason names all that triggered it, in a stable order.
    matches.sort((a, b) => (a.peer.id < b.peer.id ? -1 : a.peer.id > b.peer.id ? 1 : 0));
    const texts = matches.map((m) => {
      const link = linkText(ctx, subject, m);
      const details = m.parts.flatMap((p) => p.trace);
      return details.length > 0 ? `${link} (${details.join('; ')})` : link;
    });
    return {
      ...result(true, texts),
      facts: ctx.facts ? matches.flatMap((m) => m.parts.flatMap((p) => p.facts)) : NONE,
    };
  }
  if (unknown.length > 0) return combine(unknown, null, () => true);
  if (candidates === 0) return absentResult([`${subject.name} has no ${noLink(ctx)}`]);
  return combine(
    failed.map(({ link, no }) => ({ ...no, trace: [`${linkText(ctx, subject, link)} (${no.trace.join('; ')})`] })),
    false,
    () => true,
  );
}

/** "runs-on or network link link to a hypervisor kernel": what a `connected` condition looks for. */
function linkWanted(spec: ConnectedSpec): (ctx: Context) => string {
  return lastCatalog((ctx) => {
    const kinds = spec.via.map((v) => connectionTypeName(ctx, v)).join(' or ');
    const peers = spec.peerTypes ? ` to a ${typeList(ctx, spec.peerTypes)}` : '';
    return `${kinds} link${peers}`;
  });
}

function evalInside(types: string[], subject: Component, ctx: Context): ConditionResult {
  const wanted = asSet(types);
  for (const ancestor of ancestorsOf(ctx.idx, subject)) {
    if (wanted.has(ancestor.type))
      return result(true, [`${subject.name} is inside ${ancestor.name} (${typeName(ctx, ancestor.type)})`]);
  }
  return absentResult([`${subject.name} is not inside any ${typeList(ctx, types)}`]);
}

function evalContains(
  spec: { types: string[]; where?: Condition },
  where: Evaluator | undefined,
  subject: Component,
  ctx: Context,
): ConditionResult {
  const wanted = asSet(spec.types);
  const unknown: ConditionResult[] = [];
  const failed: ConditionResult[] = [];
  const found: ConditionResult[] = [];
  const stack = [...childrenOf(ctx.idx, subject.id)].reverse();
  const seen = new Set<string>([subject.id]);
  while (stack.length > 0) {
    const child = stack.pop()!;
    if (seen.has(child.id)) continue;
    seen.add(child.id);
    const grandChildren = childrenOf(ctx.idx, child.id);
    for (let i = grandChildren.length - 1; i >= 0; i--) stack.push(grandChildren[i]!);
    if (!wanted.has(child.type)) continue;
    const r = where ? where(child, componentSubject(ctx, child), ctx) : result(true);
    const head = `${subject.name} contains ${child.name} (${typeName(ctx, child.type)})`;
    if (r.value === true) found.push({ ...r, trace: [r.trace.length > 0 ? `${head}: ${r.trace.join('; ')}` : head] });
    else if (r.value === null) unknown.push(r);
    else failed.push(r);
  }
  if (found.length > 0) return combine(found, true, () => true);
  if (unknown.length > 0) return combine(unknown, null, () => true);
  const text = [`${subject.name} contains no ${typeList(ctx, spec.types)}${spec.where ? ' that qualifies' : ''}`];
  if (failed.length === 0) return absentResult(text);
  return { ...combine(failed, false, () => true), trace: text };
}

/** The trust boundaries (outermost last) a component is nested in. */
function boundariesOf(ctx: Context, component: Component): Component[] {
  return ancestorsOf(ctx.idx, component).filter((a) => a.type === BOUNDARY_TYPE);
}

/** Whether `boundary`'s zone is one of `zones` (any zone when absent); unknown when not stated. */
function zoneMatches(ctx: Context, boundary: Component, zones: readonly string[] | undefined): ConditionResult {
  if (!zones) return result(true, [`${boundary.name} (${typeName(ctx, boundary.type)})`]);
  return evalAttr(componentSubject(ctx, boundary), 'zone', (v) => asSet(zones).has(String(v)), ctx);
}

function anyBoundary(
  ctx: Context,
  boundaries: readonly Component[],
  zones: readonly string[] | undefined,
  head: (b: Component) => string,
): ConditionResult | null {
  const unknown: ConditionResult[] = [];
  const found: ConditionResult[] = [];
  for (const b of boundaries) {
    const r = zoneMatches(ctx, b, zones);
    if (r.value === true) found.push({ ...r, trace: [`${head(b)}${zones ? ` (${r.trace.join('; ')})` : ''}`] });
    else if (r.value === null) unknown.push(r);
  }
  if (found.length > 0) return combine(found, true, () => true);
  if (unknown.length > 0) return combine(unknown, null, () => true);
  return null;
}

function evalInBoundary(zones: readonly string[] | undefined, subject: Component, ctx: Context): ConditionResult {
  const hit = anyBoundary(ctx, boundariesOf(ctx, subject), zones, (b) => `${subject.name} is inside ${b.name}`);
  return (
    hit ?? absentResult([`${subject.name} is not inside a ${zones ? `${zones.join(' or ')} ` : ''}trust boundary`])
  );
}

/** A connection crosses a boundary when exactly one of its ends is inside it. */
function evalCrossesBoundary(zones: readonly string[] | undefined, attrs: AttrSubject, ctx: Context): ConditionResult {
  const connection = attrs.connection;
  if (!connection) return absentResult(['not a connection']);
  const source = ctx.idx.componentById.get(connection.source);
  const target = ctx.idx.componentById.get(connection.target);
  if (!source || !target) return absentResult([`${linkDescription(ctx, connection)} has a missing end`]);
  const ofSource = boundariesOf(ctx, source);
  const ofTarget = boundariesOf(ctx, target);
  const crossed = [...ofSource.filter((b) => !ofTarget.includes(b)), ...ofTarget.filter((b) => !ofSource.includes(b))];
  const hit = anyBoundary(ctx, crossed, zones, (b) => `it crosses the boundary of ${b.name}`);
  return hit ?? absentResult([`it crosses no ${zones ? `${zones.join(' or ')} ` : ''}trust boundary`]);
}

function evalCount(
  spec: { types: string[]; atLeast: number; where?: Condition },
  where: Evaluator | undefined,
  ctx: Context,
): ConditionResult {
  const memo = ctx.countMemo.get(spec);
  if (memo) return memo;
  let yes = 0;
  const unknown: ConditionResult[] = [];
  for (const type of new Set(spec.types)) {
    for (const component of componentsOfType(ctx.idx, type)) {
      if (!where) {
        yes++;
        continue;
      }
      const r = where(component, componentSubject(ctx, component), ctx);
      if (r.value === true) yes++;
      else if (r.value === null) unknown.push(r);
    }
  }
  const what = `${pluralWord(yes, 'component')} of type ${typeList(ctx, spec.types)}${spec.where ? ` that ${verbFor(yes, 'qualify', 'qualifies')}` : ''}`;
  let out: ConditionResult;
  if (yes >= spec.atLeast) out = result(true, [`the model holds ${yes} ${what} (at least ${spec.atLeast} needed)`]);
  else if (yes + unknown.length >= spec.atLeast) {
    out = combine(unknown.slice(0, MAX_MISSING_PER_COUNT), null, () => true);
  } else out = absentResult([`the model holds ${yes} ${what} (fewer than ${spec.atLeast})`]);
  ctx.countMemo.set(spec, out);
  return out;
}

const compiled = new WeakMap<Condition, Evaluator>();

/**
 * A condition as a closure, built once per condition object (catalogs never change): the
 * shape of each node is read once, sets for `in` lists are built once, and children are
 * compiled with it. Attribute leaves read `attrs` (the subject itself, or a connection inside
 * `connected.where`); structural leaves read the subject component.
 */
function compile(cond: Condition): Evaluator {
  let fn = compiled.get(cond);
  if (!fn) {
    fn = compileNode(cond);
    compiled.set(cond, fn);
  }
  return fn;
}

function compileNode(cond: Condition): Evaluator {
  if ('all' in cond) {
    const parts = cond.all.map(compile);
    return (subject, attrs, ctx) => evalAll(parts, subject, attrs, ctx);
  }
  if ('any' in cond) {
    const parts = cond.any.map(compile);
    return (subject, attrs, ctx) => evalAny(parts, subject, attrs, ctx);
  }
  if ('not' in cond) {
    const inner = compile(cond.not);
    return (subject, attrs, ctx) => {
      const r = inner(subject, attrs, ctx);
      // not(present) is false because of what is drawn, never because something is missing.
      return { ...r, value: r.value === null ? null : !r.value, absent: false };
    };
  }
  if ('attr' in cond) {
    const attr = cond.attr;
    let test: (v: Exclude<AttributeValue, null>) => boolean;
    if ('eq' in cond) {
      const eq = cond.eq;
      test = (v) => v === eq;
    } else if ('in' in cond) {
      // Set membership is SameValueZero, as `includes`.
      const options = new Set<unknown>(cond.in);
      test = (v) => options.has(v);
    } else {
      const gte = cond.gte;
      test = (v) => typeof v === 'number' && v >= gte;
    }
    return (_subject, attrs, ctx) => evalAttr(attrs, attr, test, ctx);
  }
  if ('connected' in cond) {
    const spec = cond.connected;
    const where = spec.where ? compile(spec.where) : undefined;
    const peer = spec.peer ? compile(spec.peer) : undefined;
    const noLink = linkWanted(spec);
    return (subject, _attrs, ctx) => evalConnected(spec, where, peer, noLink, subject, ctx);
  }
  if ('inside' in cond) {
    const types = cond.inside;
    return (subject, _attrs, ctx) => evalInside(types, subject, ctx);
  }
  if ('contains' in cond) {
    const spec = cond.contains;
    const where = spec.where ? compile(spec.where) : undefined;
    return (subject, _attrs, ctx) => evalContains(spec, where, subject, ctx);
  }
  if ('inBoundary' in cond) {
    const zones = cond.inBoundary.zones;
    return (subject, _attrs, ctx) => evalInBoundary(zones, subject, ctx);
  }
  if ('crossesBoundary' in cond) {
    const zones = cond.crossesBoundary.zones;
    return (_subject, attrs, ctx) => evalCrossesBoundary(zones, attrs, ctx);
  }
  const spec = cond.count;
  const where = spec.where ? compile(spec.where) : undefined;
  return (_subject, _attrs, ctx) => evalCount(spec, where, ctx);
}

/** Evaluates one condition on `subject` (see `compile`). */
function evalCondition(cond: Condition, subject: Component, attrs: AttrSubject, ctx: Context): ConditionResult {
  return compile(cond)(subject, attrs, ctx);
}

function dedupeMissing(r: ConditionResult): { missing: MissingInput[]; text: string[] } {
  // One unknown attribute (the common case): nothing to deduplicate.
  // Its arrays are shared, as every part of a finding: findings are read-only.
  if (r.missing.length === 1 && r.missingText.length === 1) return { missing: r.missing, text: r.missingText };
  const seen = new Set<string>();
  const missing: MissingInput[] = [];
  const text: string[] = [];
  r.missing.forEach((m, i) => {
    const key = `${m.componentId}\u0000${m.attribute}\u0000${m.connectionId ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    missing.push(m);
    text.push(r.missingText[i] ?? m.attribute);
  });
  return { missing, text };
}

interface RuleOutputs {
  tasks: string[];
  threats: string[];
  recommendations: string[];
  head: string;
}

/** Per catalog (a task's threats come from the catalog), per rule. */
const ruleOutputsCache = new WeakMap<EngineCatalog, WeakMap<Rule, RuleOutputs>>();

/** Tasks, threats (the rule's plus its tasks' threats) and recommendations of a rule, shared read-only. */
function ruleOutputs(rule: Rule, cat: EngineCatalog): RuleOutputs {
  let perCatalog = ruleOutputsCache.get(cat);
  if (!perCatalog) {
    perCatalog = new WeakMap();
    ruleOutputsCache.set(cat, perCatalog);
  }
  const cached = perCatalog.get(rule);
  if (cached) return cached;
  const threats = new Set(rule.threats);
  for (const task of rule.tasks) for (const t of cat.tasks.get(task)?.threats ?? []) threats.add(t);
  const recommendations = [...new Set(rule.recommendations)];
  const outputs: RuleOutputs = {
    tasks: Object.freeze([...new Set(rule.tasks)]) as string[],
    threats: Object.freeze([...threats]) as string[],
    recommendations: Object.freeze(recommendations) as string[],
    head: recommendations.length > 0 ? recommendations.join(', ') : `Rule ${rule.id}`,
  };
  perCatalog.set(rule, outputs);
  return outputs;
}

/**
 * `text`, stored as one piece. Text assembled from parts is held by JavaScript engines as a
 * tree of those parts; a finding's reason lives as long as the findings, and as a tree it
 * takes twice the memory and gives the garbage collector many small objects to copy
 * (issue 17). Reading a character makes V8 (and others) flatten the tree in place.
 */
function flat(text: string): string {
  text.charCodeAt(0);
  return text;
}

function findingFor(plan: TypePlan, i: number, component: Component, r: ConditionResult): Finding {
  const rule = plan.rules[i]!;
  const out = plan.outputs[i]!;
  const plural = out.recommendations.length > 1;
  let reason: Reason;
  if (r.value === true) {
    const trace = r.trace.length > 0 ? r.trace.join('; ') : `${component.name} is ${plan.typeWithArticle}`;
    reason = {
      ruleId: rule.id,
      componentId: component.id,
      text: flat(`${out.head} ${plural ? 'apply' : 'applies'}: ${trace}`),
    };
  } else {
    const { missing, text } = dedupeMissing(r);
    reason = {
      ruleId: rule.id,
      componentId: component.id,
      text: flat(
        `${out.head} may apply to ${component.name}, needs input: ${text.join(', ')} ${isAre(text.length)} unknown`,
      ),
      missing,
    };
  }
  return {
    ruleId: rule.id,
    componentId: component.id,
    applicability: r.value === true ? 'applicable' : 'needs-input',
    tasks: out.tasks,
    threats: out.threats,
    recommendations: out.recommendations,
    reason,
  };
}

/** catalog -> components -> connections -> findings. */
const memo = new WeakMap<EngineCatalog, WeakMap<object, WeakMap<object, readonly Finding[]>>>();
/** The model's explicit "no" answers of one evaluation, keyed by its findings array. */
const explicitNoMemo = new WeakMap<readonly Finding[], ReadonlyMap<string, readonly ExplicitNo[]>>();

function explicitNo(rule: Rule, out: RuleOutputs, component: Component, r: ConditionResult): ExplicitNo {
  const why =
    r.trace.length > 0
      ? r.trace.join('; ')
      : (rule.notApplicableReason ?? `the condition of rule ${rule.id} does not hold`);
  return {
    ruleId: rule.id,
    componentId: component.id,
    text: flat(
      `${out.head} ${out.recommendations.length > 1 ? 'are' : 'is'} not applicable to ${component.name}: the model states ${why}`,
    ),
  };
}

/** A value memoised per catalog, then on the model's (components, connections) identities. */
function catalogModelMemo<T>(
  store: WeakMap<EngineCatalog, WeakMap<object, WeakMap<object, T>>>,
  cat: EngineCatalog,
  document: Pick<WorkbenchDocument, 'components' | 'connections'>,
  make: () => T,
): T {
  let perCatalog = store.get(cat);
  if (!perCatalog) {
    perCatalog = new WeakMap();
    store.set(cat, perCatalog);
  }
  return modelMemo(perCatalog, document, make);
}

/**
 * Whether a condition reads only the subject's own attributes (no links, nesting or counts).
 * Such a condition's result depends on the component object and the catalog alone, so it is
 * kept per component object (documents are immutable: an edit makes a new object) and an
 * edit re-evaluates only the components it replaced, plus the rules that read neighbours.
 */
function isLocal(cond: Condition): boolean {
  if ('all' in cond) return cond.all.every(isLocal);
  if ('any' in cond) return cond.any.every(isLocal);
  if ('not' in cond) return isLocal(cond.not);
  return 'attr' in cond;
}

/**
 * Whether a condition reads, besides the subject's attributes, only its links and the
 * attributes of those links and of the components at their other ends (`connected` with
 * local `where` and `peer`). Its result then depends on the subject, its connections and
 * their peers: kept while those objects are the same (`sameNeighbourhood`).
 */
function readsOnlyNeighbours(cond: Condition): boolean {
  if ('all' in cond) return cond.all.every(readsOnlyNeighbours);
  if ('any' in cond) return cond.any.every(readsOnlyNeighbours);
  if ('not' in cond) return readsOnlyNeighbours(cond.not);
  if ('connected' in cond) {
    const { where, peer } = cond.connected;
    return (!where || isLocal(where)) && (!peer || isLocal(peer));
  }
  return 'attr' in cond;
}

/** What a rule's outcome on a component depends on, and so how long it may be kept. */
const LOCAL = 0; // the component object alone
const NEIGHBOURS = 1; // the component, its connections and the components at their other ends
const STRUCTURE = 2; // nesting or the whole model: evaluated every time

function dependency(when: Condition | undefined): number {
  if (!when || isLocal(when)) return LOCAL;
  return readsOnlyNeighbours(when) ? NEIGHBOURS : STRUCTURE;
}

/**
 * The rules of one component type against one catalog, prepared once (issue 17): conditions
 * compiled, outputs (tasks, threats, heads) built, and what each outcome depends on.
 */
interface TypePlan {
  readonly rules: readonly Rule[];
  readonly evaluators: readonly (Evaluator | undefined)[];
  readonly outputs: readonly RuleOutputs[];
  readonly dependsOn: readonly number[];
  readonly hasNeighbourRules: boolean;
  /** "a guest VM": the reason of a rule whose condition left no trace. */
  readonly typeWithArticle: string;
}

const planCache = new WeakMap<EngineCatalog, Map<string, TypePlan | null>>();

/** The plans of one catalog, by component type (looked up once per evaluation). */
function plansOf(cat: EngineCatalog): Map<string, TypePlan | null> {
  let perType = planCache.get(cat);
  if (!perType) {
    perType = new Map();
    planCache.set(cat, perType);
  }
  return perType;
}

function planFor(ctx: Context, perType: Map<string, TypePlan | null>, type: string): TypePlan | null {
  let plan = perType.get(type);
  if (plan === undefined) {
    const rules = ctx.cat.rulesByType.get(type);
    if (rules) {
      const dependsOn = rules.map((r) => dependency(r.when));
      const name = typeName(ctx, type);
      plan = {
        rules,
        evaluators: rules.map((r) => (r.when ? compile(r.when) : undefined)),
        outputs: rules.map((r) => ruleOutputs(r, ctx.cat)),
        dependsOn,
        hasNeighbourRules: dependsOn.includes(NEIGHBOURS),
        typeWithArticle: `${/^[aeiou]/i.test(name) ? 'an' : 'a'} ${name}`,
      };
    } else plan = null;
    perType.set(type, plan);
  }
  return plan;
}

/** One rule's outcome on one component: a finding, an explicit "no", or nothing (absent). */
type RuleOutcome = Finding | ExplicitNo | null;

function isFinding(outcome: Finding | ExplicitNo): outcome is Finding {
  return 'applicability' in outcome;
}

function ruleOutcome(plan: TypePlan, i: number, component: Component, subject: AttrSubject, ctx: Context): RuleOutcome {
  const evaluator = plan.evaluators[i];
  const r = evaluator ? evaluator(component, subject, ctx) : TRUE;
  if (r.value !== false) return findingFor(plan, i, component, r);
  return r.absent ? null : explicitNo(plan.rules[i]!, plan.outputs[i]!, component, r);
}

/**
 * What one evaluation kept, for the next (incremental evaluation): aligned with the
 * components of the index it was made on (sorted by id), what was found for each. Documents
 * are immutable, so what was kept for a component holds while it is the same object.
 */
interface EvaluationState<T> {
  readonly idx: DocumentIndex;
  readonly kept: readonly (T | undefined)[];
}

/** The last evaluations per catalog, newest first: the document being edited, and one other (a report, a comparison). */
const KEPT_STATES = 2;

/**
 * The kept evaluation that shares the most of `idx`'s components (sampled at both ends and
 * the middle), or none: a model of new objects (opened, imported) is evaluated in full
 * without looking anything up.
 */
function previousState<T>(
  store: WeakMap<EngineCatalog, EvaluationState<T>[]>,
  cat: EngineCatalog,
  idx: DocumentIndex,
): EvaluationState<T> | undefined {
  const states = store.get(cat);
  if (!states || idx.components.length === 0) return undefined;
  const n = idx.components.length;
  const samples = [idx.components[0]!, idx.components[n >> 1]!, idx.components[n - 1]!];
  let best: EvaluationState<T> | undefined;
  let bestScore = 0;
  for (const state of states) {
    let score = 0;
    for (const c of samples) if (state.idx.componentById.get(c.id) === c) score++;
    if (score > bestScore) {
      best = state;
      bestScore = score;
    }
  }
  return best;
}

function keepState<T>(
  store: WeakMap<EngineCatalog, EvaluationState<T>[]>,
  cat: EngineCatalog,
  state: EvaluationState<T>,
): void {
  const states = store.get(cat) ?? [];
  store.set(cat, [state, ...states].slice(0, KEPT_STATES));
}

/**
 * Reads a kept state alongside a new evaluation: both walk their components in id order, so
 * finding a component's counterpart is a step forward, not a lookup.
 */
class KeptReader<T> {
  private at = 0;
  constructor(private readonly state: EvaluationState<T> | undefined) {}

  /** What was kept for `component`, when the state evaluated this very object. */
  keptFor(component: Component): T | undefined {
    const state = this.state;
    if (!state) return undefined;
    const list = state.idx.components;
    const id = component.id;
    while (this.at < list.length && list[this.at]!.id < id) this.at++;
    return list[this.at] === component ? state.kept[this.at] : undefined;
  }
}

/** Whether a component's connections, and the components at their other ends, are the same objects in both indexes. */
function sameNeighbourhood(before: DocumentIndex, after: DocumentIndex, id: string): boolean {
  if (before === after) return true;
  const was = connectionsOf(before, id);
  const is = connectionsOf(after, id);
  if (was.length !== is.length) return false;
  for (let i = 0; i < is.length; i++) {
    const connection = is[i]!;
    if (connection !== was[i]) return false;
    const peer = connection.source === id ? connection.target : connection.source;
    if (before.componentById.get(peer) !== after.componentById.get(peer)) return false;
  }
  return true;
}

/** A component's outcomes, aligned with its type plan's rules; `undefined` for rules that read nesting or counts. */
type KeptOutcomes = readonly (RuleOutcome | undefined)[];

const outcomeStates = new WeakMap<EngineCatalog, EvaluationState<KeptOutcomes>[]>();

/**
 * Findings of `document` against `catalog`: one per (component, rule) whose `appliesTo`
 * names the component's type and whose condition is true (`applicable`) or unknown
 * (`needs-input`). Ordered by component id, then rule id. Pure; depends only on the
 * document's `components` and `connections`, and is memoised on their identities and the
 * catalog's (an assessment edit does not re-evaluate), so callers must treat the result as
 * read-only. Linear in the model: connections and children are indexed once, `count`
 * conditions are computed once. Incremental: the outcomes of rules that read only the
 * component's own attributes are kept while it is the same object, those of rules that read
 * its links while its links and their other ends are too, so after an edit only the replaced
 * components and the rules that read nesting or counts are evaluated again. The same pass
 * records the model's explicit answers (`explicitAnswers`).
 */
export function evaluate(
  document: Pick<WorkbenchDocument, 'components' | 'connections'>,
  catalog: CatalogSource,
): readonly Finding[] {
  const cat = toEngineCatalog(catalog);
  return catalogModelMemo(memo, cat, document, () => {
    const idx = indexDocument(document);
    const ctx: Context = { cat, idx, countMemo: new Map(), facts: false };
    const previous = previousState(outcomeStates, cat, idx);
    const reader = new KeptReader(previous);
    const components = idx.components;
    const kept: (KeptOutcomes | undefined)[] = new Array<KeptOutcomes | undefined>(components.length);
    const findings: Finding[] = [];
    const answers = new Map<string, ExplicitNo[]>();
    const plans = plansOf(cat);
    for (let c = 0; c < components.length; c++) {
      const component = components[c]!;
      const plan = planFor(ctx, plans, component.type);
      if (!plan) continue;
      const n = plan.rules.length;
      const old = reader.keptFor(component);
      let subject: AttrSubject | undefined;
      let outcomes: KeptOutcomes;
      if (old !== undefined) {
        outcomes = old;
        if (plan.hasNeighbourRules && !sameNeighbourhood(previous!.idx, idx, component.id)) {
          subject = componentSubject(ctx, component);
          const fresh = outcomes.slice();
          for (let i = 0; i < n; i++)
            if (plan.dependsOn[i] === NEIGHBOURS) fresh[i] = ruleOutcome(plan, i, component, subject, ctx);
          outcomes = fresh;
        }
      } else {
        subject = componentSubject(ctx, component);
        const fresh: (RuleOutcome | undefined)[] = [];
        for (let i = 0; i < n; i++)
          fresh.push(plan.dependsOn[i] === STRUCTURE ? undefined : ruleOutcome(plan, i, component, subject, ctx));
        outcomes = fresh;
      }
      kept[c] = outcomes;
      for (let i = 0; i < n; i++) {
        let outcome = outcomes[i];
        if (outcome === undefined)
          outcome = ruleOutcome(plan, i, component, (subject ??= componentSubject(ctx, component)), ctx);
        if (outcome === null) continue;
        if (isFinding(outcome)) findings.push(outcome);
        else {
          const list = answers.get(outcome.ruleId);
          if (list) list.push(outcome);
          else answers.set(outcome.ruleId, [outcome]);
        }
      }
    }
    keepState(outcomeStates, cat, { idx, kept });
    explicitNoMemo.set(findings, answers);
    return findings;
  });
}

/**
 * For findings of `evaluate`: per rule id, the components on which a stated attribute made
 * the rule's condition false. Only these answers may make a recommendation not applicable.
 */
export function explicitAnswers(findings: readonly Finding[]): ReadonlyMap<string, readonly ExplicitNo[]> {
  return explicitNoMemo.get(findings) ?? new Map();
}

/** "SP 800-125A Rev. 1 sec. 4.1", or "inferred from …" for our own mapping. */
export function citation(provenance: Provenance): string {
  const where = `${provenance.publication}${provenance.section ? ` sec. ${provenance.section}` : ''}`;
  return provenance.basis === 'text' ? where : `inferred from ${where}`;
}

function evidenceText(verdict: VerdictRule, r: ConditionResult): string {
  const stated = r.facts.length > 0 ? r.facts.map((f) => `${f.subject}, ${f.attribute} = ${f.value}`) : r.trace;
  const head =
    verdict.verdict === 'contradicts' ? 'The model contradicts this' : 'The model suggests this is met (confirm)';
  return `${head}: ${[...new Set(stated)].join('; ')} (${citation(verdict.provenance)})`;
}

const verdictMemo = new WeakMap<EngineCatalog, WeakMap<object, WeakMap<object, readonly ModelEvidence[]>>>();

/** The verdict rules of one component type, prepared once per catalog (as `TypePlan`). */
interface VerdictPlan {
  readonly verdicts: readonly VerdictRule[];
  readonly evaluators: readonly Evaluator[];
  readonly recommendations: readonly (readonly string[])[];
  readonly local: readonly boolean[];
}

const verdictPlanCache = new WeakMap<EngineCatalog, Map<string, VerdictPlan | null>>();

function verdictPlanFor(cat: EngineCatalog, type: string): VerdictPlan | null {
  let perType = verdictPlanCache.get(cat);
  if (!perType) {
    perType = new Map();
    verdictPlanCache.set(cat, perType);
  }
  let plan = perType.get(type);
  if (plan === undefined) {
    const verdicts = cat.verdictsByType.get(type);
    plan = verdicts
      ? {
          verdicts,
          evaluators: verdicts.map((v) => compile(v.when)),
          recommendations: verdicts.map((v) => [...new Set(v.recommendations)]),
          local: verdicts.map((v) => isLocal(v.when)),
        }
      : null;
    perType.set(type, plan);
  }
  return plan;
}

function verdictRecords(
  plan: VerdictPlan,
  i: number,
  component: Component,
  subject: AttrSubject,
  ctx: Context,
): readonly ModelEvidence[] {
  const verdict = plan.verdicts[i]!;
  const r = plan.evaluators[i]!(component, subject, ctx);
  if (r.value !== true) return NONE;
  const text = evidenceText(verdict, r);
  return plan.recommendations[i]!.map((recommendationId) => ({
    verdictId: verdict.id,
    verdict: verdict.verdict,
    recommendationId,
    componentId: component.id,
    facts: r.facts,
    text,
  }));
}

/** A component's verdict records, aligned with its plan's verdict rules; `undefined` for rules that read more than the component. */
type KeptRecords = readonly (readonly ModelEvidence[] | undefined)[];

const verdictStates = new WeakMap<EngineCatalog, EvaluationState<KeptRecords>[]>();

/**
 * What the model's own facts say about the recommendations: one record per (verdict rule,
 * component, recommendation) whose condition holds, ordered by component id, then verdict id.
 * Unknown values state nothing, so they give no record. Memoised and incremental like `evaluate`
 * (rules on the component's own attributes).
 */
export function evaluateVerdicts(
  document: Pick<WorkbenchDocument, 'components' | 'connections'>,
  catalog: CatalogSource,
): readonly ModelEvidence[] {
  const cat = toEngineCatalog(catalog);
  return catalogModelMemo(verdictMemo, cat, document, () => {
    const idx = indexDocument(document);
    const ctx: Context = { cat, idx, countMemo: new Map(), facts: true };
    const reader = new KeptReader(previousState(verdictStates, cat, idx));
    const components = idx.components;
    const kept: (KeptRecords | undefined)[] = new Array<KeptRecords | undefined>(components.length);
    const out: ModelEvidence[] = [];
    for (let c = 0; c < components.length; c++) {
      const component = components[c]!;
      const plan = verdictPlanFor(cat, component.type);
      if (!plan) continue;
      let subject: AttrSubject | undefined;
      let records = reader.keptFor(component);
      if (records === undefined) {
        const s = (subject = componentSubject(ctx, component));
        records = plan.local.map((local, i) => (local ? verdictRecords(plan, i, component, s, ctx) : undefined));
      }
      kept[c] = records;
      for (let i = 0; i < plan.verdicts.length; i++) {
        const found =
          records[i] ?? verdictRecords(plan, i, component, (subject ??= componentSubject(ctx, component)), ctx);
        for (const record of found) out.push(record);
      }
    }
    keepState(verdictStates, cat, { idx, kept });
    return out;
  });
}

/**
 * Evaluates one condition on one component of `document`, with its trace: for the "why"
 * panel and tests. `count` results are not shared with `evaluate`.
 */
export function evaluateCondition(
  condition: Condition,
  componentId: string,
  document: WorkbenchDocument,
  catalog: CatalogSource,
): ConditionResult {
  const cat = toEngineCatalog(catalog);
  const ctx: Context = { cat, idx: indexDocument(document), countMemo: new Map(), facts: true };
  const component = ctx.idx.componentById.get(componentId);
  if (!component) return result(false, [`no component ${componentId} in the model`]);
  return evalCondition(condition, component, componentSubject(ctx, component), ctx);
}
