/**
 * The catalog and templates as the browser app gets them: fetched from the app's own origin
 * as JSON files Vite copies into the build, instead of compiled into the JavaScript. A first
 * visit then parses data as JSON (cheaper than as code) and loads only the sample template.
 * Same-origin only, read-only, no user data: the one place the app uses `fetch`.
 */
import { catalogHashFiles, catalogHashInput } from '../domain/catalog/catalogHashInput';
import type { Catalog } from '../domain/catalog/parseCatalogCore';
import { loadShippedCatalog } from '../domain/catalog/loadCatalog';
import { TEMPLATE_INDEX, validateTemplate } from '../domain/catalog/templateDocument';
import type { TemplateLibrary } from '../domain/ports';
import { bundledPackFiles } from '../domain/packs/bundledPacks';
import manifest from '../../threat-catalog/catalog.json';

/** URL of each shipped JSON file, by file name (the build emits each as a file, never inline). */
const byFileName = (urls: Record<string, string>): Map<string, string> =>
  new Map(Object.entries(urls).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1), url]));

const CATALOG_FILES = byFileName(
  import.meta.glob<string>(['../../threat-catalog/*.json', '!**/catalog.json', '!**/catalog.lock.json'], {
    query: '?url',
    import: 'default',
    eager: true,
  }),
);
const PACK_FILES = byFileName(
  import.meta.glob<string>('../../threat-catalog/packs/*.json', { query: '?url', import: 'default', eager: true }),
);
const TEMPLATE_FILES = byFileName(
  import.meta.glob<string>(['../../threat-catalog/templates/*.json', '!**/index.json'], {
    query: '?url',
    import: 'default',
    eager: true,
  }),
);

async function fetchJson(files: Map<string, string>, fileName: string, what: string): Promise<unknown> {
  const url = files.get(fileName);
  if (!url) throw new Error(`${what}: the file ${fileName} is not part of this build.`);
  let response: Response;
  try {
    // eslint-disable-next-line no-restricted-globals -- same-origin, read-only: the app's own data files.
    response = await fetch(url, { credentials: 'omit' });
  } catch (error) {
    throw new Error(
      `${what}: ${fileName} could not be loaded (${error instanceof Error ? error.message : String(error)}). Check that the workbench is still being served and reload.`,
      { cause: error },
    );
  }
  if (!response.ok)
    throw new Error(
      `${what}: ${fileName} could not be loaded (HTTP ${response.status}). Reload the page; if it persists, the installation is incomplete.`,
    );
  try {
    return await response.json();
  } catch (error) {
    throw new Error(`${what}: ${fileName} is not valid JSON.`, { cause: error });
  }
}

/** `sha256:<hex>` of the parts, as contentHash.ts computes it, with the browser's own SHA-256. */
async function hashParts(parts: readonly { file: string; content: unknown }[]): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(catalogHashInput(parts)));
  return `sha256:${Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * Fetches the part files the manifest lists, all at once, checks them against the
 * manifest's content hash and validates the whole. The manifest itself is small and ships
 * in the code, so there is no manifest-then-parts wait.
 */
export async function fetchShippedCatalog(): Promise<Catalog> {
  const source = 'threat-catalog/ as served';
  const listed = (manifest as { parts?: unknown }).parts;
  const names = Array.isArray(listed) ? listed.filter((name): name is string => typeof name === 'string') : [];
  const packNames = bundledPackFiles(manifest);
  const [contents, packContents] = await Promise.all([
    Promise.all(names.map((name) => fetchJson(CATALOG_FILES, name, 'The threat catalog'))),
    Promise.all(packNames.map((name) => fetchJson(PACK_FILES, name, 'A bundled pack'))),
  ]);
  const parts = Object.fromEntries(names.map((name, i) => [name, contents[i]]));
  const packs = Object.fromEntries(packNames.map((name, i) => [name, packContents[i]]));
  // Hashed up front (Web Crypto is asynchronous), bundled packs included; the parser compares it with the manifest.
  const hash = await hashParts(catalogHashFiles(names, parts, packNames, packs));
  return loadShippedCatalog({ kind: 'manifest', manifest, parts, packs, hashParts: () => hash }, source);
}

/** Templates fetched the first time each is used; the index ships in the code. */
export function createFetchedTemplateLibrary(): TemplateLibrary {
  const loaded = new Map<string, Promise<ReturnType<typeof validateTemplate>>>();
  const available = TEMPLATE_INDEX.filter((t) => TEMPLATE_FILES.has(t.file));
  return {
    list: () => available,
    load(templateId) {
      const info = available.find((t) => t.id === templateId);
      if (!info) return Promise.reject(new Error(`Unknown template "${templateId}".`));
      let pending = loaded.get(templateId);
      if (!pending) {
        pending = fetchJson(TEMPLATE_FILES, info.file, `Template "${info.title}"`).then((raw) =>
          validateTemplate(templateId, raw),
        );
        // A failed fetch is not remembered: the next attempt tries again.
        pending.catch(() => loaded.delete(templateId));
        loaded.set(templateId, pending);
      }
      return pending;
    },
  };
}
