/**
 * Reading installed packs in the app: their text (JSON or YAML, through the untrusted-input
 * walk) with the YAML parser (about 40 kB gzip), composed into the catalog or previewed for an
 * install. packService.ts loads this the first time a pack is stored or chosen: a start with
 * no pack installed, every first visit, downloads none of it.
 */
import { parse } from 'yaml';
import type { CatalogData } from '../domain/catalog/schema';
import { PACK_YAML_OPTIONS, type YamlParse } from '../domain/packs/parsePack';
import { composeInstalled, previewPack, type StoredPack } from '../domain/packs/installedPacks';

const parseYaml: YamlParse = (text) => parse(text, PACK_YAML_OPTIONS) as unknown;

/** The core catalog with every stored pack that still composes, and those that no longer do. */
export function composeStored(core: CatalogData, stored: readonly StoredPack[]) {
  return composeInstalled(core, stored, parseYaml);
}

/** What installing `file` would add; nothing is stored. */
export function previewFile(core: CatalogData, installed: readonly StoredPack[], file: { source: string; text: string }) {
  return previewPack(core, installed, file, parseYaml);
}
