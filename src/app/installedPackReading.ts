/**
 * Reading installed packs in the app: their text (JSON or YAML, through the untrusted-input
 * walk) with the YAML parser (about 40 kB gzip), composed into the catalog, previewed for an
 * install, installed and removed. packService.ts loads this the first time a pack is stored
 * or chosen: a start with no pack installed, every first visit, downloads none of it.
 */
import { parse } from 'yaml';
import type { CatalogData } from '../domain/catalog/schema';
import { PACK_YAML_OPTIONS, type YamlParse } from '../domain/packs/parsePack';
import {
  composeInstalled,
  previewPack,
  type PackPreview,
  type PackStorage,
  type StoredPack,
} from '../domain/packs/installedPacks';
import type { WorkbenchStore } from '../store/createWorkbenchStore';

const parseYaml: YamlParse = (text) => parse(text, PACK_YAML_OPTIONS) as unknown;

/** The core catalog with every stored pack that still composes, and those that no longer do. */
export function composeStored(core: CatalogData, stored: readonly StoredPack[]) {
  return composeInstalled(core, stored, parseYaml);
}

/** What installing `file` would add; nothing is stored. */
export function previewFile(
  core: CatalogData,
  installed: readonly StoredPack[],
  file: { source: string; text: string },
) {
  return previewPack(core, installed, file, parseYaml);
}

/** What installing and removing change: the stored packs, and the composed catalog the project's view is made from. */
export interface InstalledPacks {
  core: CatalogData;
  storage: PackStorage;
  store: WorkbenchStore;
  clock: () => string;
  setComposed(catalog: CatalogData): void;
}

async function recompose({ core, storage, setComposed }: InstalledPacks): Promise<void> {
  setComposed(composeStored(core, await storage.list()).catalog);
}

/** Stores a previewed pack (it passed validation) and composes it in. */
export async function installPack(packs: InstalledPacks, preview: Extract<PackPreview, { ok: true }>): Promise<void> {
  await packs.storage.put({ ...preview.stored, installedAt: packs.clock() });
  await recompose(packs);
  packs.store.getState().notify({
    kind: 'info',
    text: `Installed pack ${preview.pack.id} ${preview.pack.version}: ${preview.pack.recommendationIds.length} checklist items added.`,
  });
}

/** Removes an installed pack; assessment entries of its items are kept. */
export async function removePack(packs: InstalledPacks, id: string): Promise<void> {
  await packs.storage.remove(id);
  await recompose(packs);
  packs.store.getState().notify({
    kind: 'info',
    text: `Removed pack ${id}. Assessment entries of its items are kept (listed as orphaned) until it is installed again.`,
  });
}
