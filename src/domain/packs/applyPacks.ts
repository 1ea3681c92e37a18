/**
 * Composes installed packs into the catalog data the rules engine already reads: a pack's
 * recommendations, rules and verdicts become ordinary catalog items with namespaced ids
 * (`<pack id>.<local id>`), so the engine evaluates them unchanged. Pure; the input catalog
 * is never modified, and on any problem nothing is composed (every problem is returned, each
 * naming the pack file and the path in it).
 */
import type { CatalogData, Recommendation, Rule, VerdictRule } from '../catalog/schema';
import { checkReferences, type CatalogError } from '../catalog/parseCatalogCore';
import type { Crosswalk, CrosswalkTarget, Pack, PackBasis } from './schema';

/** A pack as the composed catalog remembers it: metadata, which items it added, its crosswalks. */
export interface AppliedPack {
  readonly id: string;
  readonly version: string;
  readonly title: string;
  readonly publisher: string;
  readonly description: string;
  /** Where it was read from (file name), for messages. */
  readonly source: string;
  /** Shipped with the catalog and composed in by default; a project may remove it for itself. */
  readonly bundled: boolean;
  readonly recommendationIds: readonly string[];
  readonly ruleIds: readonly string[];
  readonly verdictIds: readonly string[];
  /** Crosswalks with `item` resolved to the catalog id (core id, or namespaced pack id). */
  readonly crosswalks: readonly { item: string; targets: readonly CrosswalkTarget[]; note?: string }[];
}

/** Catalog data with packs composed in. `packs` is empty for the core catalog alone. */
export interface PackedCatalog extends CatalogData {
  readonly packs: readonly AppliedPack[];
}

export interface PackInput {
  /** File name (or other label) for error paths. */
  source: string;
  pack: Pack;
  /** A pack the catalog ships (`bundledPacks` of the manifest). */
  bundled?: boolean;
}

export type ApplyPacksResult = { ok: true; catalog: PackedCatalog } | { ok: false; errors: CatalogError[] };

/** The packs composed into a catalog (none for plain catalog data). */
export function packsOf(catalog: object): readonly AppliedPack[] {
  return (catalog as Partial<PackedCatalog>).packs ?? [];
}

/**
 * `core` as installed packs start from: with the packs it was loaded with listed (the bundled
 * ones, SP 800-125B), so installed ones are added to them.
 */
export function withBundledPacks(core: CatalogData): PackedCatalog {
  return { ...core, packs: packsOf(core) };
}

/** The pack an item id belongs to, when a pack added it. */
export function packOfItem(catalog: object, id: string): AppliedPack | undefined {
  return packsOf(catalog).find(
    (p) => p.recommendationIds.includes(id) || p.ruleIds.includes(id) || p.verdictIds.includes(id),
  );
}

/** Crosswalk targets every pack gives for a catalog item, with the pack that gives them. */
export function crosswalksOf(catalog: object, itemId: string): { pack: string; target: CrosswalkTarget }[] {
  return packsOf(catalog).flatMap((p) =>
    p.crosswalks.filter((c) => c.item === itemId).flatMap((c) => c.targets.map((target) => ({ pack: p.id, target }))),
  );
}

export const namespaced = (packId: string, localId: string): string => `${packId}.${localId}`;

const provenanceBasis = (basis: PackBasis): 'text' | 'inferred' => (basis === 'text' ? 'text' : 'inferred');

function coreIds(catalog: CatalogData): Map<string, string> {
  const ids = new Map<string, string>();
  const add = (collection: string, items: readonly { id: string }[]) => items.forEach((x) => ids.set(x.id, collection));
  add('baselineFunctions', catalog.baselineFunctions);
  add('tasks', catalog.tasks);
  add('threatSources', catalog.threatSources);
  add('threats', catalog.threats);
  add('recommendations', catalog.recommendations);
  add('componentTypes', catalog.componentTypes);
  add('connectionTypes', catalog.connectionTypes);
  add('rules', catalog.rules);
  add('verdicts', catalog.verdicts);
  return ids;
}

interface Composed {
  recommendations: Recommendation[];
  rules: Rule[];
  verdicts: VerdictRule[];
  applied: AppliedPack;
}

function composeOne(
  input: PackInput,
  core: ReadonlyMap<string, string>,
  err: (path: string, message: string) => void,
): Composed {
  const { pack, source } = input;
  const at = (path: string) => `${source}: ${path}`;
  const ns = (local: string) => namespaced(pack.id, local);
  const own = new Set(pack.recommendations.map((r) => r.id));

  // A pack references core ids but never redefines one: its own ids must be new.
  const refuseCore = (collection: string, items: readonly { id: string }[]) =>
    items.forEach((item, i) => {
      const taken = core.get(item.id);
      if (taken)
        err(
          at(`${collection}[${i}].id`),
          `"${item.id}" is a core catalog id (${taken}); a pack may reference core ids but never redefine them. Give the pack's item its own id.`,
        );
    });
  refuseCore('recommendations', pack.recommendations);
  refuseCore('rules', pack.rules);
  refuseCore('verdicts', pack.verdicts);

  const ownRecs = (path: string, ids: readonly string[]): string[] =>
    ids.map((id, i) => {
      if (!own.has(id)) {
        err(
          at(`${path}[${i}]`),
          core.get(id) === 'recommendations'
            ? `"${id}" is a core recommendation: a pack's rules and verdicts may only call for the pack's own recommendations, so core items never change.`
            : `Unknown recommendation "${id}": not one of this pack's recommendations (${[...own].join(', ') || 'it has none'}).`,
        );
      }
      return ns(id);
    });

  const crosswalks = pack.crosswalks.map((c: Crosswalk, i) => {
    let item = c.item;
    if (own.has(c.item)) item = ns(c.item);
    else if (core.get(c.item) !== 'recommendations')
      err(
        at(`crosswalks[${i}].item`),
        `Unknown item "${c.item}": neither a core recommendation nor one of this pack's.`,
      );
    return { item, targets: c.targets, ...(c.note !== undefined ? { note: c.note } : {}) };
  });

  // Rules and verdicts cite the section of the first recommendation they speak to.
  const sectionOf = (recIds: readonly string[]) =>
    pack.recommendations.find((r) => r.id === recIds[0])?.references[0]?.section ?? '';
  const note = `${pack.title} ${pack.version} (pack ${pack.id}, ${pack.publisher})`;
  const recommendations: Recommendation[] = pack.recommendations.map((r) => {
    const ref = r.references[0]!;
    const sp80053 = crosswalks
      .filter((c) => c.item === ns(r.id))
      .flatMap((c) => c.targets.filter((t) => t.scheme === 'sp800-53r5').map((t) => t.id));
    const references = r.references
      .map((x) => [x.source, x.section, x.page !== undefined ? `p. ${x.page}` : undefined].filter(Boolean).join(', '))
      .join('; ');
    return {
      id: ns(r.id),
      pack: pack.id,
      title: r.title,
      requirement: r.requirement,
      rationale: r.rationale ?? r.requirement,
      section: ref.section ?? '',
      ...(ref.page !== undefined ? { page: ref.page } : {}),
      baselineFunction: r.baselineFunction ?? null,
      tasks: [...r.tasks],
      threats: [...r.threats],
      applicability: r.applicability,
      guidance: {
        evidence: r.evidence ?? 'The pack gives no evidence guidance for this item.',
        platforms: { ...r.platforms },
        provenance: { publication: 'Pack', section: ref.section ?? '', basis: 'inferred', note },
      },
      // The crosswalk names SP 800-53 Rev. 5 controls; the mapping is the pack author's (inferred).
      crosswalk: {
        sp80053r5: [...new Set(sp80053)],
        provenance: { publication: 'SP 800-53 Rev. 5', section: 'crosswalk', basis: 'inferred', note },
      },
      provenance: {
        publication: 'Pack',
        section: ref.section ?? '',
        basis: provenanceBasis(r.basis),
        note: `${note}; references: ${references}`.slice(0, 1000),
      },
    };
  });
  const rules: Rule[] = pack.rules.map((r, i) => ({
    id: ns(r.id),
    description: r.description,
    appliesTo: [...r.appliesTo],
    ...(r.when !== undefined ? { when: r.when } : {}),
    tasks: [...r.tasks],
    threats: [...r.threats],
    recommendations: ownRecs(`rules[${i}].recommendations`, r.recommendations),
    ...(r.notApplicableReason !== undefined ? { notApplicableReason: r.notApplicableReason } : {}),
    ...(r.question !== undefined ? { question: r.question } : {}),
    provenance: { publication: 'Pack', section: sectionOf(r.recommendations), basis: provenanceBasis(r.basis), note },
  }));
  const verdicts: VerdictRule[] = pack.verdicts.map((v, i) => ({
    id: ns(v.id),
    description: v.description,
    appliesTo: [...v.appliesTo],
    when: v.when,
    verdict: v.verdict,
    recommendations: ownRecs(`verdicts[${i}].recommendations`, v.recommendations),
    provenance: { publication: 'Pack', section: sectionOf(v.recommendations), basis: provenanceBasis(v.basis), note },
  }));
  return {
    recommendations,
    rules,
    verdicts,
    applied: {
      id: pack.id,
      version: pack.version,
      title: pack.title,
      publisher: pack.publisher,
      description: pack.description,
      source,
      bundled: input.bundled === true,
      recommendationIds: recommendations.map((r) => r.id),
      ruleIds: rules.map((r) => r.id),
      verdictIds: verdicts.map((v) => v.id),
      crosswalks,
    },
  };
}

/**
 * `catalog` with `packs` composed in, in the order given, or every problem found. Cross-checks
 * the result as the catalog parser does (unique ids, references resolve, conditions name
 * attributes and values that exist, applicability attributes allow unknown), with each error
 * path pointing into the pack file it came from.
 */
export function applyPacks(catalog: CatalogData, packs: readonly PackInput[]): ApplyPacksResult {
  const errors: CatalogError[] = [];
  const err = (path: string, message: string) => errors.push({ path, message });
  const core = coreIds(catalog);
  const seen = new Map<string, string>();
  const composed: Composed[] = [];
  for (const input of packs) {
    const first = seen.get(input.pack.id);
    if (first !== undefined) {
      err(
        `${input.source}: id`,
        `Pack "${input.pack.id}" is already given by ${first}; install one version of a pack at a time.`,
      );
      continue;
    }
    seen.set(input.pack.id, input.source);
    composed.push(composeOne(input, core, err));
  }

  const data: PackedCatalog = {
    id: catalog.id,
    version: catalog.version,
    title: catalog.title,
    publications: catalog.publications,
    baselineFunctions: catalog.baselineFunctions,
    tasks: catalog.tasks,
    threatSources: catalog.threatSources,
    threats: catalog.threats,
    recommendations: [...catalog.recommendations, ...composed.flatMap((c) => c.recommendations)],
    componentTypes: catalog.componentTypes,
    connectionTypes: catalog.connectionTypes,
    rules: [...catalog.rules, ...composed.flatMap((c) => c.rules)],
    verdicts: [...catalog.verdicts, ...composed.flatMap((c) => c.verdicts)],
    glossary: catalog.glossary,
    packs: [...packsOf(catalog), ...composed.map((c) => c.applied)],
  };

  // Map indexes of the composed collections back to "<pack file>: <collection>[<local index>]".
  const origins: Record<'recommendations' | 'rules' | 'verdicts', string[]> = {
    recommendations: [],
    rules: [],
    verdicts: [],
  };
  for (const c of composed) {
    const source = c.applied.source;
    c.recommendations.forEach((_, j) => origins.recommendations.push(`${source}: recommendations[${j}]`));
    c.rules.forEach((_, j) => origins.rules.push(`${source}: rules[${j}]`));
    c.verdicts.forEach((_, j) => origins.verdicts.push(`${source}: verdicts[${j}]`));
  }
  const where = (collection: string, index: number): string => {
    const list = origins[collection as keyof typeof origins];
    const coreLength = list ? (catalog[collection as keyof typeof origins] as readonly unknown[]).length : Infinity;
    if (list && index >= coreLength) return list[index - coreLength] ?? `${collection}[${index}]`;
    return `(core catalog) ${collection}[${index}]`;
  };
  // A path already explained by the pack checks (a core recommendation called for) is not repeated.
  const explained = new Set(errors.map((e) => e.path));
  errors.push(
    ...checkReferences(data, where as Parameters<typeof checkReferences>[1]).filter((e) => !explained.has(e.path)),
  );
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, catalog: data };
}
