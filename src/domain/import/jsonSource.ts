/**
 * JSON from a cmdlet or esxcli, parsed with the lines of its records: `JSON.parse` keeps no
 * positions, so a small scanner notes where each top-level record and each of its keys start,
 * for provenance ("line 14") and for errors.
 */
import { jsonErrorAt } from './jsonErrorAt';
import { ConfigImportError, lineAt, MAX_CONFIG_BYTES } from './types';

export interface JsonRecord {
  value: Record<string, unknown>;
  /** 1-based line where the record starts. */
  line: number;
  /** 1-based line of each of its own keys. */
  keyLines: Map<string, number>;
  /** Position in the top-level array (0 when the file is a single object). */
  index: number;
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

function syntaxLine(text: string): number {
  const at = jsonErrorAt(text);
  return at < 0 ? 1 : lineAt(text, at);
}

/** Record and key offsets, from a scan that only tracks strings and nesting. */
function scan(text: string): { starts: number[]; keys: Map<string, number>[] } {
  const starts: number[] = [];
  const keys: Map<string, number>[] = [];
  let depth = 0;
  let topIsArray = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') {
      const start = i;
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
      // A key of a record: a string at the record's own depth followed by a colon.
      const recordDepth = topIsArray ? 2 : 1;
      if (depth === recordDepth && keys.length > 0) {
        let j = i + 1;
        while (j < text.length && /\s/.test(text[j]!)) j++;
        if (text[j] === ':') {
          const name = text.slice(start + 1, i);
          const map = keys[keys.length - 1]!;
          if (!map.has(name)) map.set(name, start);
        }
      }
    } else if (ch === '{' || ch === '[') {
      if (depth === 0) topIsArray = ch === '[';
      depth++;
      if (ch === '{' && depth === (topIsArray ? 2 : 1)) {
        starts.push(i);
        keys.push(new Map());
      }
    } else if (ch === '}' || ch === ']') depth--;
  }
  return { starts, keys };
}

export function parseJsonRecords(text: string, file: string): JsonRecord[] {
  if (text.length > MAX_CONFIG_BYTES)
    throw new ConfigImportError('too-large', file, 1, `larger than ${MAX_CONFIG_BYTES / 1024 / 1024} MB`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ConfigImportError(
      'syntax',
      file,
      syntaxLine(text),
      `not valid JSON (${error instanceof Error ? error.message.slice(0, 120) : 'unreadable'})`,
    );
  }
  const list = Array.isArray(data) ? data : [data];
  const { starts, keys } = scan(text);
  return list.map((value, index) => {
    const line = starts[index] !== undefined ? lineAt(text, starts[index]) : 1;
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      throw new ConfigImportError('invalid', file, line, `record ${index + 1} is not an object`);
    for (const k of Object.keys(value))
      if (FORBIDDEN.has(k)) throw new ConfigImportError('invalid', file, line, `key "${k}" is not accepted`);
    const keyLines = new Map(
      [...(keys[index] ?? new Map<string, number>())].map(([k, offset]) => [k, lineAt(text, offset)]),
    );
    return { value: value as Record<string, unknown>, line, keyLines, index };
  });
}
