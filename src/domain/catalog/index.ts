/** Public surface of the threat catalog. */
export * from './schema';
export { parseCatalog, checkReferences } from './parseCatalog';
export type { Catalog, CatalogError, CatalogIndex, ParseCatalogOptions, ParseCatalogResult } from './parseCatalog';
export { loadBundledCatalog, parseBundledCatalog, bundledCatalogFiles } from './catalogSource';
export { canonicalJson, hashCatalogParts, sha256Hex } from './contentHash';
