/**
 * Packs installed in the app: what is stored (the pack's own text, so it is re-validated
 * against the catalog on every start), the storage port, composing them and the preview an
 * install shows. The record a project keeps of the packs it was assessed with is packRefs.ts.
 */
import type { CatalogData } from '../catalog/schema';
import type { CatalogError } from '../catalog/parseCatalogCore';
import {
  applyPacks,
  packsOf,
  withBundledPacks,
  type AppliedPack,
  type PackedCatalog,
  type PackInput,
} from './applyPacks';
import { parsePackText, type YamlParse } from './parsePack';

/** One installed pack as stored (IndexedDB, behind `PackStorage`). */
export interface StoredPack {
  id: string;
  version: string;
  title: string;
  /** The file it was installed from. */
  source: string;
  /** The file's text, parsed again on every start. */
  text: string;
  installedAt: string;
}

/** Where installed packs are kept; implemented in src/persistence. */
export interface PackStorage {
  list(): Promise<StoredPack[]>;
  put(pack: StoredPack): Promise<void>;
  remove(id: string): Promise<void>;
}

export type PackPreview =
  | {
      ok: true;
      pack: AppliedPack;
      items: { id: string; title: string }[];
      stored: Omit<StoredPack, 'installedAt'>;
      replaces: StoredPack | null;
    }
  | { ok: false; errors: CatalogError[] };

function inputs(
  stored: readonly StoredPack[],
  parseYaml: YamlParse,
): { ok: PackInput[]; failed: { pack: StoredPack; errors: CatalogError[] }[] } {
  const ok: PackInput[] = [];
  const failed: { pack: StoredPack; errors: CatalogError[] }[] = [];
  for (const s of stored) {
    const parsed = parsePackText(s.text, s.source, parseYaml);
    if (parsed.ok) ok.push({ source: s.source, pack: parsed.pack });
    else failed.push({ pack: s, errors: parsed.errors });
  }
  return { ok, failed };
}

/**
 * The core catalog with every stored pack that still composes; a pack that no longer does
 * (the core changed under it) is left out and reported, never dropped from storage.
 */
export function composeInstalled(
  core: CatalogData,
  stored: readonly StoredPack[],
  parseYaml: YamlParse,
): { catalog: PackedCatalog; failed: { pack: StoredPack; errors: CatalogError[] }[] } {
  const { ok, failed } = inputs(stored, parseYaml);
  let catalog = withBundledPacks(core);
  for (const input of ok) {
    const next = applyPacks(catalog, [input]);
    if (next.ok) catalog = next.catalog;
    else failed.push({ pack: stored.find((s) => s.id === input.pack.id)!, errors: next.errors });
  }
  return { catalog, failed };
}

/** What installing `file` would add, checked against the core and the other installed packs; nothing is stored. */
export function previewPack(
  core: CatalogData,
  installed: readonly StoredPack[],
  file: { source: string; text: string },
  parseYaml: YamlParse,
): PackPreview {
  const parsed = parsePackText(file.text, file.source, parseYaml);
  if (!parsed.ok) return parsed;
  const replaces = installed.find((s) => s.id === parsed.pack.id) ?? null;
  const others = composeInstalled(
    core,
    installed.filter((s) => s.id !== parsed.pack.id),
    parseYaml,
  ).catalog;
  const result = applyPacks(others, [{ source: file.source, pack: parsed.pack }]);
  if (!result.ok) return result;
  const pack = packsOf(result.catalog).at(-1)!;
  const items = result.catalog.recommendations
    .filter((r) => pack.recommendationIds.includes(r.id))
    .map((r) => ({ id: r.id, title: r.title }));
  return {
    ok: true,
    pack,
    items,
    stored: { id: pack.id, version: pack.version, title: pack.title, source: file.source, text: file.text },
    replaces,
  };
}

/** What the UI does with packs (implemented in src/app/packService.ts). */
export interface PackService {
  list(): Promise<StoredPack[]>;
  /** Validates a chosen file against the core and the other installed packs; stores nothing. */
  preview(file: { source: string; text: string }): Promise<PackPreview>;
  install(preview: Extract<PackPreview, { ok: true }>): Promise<void>;
  remove(id: string): Promise<void>;
  /** The packs bundled with the catalog, whether or not the open project removed them. */
  bundled(): readonly AppliedPack[];
  /** Removes a bundled pack from the open project only (one undo step); false when refused (the user is told why). */
  removeFromProject(packId: string): boolean;
  /** Adds a bundled pack the open project removed back (one undo step); its kept entries show again. */
  addBackToProject(packId: string): boolean;
}
