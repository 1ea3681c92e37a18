/**
 * Parses and validates the catalog, checking its content hash synchronously in TypeScript
 * (tests, with options such as a different manifest file name). Loading goes through
 * `loadCatalog` (loadCatalog.ts); the browser passes it a Web Crypto hasher, so this JavaScript
 * SHA-256 is not in its first download.
 */
import { hashCatalogParts } from './contentHash';
import { parseCatalogCore, type ParseCatalogCoreOptions, type ParseCatalogResult } from './parseCatalogCore';

export * from './parseCatalogCore';

export interface ParseCatalogOptions extends Omit<ParseCatalogCoreOptions, 'hashParts'> {
  /** Check the manifest's `contentHash` against the parts (default true). */
  verifyHash?: boolean;
}

export function parseCatalog(
  manifest: unknown,
  parts: Readonly<Record<string, unknown>>,
  options: ParseCatalogOptions = {},
): ParseCatalogResult {
  const { verifyHash = true, ...rest } = options;
  return parseCatalogCore(manifest, parts, verifyHash ? { ...rest, hashParts: hashCatalogParts } : rest);
}
