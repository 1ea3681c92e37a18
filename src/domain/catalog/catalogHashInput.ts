/**
 * What the catalog's content hash is computed over (contentHash.ts in TypeScript, Web Crypto
 * in the browser): the parts in manifest order, then the bundled packs in `bundledPacks`
 * order (as `packs/<file>`), each as its file name and its content without the editor-only
 * `$schema` key, in canonical JSON. Whitespace and key order in the files do not change it;
 * any change of data does, in a part or in a bundled pack.
 */

/** JSON with object keys sorted at every depth; arrays keep their order. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    // JSON.stringify of undefined is undefined; canonical form has no undefined values.
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
}

export function catalogHashInput(parts: readonly { file: string; content: unknown }[]): string {
  const payload = parts.map(({ file, content }) => {
    const body =
      content !== null && typeof content === 'object' && !Array.isArray(content)
        ? Object.fromEntries(Object.entries(content as Record<string, unknown>).filter(([k]) => k !== '$schema'))
        : content;
    return [file, body];
  });
  return canonicalJson(payload);
}

/**
 * The files the content hash covers, in order: every part the manifest lists, then every
 * bundled pack as `packs/<file>` (a bundled pack is catalog content shipped with it, so
 * editing one must move the hash and the version like editing a part). A file not provided
 * is hashed as `null`, which never matches.
 */
export function catalogHashFiles(
  partNames: readonly string[],
  parts: Readonly<Record<string, unknown>>,
  packNames: readonly string[],
  packs: Readonly<Record<string, unknown>>,
): { file: string; content: unknown }[] {
  const own = (files: Readonly<Record<string, unknown>>, name: string) =>
    Object.prototype.hasOwnProperty.call(files, name) ? files[name] : null;
  return [
    ...partNames.map((file) => ({ file, content: own(parts, file) })),
    ...packNames.map((file) => ({ file: `packs/${file}`, content: own(packs, file) })),
  ];
}
