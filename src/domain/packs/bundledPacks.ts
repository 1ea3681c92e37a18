/**
 * Bundled packs: packs the catalog ships (`bundledPacks` of threat-catalog/catalog.json, files
 * in threat-catalog/packs/). They are ordinary packs, composed in by default for every project;
 * a project may remove one for itself (`WorkbenchDocument.removedPacks`) and add it again, its
 * assessment entries kept meanwhile. No code names a bundled pack: the manifest lists them.
 */
import type { CatalogData } from '../catalog/schema';
import { type Catalog, type CatalogError, type ParseCatalogResult } from '../catalog/parseCatalogCore';
import { applyPacks, packsOf, type PackedCatalog, type PackInput } from './applyPacks';
import { validatePack } from './validatePack';

/** The bundled pack file names a manifest lists (none when it lists none). */
export function bundledPackFiles(manifest: unknown): string[] {
  const listed = (manifest as { bundledPacks?: unknown } | null)?.bundledPacks;
  return Array.isArray(listed) ? listed.filter((f): f is string => typeof f === 'string') : [];
}

/**
 * `core` with the manifest's bundled packs composed in, in the listed order, its content hash
 * kept; or every problem, each naming the pack file (`packs/<file>`) and the path in it.
 */
export function composeBundledPacks(
  core: Catalog,
  manifest: unknown,
  packFiles: Readonly<Record<string, unknown>>,
): ParseCatalogResult {
  const errors: CatalogError[] = [];
  const inputs: PackInput[] = [];
  for (const file of bundledPackFiles(manifest)) {
    const source = `packs/${file}`;
    if (!Object.prototype.hasOwnProperty.call(packFiles, file)) {
      errors.push({
        path: `catalog.json: bundledPacks`,
        message: `Bundled pack "${file}" is listed in the manifest but was not provided.`,
      });
      continue;
    }
    const parsed = validatePack(packFiles[file], source);
    if (parsed.ok) inputs.push({ source, pack: parsed.pack, bundled: true });
    else errors.push(...parsed.errors);
  }
  if (errors.length > 0) return { ok: false, errors };
  if (inputs.length === 0) return { ok: true, catalog: core };
  const composed = applyPacks(core, inputs);
  if (!composed.ok) return composed;
  const data = composed.catalog;
  const catalog: Catalog & PackedCatalog = Object.freeze({ ...data, contentHash: core.contentHash, parts: core.parts });
  return { ok: true, catalog };
}

/**
 * The catalog a project sees: `catalog` without the packs the project removed for itself
 * (their items, rules, verdicts and publication left out). Entries of those items stay in the document,
 * so adding the pack again shows them as they were.
 */
export function catalogForProject<T extends CatalogData>(catalog: T, removedPacks: readonly string[] | undefined): T {
  const removed = new Set(removedPacks ?? []);
  const packs = packsOf(catalog);
  if (removed.size === 0 || !packs.some((p) => removed.has(p.id))) return catalog;
  const gone = packs.filter((p) => removed.has(p.id));
  const ids = new Set(gone.flatMap((p) => [...p.recommendationIds, ...p.ruleIds, ...p.verdictIds]));
  const data = {
    ...catalog,
    recommendations: catalog.recommendations.filter((r) => !ids.has(r.id)),
    rules: catalog.rules.filter((r) => !ids.has(r.id)),
    verdicts: catalog.verdicts.filter((v) => !ids.has(v.id)),
    // A bundled pack's publication is listed in the manifest under the pack's id; it goes with the pack.
    publications: catalog.publications.filter((p) => !removed.has(p.id)),
    packs: packs.filter((p) => !removed.has(p.id)),
  };
  return data as T;
}

/** `doc` with pack `packId` removed for this project (`removed: true`) or added back; entries untouched. */
export function setPackRemoved<D extends { removedPacks?: string[] | undefined }>(
  doc: D,
  packId: string,
  removed: boolean,
): D {
  const now = new Set(doc.removedPacks ?? []);
  if (removed) now.add(packId);
  else now.delete(packId);
  const { removedPacks: _, ...rest } = doc;
  return (now.size > 0 ? { ...rest, removedPacks: [...now].sort() } : rest) as D;
}

/**
 * `doc` without the assessment entries of packs it removed for itself, and how many were set
 * aside: what an export to another tool's format writes (the entries wait in the project, but
 * the export omits the pack, and says so in its loss report).
 */
export function withoutRemovedPackEntries<
  D extends { removedPacks?: string[] | undefined; assessment: Record<string, { recommendationId: string }> },
>(doc: D): { document: D; setAside: number } {
  const removed = new Set(doc.removedPacks ?? []);
  if (removed.size === 0) return { document: doc, setAside: 0 };
  const kept = Object.entries(doc.assessment).filter(
    ([, e]) => !removed.has(e.recommendationId.slice(0, Math.max(0, e.recommendationId.indexOf('.')))),
  );
  const setAside = Object.keys(doc.assessment).length - kept.length;
  return setAside === 0
    ? { document: doc, setAside }
    : { document: { ...doc, assessment: Object.fromEntries(kept) }, setAside };
}
