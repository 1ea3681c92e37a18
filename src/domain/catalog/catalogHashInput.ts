/**
 * What the catalog's content hash is computed over (contentHash.ts in TypeScript, Web Crypto
 * in the browser): the parts in manifest order, each as its file name and its content without
 * the editor-only `$schema` key, in canonical JSON. Whitespace and key order in the files do
 * not change it; any change of data does.
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
