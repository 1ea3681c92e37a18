/**
 * Tokenizer for Xen's xl.cfg (xl.cfg(5) "Syntax"): `KEY = VALUE` settings, one per line or
 * separated by `;`, where VALUE is a number, a quoted string ("…" or '…') or a `[ … ]` list
 * of strings that may span lines; `#` starts a comment.
 */
import { ConfigImportError, MAX_CONFIG_BYTES } from './types';

export type XlValue = string | number | string[];

export interface XlSetting {
  key: string;
  value: XlValue;
  line: number;
}

const KEY = /^[A-Za-z_][A-Za-z0-9_.]*$/;
const MAX_SETTINGS = 10_000;

export function tokenizeXlCfg(input: string, file: string): XlSetting[] {
  if (input.length > MAX_CONFIG_BYTES)
    throw new ConfigImportError('too-large', file, 1, `larger than ${MAX_CONFIG_BYTES / 1024 / 1024} MB`);
  const settings: XlSetting[] = [];
  let i = 0;
  let line = 1;
  const fail = (detail: string): never => {
    throw new ConfigImportError('syntax', file, line, detail);
  };
  const skipBlank = (newlines: boolean) => {
    while (i < input.length) {
      const ch = input[i]!;
      if (ch === '#') {
        while (i < input.length && input[i] !== '\n') i++;
      } else if (ch === '\n' && newlines) {
        line++;
        i++;
      } else if (ch === ' ' || ch === '\t' || ch === '\r') i++;
      else break;
    }
  };
  const readString = (): string => {
    const quote = input[i]!;
    const start = line;
    i++;
    let out = '';
    while (i < input.length && input[i] !== quote) {
      if (input[i] === '\n') fail(`string opened on line ${start} is not closed before the end of the line`);
      if (input[i] === '\\' && i + 1 < input.length && input[i + 1] !== '\n') i++;
      out += input[i];
      i++;
    }
    if (i >= input.length) fail(`string opened on line ${start} is not closed`);
    i++;
    return out;
  };
  const readAtom = (): string | number => {
    const ch = input[i];
    if (ch === '"' || ch === "'") return readString();
    const m = /^-?(0x[0-9A-Fa-f]+|\d+(\.\d+)?)/.exec(input.slice(i, i + 40));
    if (m) {
      i += m[0].length;
      return Number(m[0]);
    }
    return fail(
      `expected a number, a quoted string or a [list] but found ${ch === undefined ? 'the end of the file' : JSON.stringify(ch)}`,
    );
  };
  while (true) {
    skipBlank(true);
    if (i >= input.length) break;
    if (input[i] === ';') {
      i++;
      continue;
    }
    const keyMatch = /^[^\s=;#]+/.exec(input.slice(i, i + 200));
    const key = keyMatch?.[0] ?? '';
    if (!KEY.test(key))
      fail(`expected a setting name (letters, digits, _ and .) but found ${JSON.stringify(input.slice(i, i + 20))}`);
    if (key === '__proto__' || key === 'constructor' || key === 'prototype')
      fail(`setting name "${key}" is not accepted`);
    const keyLine = line;
    i += key.length;
    skipBlank(false);
    if (input[i] !== '=') fail(`expected "=" after ${key}`);
    i++;
    skipBlank(false);
    let value: XlValue;
    if (input[i] === '[') {
      i++;
      const items: string[] = [];
      while (true) {
        skipBlank(true);
        if (i >= input.length) fail(`list of ${key} (line ${keyLine}) is not closed with "]"`);
        if (input[i] === ']') {
          i++;
          break;
        }
        items.push(String(readAtom()));
        skipBlank(true);
        if (i >= input.length) fail(`list of ${key} (line ${keyLine}) is not closed with "]"`);
        if (input[i] === ',') i++;
        else if (input[i] !== ']') fail(`expected "," or "]" in the list of ${key}`);
      }
      value = items;
    } else value = readAtom();
    skipBlank(false);
    if (i < input.length && input[i] !== '\n' && input[i] !== ';')
      fail(`unexpected ${JSON.stringify(input[i])} after the value of ${key}`);
    settings.push({ key, value, line: keyLine });
    if (settings.length > MAX_SETTINGS) fail(`more than ${MAX_SETTINGS} settings`);
  }
  return settings;
}

/** `k1=v1,k2=v2` specs of vif=, disk= and pci= entries (xl-network-configuration(5)). */
export function parseSpec(spec: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of spec.split(',')) {
    const eq = part.indexOf('=');
    if (eq < 0) out.set(part.trim(), '');
    else out.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  return out;
}
