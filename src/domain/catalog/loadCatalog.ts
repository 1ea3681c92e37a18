/**
 * The one catalog loader, used by the browser app (src/app/shippedData.ts), the CLI
 * (src/cli/main.ts and `htw assess --catalog`) and the tests (catalogSource.ts). Every path
 * runs the same checks: schema, unique ids, every cross reference. Only the source of the
 * bytes and the SHA-256 differ (Web Crypto, Node's crypto, the TypeScript one), so the
 * hasher is passed in.
 */
import { finishCatalog, parseCatalogCore, type Catalog, type ParseCatalogResult } from './parseCatalogCore';
import { composeBundledPacks } from '../packs/bundledPacks';

/** `sha256:<hex>` of the parts in manifest order (see `hashCatalogParts` in contentHash.ts). */
export type PartsHasher = (parts: readonly { file: string; content: unknown }[]) => string;

/**
 * What a catalog is read from: the shipped manifest and its part files, or one assembled
 * catalog file (the form `htw assess --catalog` takes), named by its path for messages.
 */
export type CatalogInput =
  | {
      readonly kind: 'manifest';
      readonly manifest: unknown;
      readonly parts: Readonly<Record<string, unknown>>;
      /** Pack files of threat-catalog/packs/ by file name; those the manifest lists in `bundledPacks` are composed in. */
      readonly packs?: Readonly<Record<string, unknown>>;
      readonly hashParts?: PartsHasher;
    }
  | { readonly kind: 'file'; readonly path: string; readonly content: unknown };

/** Validates `input` into a `Catalog`, or lists every problem, each naming file and place. */
export function loadCatalog(input: CatalogInput): ParseCatalogResult {
  if (input.kind === 'manifest') {
    const core = parseCatalogCore(
      input.manifest,
      input.parts,
      input.hashParts ? { hashParts: input.hashParts, packs: input.packs ?? {} } : {},
    );
    return core.ok ? composeBundledPacks(core.catalog, input.manifest, input.packs ?? {}) : core;
  }
  return finishCatalog(input.content, input.path, (collection, index) => `${input.path}: ${collection}[${index}]`, {
    contentHash: '',
    parts: [input.path],
  });
}

/**
 * `loadCatalog` for a catalog that ships with the product: an invalid one is a build defect,
 * not a user error, so it throws an error listing every problem. `source` names where the
 * files came from, for that message.
 */
export function loadShippedCatalog(input: CatalogInput, source: string): Catalog {
  const result = loadCatalog(input);
  if (result.ok) return result.catalog;
  const lines = result.errors.map((e) => `  - ${e.path}: ${e.message}`);
  throw new Error(`The threat catalog (${source}) is invalid:\n${lines.join('\n')}`);
}
