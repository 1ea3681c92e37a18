/**
 * The catalog bundled into the code: the JSON files of `threat-catalog/`, imported statically
 * so Vitest and the CLI bundle inline them (no fetch, no file system). The browser app
 * fetches the same files instead (src/app/shippedData.ts), to keep them out of its first load.
 */
import manifest from '../../../threat-catalog/catalog.json';
import baselineFunctions from '../../../threat-catalog/baseline-functions.json';
import threats from '../../../threat-catalog/threats.json';
import recommendations125a from '../../../threat-catalog/recommendations-sp800-125a.json';
import componentTypes from '../../../threat-catalog/component-types.json';
import connectionTypes from '../../../threat-catalog/connection-types.json';
import rules from '../../../threat-catalog/rules.json';
import verdicts from '../../../threat-catalog/verdicts.json';
import glossary from '../../../threat-catalog/glossary.json';
import { parseCatalog, type Catalog, type ParseCatalogResult } from './parseCatalog';
import { loadShippedCatalog } from './loadCatalog';
import { hashCatalogParts } from './contentHash';
import { composeBundledPacks } from '../packs/bundledPacks';

/** Pack files of threat-catalog/packs/ by file name; the manifest's `bundledPacks` says which are bundled. */
const packFiles: Readonly<Record<string, unknown>> = Object.fromEntries(
  Object.entries(
    import.meta.glob<unknown>('../../../threat-catalog/packs/*.json', { eager: true, import: 'default' }),
  ).map(([path, value]) => [path.slice(path.lastIndexOf('/') + 1), value]),
);

/** The raw manifest and part files, keyed by file name as the manifest lists them. */
export const bundledCatalogFiles: {
  readonly manifest: unknown;
  readonly parts: Readonly<Record<string, unknown>>;
  readonly packs: Readonly<Record<string, unknown>>;
} = {
  manifest,
  packs: packFiles,
  parts: {
    'baseline-functions.json': baselineFunctions,
    'threats.json': threats,
    'recommendations-sp800-125a.json': recommendations125a,
    'component-types.json': componentTypes,
    'connection-types.json': connectionTypes,
    'rules.json': rules,
    'verdicts.json': verdicts,
    'glossary.json': glossary,
  },
};

/** Parses the bundled files, bundled packs composed in (not cached; use `loadBundledCatalog` for the shared instance). */
export function parseBundledCatalog(): ParseCatalogResult {
  const core = parseCatalog(bundledCatalogFiles.manifest, bundledCatalogFiles.parts, {
    packs: bundledCatalogFiles.packs,
  });
  return core.ok ? composeBundledPacks(core.catalog, bundledCatalogFiles.manifest, bundledCatalogFiles.packs) : core;
}

let cached: Catalog | undefined;

/** The bundled catalog, validated once and shared; throws when the files are invalid. */
export function loadBundledCatalog(): Catalog {
  cached ??= loadShippedCatalog(
    { kind: 'manifest', ...bundledCatalogFiles, hashParts: hashCatalogParts },
    'threat-catalog/',
  );
  return cached;
}
