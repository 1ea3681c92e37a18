import { parseCatalog, type Catalog } from './parseCatalog';

/**
 * The catalog from its manifest and part files (keyed by file name as the manifest lists
 * them). Throws with every problem listed: the shipped catalog being invalid is a build
 * defect, not a user error. `source` names where the files came from, for that message.
 */
export function catalogFromFiles(manifest: unknown, parts: Readonly<Record<string, unknown>>, source: string): Catalog {
  const result = parseCatalog(manifest, parts);
  if (result.ok) return result.catalog;
  const lines = result.errors.map((e) => `  - ${e.path}: ${e.message}`);
  throw new Error(`The threat catalog (${source}) is invalid:\n${lines.join('\n')}`);
}
