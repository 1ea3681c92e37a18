/**
 * The command line checks the bundled catalog's content hash with Node's native SHA-256
 * (issue 17): the same digest as the domain's TypeScript SHA-256, so a changed part is still
 * refused, and the same catalog as `loadBundledCatalog`.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bundledCatalogFiles, loadBundledCatalog } from '../domain/catalog/catalogSource';
import { catalogHashFiles, catalogHashInput } from '../domain/catalog/catalogHashInput';
import { bundledPackFiles } from '../domain/packs/bundledPacks';
import { hashCatalogParts } from '../domain/catalog/contentHash';
import { loadShippedCatalog } from '../domain/catalog/loadCatalog';
import { loadBundledCatalogNode } from './main';

describe('bundled catalog in the command line', () => {
  it('gives the same catalog as the domain loader', () => {
    expect(loadBundledCatalogNode()).toEqual(loadBundledCatalog());
  });

  it('Node SHA-256 and the TypeScript one agree, and both see a changed part', () => {
    const parts = Object.entries(bundledCatalogFiles.parts).map(([file, content]) => ({ file, content }));
    const node = (p: typeof parts) =>
      `sha256:${createHash('sha256').update(catalogHashInput(p), 'utf8').digest('hex')}`;
    expect(node(parts)).toBe(hashCatalogParts(parts));
    const changed = parts.map((p, i) => (i === 0 ? { ...p, content: { ...(p.content as object), extra: 'é' } } : p));
    expect(node(changed)).toBe(hashCatalogParts(changed));
    expect(node(changed)).not.toBe(node(parts));
  });

  it('covers the bundled pack files: a changed bundled pack changes the hash and is refused', () => {
    const { manifest, parts, packs } = bundledCatalogFiles;
    const names = (manifest as { parts: string[] }).parts;
    const packNames = bundledPackFiles(manifest);
    expect(packNames).toContain('sp800-125b.json');
    const files = catalogHashFiles(names, parts, packNames, packs);
    expect(files.map((f) => f.file).slice(names.length)).toEqual(packNames.map((f) => `packs/${f}`));
    expect(hashCatalogParts(files)).toBe((manifest as { contentHash: string }).contentHash);
    const edited = { ...packs, [packNames[0]!]: { ...(packs[packNames[0]!] as object), description: 'edited' } };
    expect(hashCatalogParts(catalogHashFiles(names, parts, packNames, edited))).not.toBe(hashCatalogParts(files));
    expect(() =>
      loadShippedCatalog({ kind: 'manifest', manifest, parts, packs: edited, hashParts: hashCatalogParts }, 'test'),
    ).toThrow(/catalog\.json: contentHash/);
  });
});
