import type { Catalog, ParseCatalogResult } from './parseCatalogCore';

/**
 * The catalog of a parse result, or an error listing every problem: the shipped catalog
 * being invalid is a build defect, not a user error. `source` names where the files came
 * from, for that message.
 */
export function catalogOrThrow(result: ParseCatalogResult, source: string): Catalog {
  if (result.ok) return result.catalog;
  const lines = result.errors.map((e) => `  - ${e.path}: ${e.message}`);
  throw new Error(`The threat catalog (${source}) is invalid:\n${lines.join('\n')}`);
}
