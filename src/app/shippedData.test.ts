import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadBundledCatalog } from '../domain/catalog/catalogSource';
import { hashCatalogParts } from '../domain/catalog/contentHash';
import { catalogHashFiles } from '../domain/catalog/catalogHashInput';
import { loadTemplate } from '../domain/catalog/templates';
import { createFetchedTemplateLibrary, fetchShippedCatalog } from './shippedData';

/** Serves the repository's files for the URLs Vite gives the `?url` imports (paths from the root). */
function serveRepositoryFiles(override: (path: string) => Response | undefined = () => undefined) {
  const requested: string[] = [];
  const fetch = vi.fn(async (url: string) => {
    const path = new URL(url, 'http://localhost').pathname;
    requested.push(path);
    const special = override(path);
    if (special) return special;
    try {
      return new Response(readFileSync(join(process.cwd(), decodeURIComponent(path))), { status: 200 });
    } catch {
      return new Response('not found', { status: 404 });
    }
  });
  vi.stubGlobal('fetch', fetch);
  return { fetch, requested };
}

afterEach(() => vi.unstubAllGlobals());

describe('the catalog as the browser fetches it', () => {
  it('equals the bundled catalog, fetching each part listed in the manifest once', async () => {
    const { requested } = serveRepositoryFiles();
    const fetched = await fetchShippedCatalog();
    expect(fetched).toEqual(loadBundledCatalog());
    const manifest = JSON.parse(readFileSync('threat-catalog/catalog.json', 'utf8')) as {
      parts: string[];
      bundledPacks: string[];
    };
    expect(requested.map((p) => p.slice(p.lastIndexOf('/') + 1)).sort()).toEqual(
      [...manifest.parts, ...manifest.bundledPacks].sort(),
    );
  });

  it('names the file and the HTTP status when a part cannot be loaded', async () => {
    serveRepositoryFiles((path) => (path.endsWith('/rules.json') ? new Response('gone', { status: 404 }) : undefined));
    await expect(fetchShippedCatalog()).rejects.toThrow(
      /The threat catalog: rules\.json could not be loaded \(HTTP 404\)/,
    );
  });

  it('names the file when a part is not JSON', async () => {
    serveRepositoryFiles((path) =>
      path.endsWith('/threats.json') ? new Response('<html>', { status: 200 }) : undefined,
    );
    await expect(fetchShippedCatalog()).rejects.toThrow(/threats\.json is not valid JSON/);
  });

  it('refuses served parts that differ from the build (content hash, checked with Web Crypto)', async () => {
    const glossary = JSON.parse(readFileSync('threat-catalog/glossary.json', 'utf8')) as {
      glossary: { definition: string }[];
    };
    glossary.glossary[0]!.definition += ' (edited)';
    serveRepositoryFiles((path) => (path.endsWith('/glossary.json') ? Response.json(glossary) : undefined));
    await expect(fetchShippedCatalog()).rejects.toThrow(
      /threat catalog \(threat-catalog\/ as served\) is invalid:\n {2}- catalog\.json: contentHash: Content hash sha256:[0-9a-f]{64} does not match the parts/,
    );
  });

  it('hashes the parts and bundled packs exactly as the TypeScript SHA-256 does', async () => {
    serveRepositoryFiles();
    const catalog = await fetchShippedCatalog();
    const manifest = JSON.parse(readFileSync('threat-catalog/catalog.json', 'utf8')) as {
      parts: string[];
      bundledPacks: string[];
    };
    const read = (dir: string, names: string[]) =>
      Object.fromEntries(names.map((file) => [file, JSON.parse(readFileSync(`${dir}${file}`, 'utf8')) as unknown]));
    const files = catalogHashFiles(
      manifest.parts,
      read('threat-catalog/', manifest.parts),
      manifest.bundledPacks,
      read('threat-catalog/packs/', manifest.bundledPacks),
    );
    expect(files.map((f) => f.file)).toContain('packs/sp800-125b.json');
    expect(catalog.contentHash).toBe(hashCatalogParts(files));
  });

  it('refuses a served bundled pack that differs from the build (the hash covers bundled packs)', async () => {
    const pack = JSON.parse(readFileSync('threat-catalog/packs/sp800-125b.json', 'utf8')) as {
      recommendations: { title: string }[];
    };
    pack.recommendations[0]!.title += ' (edited)';
    serveRepositoryFiles((path) => (path.endsWith('/sp800-125b.json') ? Response.json(pack) : undefined));
    await expect(fetchShippedCatalog()).rejects.toThrow(
      /catalog\.json: contentHash: Content hash sha256:[0-9a-f]{64} does not match the parts/,
    );
  });
});

describe('the templates as the browser fetches them', () => {
  it('lists every shipped template and loads each one as shipped, fetching it once', async () => {
    const { fetch } = serveRepositoryFiles();
    const library = createFetchedTemplateLibrary();
    const ids = library.list().map((t) => t.id);
    expect(ids).toHaveLength(5);
    for (const id of ids) expect(await library.load(id)).toEqual(loadTemplate(id));
    await library.load(ids[0]!);
    expect(fetch).toHaveBeenCalledTimes(5);
  });

  it('refuses an unknown template, and retries a failed fetch on the next attempt', async () => {
    let fail = true;
    serveRepositoryFiles((path) =>
      fail && path.endsWith('/kvm-libvirt.json') ? new Response('', { status: 503 }) : undefined,
    );
    const library = createFetchedTemplateLibrary();
    await expect(library.load('no-such-template')).rejects.toThrow('Unknown template "no-such-template".');
    await expect(library.load('kvm-libvirt')).rejects.toThrow(
      /Template "KVM\/QEMU with libvirt": kvm-libvirt\.json could not be loaded \(HTTP 503\)/,
    );
    fail = false;
    expect((await library.load('kvm-libvirt')).components).toEqual(loadTemplate('kvm-libvirt').components);
  });
});
