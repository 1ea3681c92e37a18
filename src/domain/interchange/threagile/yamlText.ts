/**
 * A small YAML writer for plain JSON values: block mappings and sequences, every key and
 * string double-quoted (JSON's escapes are YAML's), so no text can turn into YAML syntax.
 */
type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** JSON quoting plus the characters YAML 1.1 readers take as line breaks or marks. */
function quote(text: string): string {
  return JSON.stringify(text).replace(
    /[\u0085\u2028\u2029\ufeff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function scalar(value: Json): string | undefined {
  if (value === null) return 'null';
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.length === 0) return '[]';
  if (!Array.isArray(value) && Object.keys(value).length === 0) return '{}';
  return undefined;
}

function lines(value: Json, indent: number, out: string[]): void {
  const pad = ' '.repeat(indent);
  if (Array.isArray(value)) {
    for (const item of value) {
      const s = scalar(item);
      if (s !== undefined) out.push(`${pad}- ${s}`);
      else {
        const nested: string[] = [];
        lines(item, indent + 2, nested);
        out.push(`${pad}- ${nested[0]!.trimStart()}`, ...nested.slice(1));
      }
    }
    return;
  }
  for (const [key, item] of Object.entries(value as Record<string, Json>)) {
    const s = scalar(item);
    if (s !== undefined) out.push(`${pad}${quote(key)}: ${s}`);
    else {
      out.push(`${pad}${quote(key)}:`);
      lines(item, indent + 2, out);
    }
  }
}

/** YAML text of a JSON object, ending with a newline. */
export function yamlText(value: { [key: string]: Json }, header = ''): string {
  const out: string[] = header ? header.split('\n').map((l) => `# ${l}`) : [];
  lines(value, 0, out);
  return `${out.join('\n')}\n`;
}

export type { Json };
