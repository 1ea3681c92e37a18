/**
 * Parsing JSON that came from outside (an imported file, a backup): size and depth are
 * checked on the text before `JSON.parse` runs, and the parsed value is walked once to refuse
 * prototype keys and hostile strings before anything else (zod, migrations, the store) sees it.
 */
import type { ImportError, ImportResult } from './importErrors';
import { formatJsonPath } from './jsonPath';
import { findJsonSyntaxError } from './jsonSyntaxPosition';

export interface UntrustedJsonLimits {
  /** Largest accepted input, in bytes (the file size when known, else the text length). */
  maxBytes: number;
  /** Deepest accepted nesting of objects and arrays. */
  maxDepth: number;
  /** Longest accepted string (keys and values), in UTF-16 code units. */
  maxStringLength: number;
}

export const DEFAULT_JSON_LIMITS: UntrustedJsonLimits = {
  maxBytes: 20 * 1024 * 1024,
  // A document nests about six levels; workshops data may add a few. 64 leaves room and stays far below stack limits.
  maxDepth: 64,
  maxStringLength: 100_000,
};

/** Keys that become prototypes when copied with spread or `Object.assign`; never legitimate in our formats. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

// Whitespace (tab, line feed, vertical tab, form feed, carriage return) is ordinary pasted text;
// other C0 controls (NUL, terminal escapes) and DEL are not.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000E-\u001F\u007F]/;
// The override controls make text display differently from what it is ("Trojan Source"
// spoofing). Embeddings and isolates are left alone: right-to-left text uses them.
const BIDI_CONTROL = /[\u202D\u202E]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

// Every character any of the three checks below looks for (surrogates, paired or not): one scan
// clears ordinary text, the common case, instead of three (issue 17: the walk of a 10,000
// component model). A match only means "look closer".
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const SUSPECT = /[\u0000-\u0008\u000E-\u001F\u007F\u202D\u202E\uD800-\uDFFF]/;

function codePoint(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Why a string is refused, or `undefined` when it is acceptable text. */
export function hostileStringReason(text: string, maxLength: number): string | undefined {
  if (text.length > maxLength) return `text longer than ${maxLength} characters (${text.length})`;
  if (!SUSPECT.test(text)) return undefined;
  const control = CONTROL_CHARACTER.exec(text);
  if (control) return `the control character ${codePoint(control[0])}`;
  const bidi = BIDI_CONTROL.exec(text);
  if (bidi)
    return `the bidirectional control ${codePoint(bidi[0])}, which makes text display differently from what it is`;
  if (LONE_SURROGATE.test(text)) return 'broken Unicode (an unpaired surrogate)';
  return undefined;
}

function lineAndColumn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: index - lineStart + 1 };
}

/** Finds the first place nesting exceeds `maxDepth`, scanning the text (strings skipped). */
function findTooDeep(text: string, maxDepth: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > maxDepth) return i;
    } else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
  }
  return undefined;
}

/**
 * What went wrong, in our words. V8 quotes the input in its messages ("Unexpected token 'x',
 * "…" is not valid JSON"), and a message must never echo a hostile file's text (control
 * characters, bidirectional overrides, a secret pasted by mistake), so only its kind is kept.
 */
const SYNTAX_EXPLANATIONS: readonly [RegExp, string][] = [
  [/Unexpected end of JSON input/, 'the text ends before the JSON is complete'],
  [/Unterminated string/, 'a string is not closed'],
  [/Bad control character/, 'a control character inside a string'],
  [/Bad (escaped character|Unicode escape)/, 'an invalid escape in a string'],
  [/Expected property name/, 'a property name in double quotes was expected'],
  [/Expected ':'/, 'a colon after a property name was expected'],
  [/Expected ',' or '}'/, 'a comma or } was expected'],
  [/Expected ',' or ']'/, 'a comma or ] was expected'],
  [/non-whitespace character after JSON/, 'there is more text after the JSON value'],
  [/number|minus sign|Exponent/i, 'a malformed number'],
];

/** A JSON syntax error as an `ImportError`: a fixed explanation and, when known, the line and column. */
export function jsonSyntaxError(text: string, error: unknown): ImportError {
  const message = error instanceof Error ? error.message : String(error);
  const reported = /at position (\d+)/.exec(message);
  const position = reported ? Number(reported[1]) : findJsonSyntaxError(text);
  const detail = SYNTAX_EXPLANATIONS.find(([pattern]) => pattern.test(message))?.[1] ?? 'an unexpected character';
  if (position === undefined) return { kind: 'not-json', detail };
  return { kind: 'not-json', detail, ...lineAndColumn(text, position) };
}

function walk(value: unknown, path: PropertyKey[], limits: UntrustedJsonLimits): ImportError | undefined {
  if (typeof value === 'string') {
    const reason = hostileStringReason(value, limits.maxStringLength);
    return reason ? { kind: 'hostile-string', path: formatJsonPath(path), reason } : undefined;
  }
  if (typeof value === 'number') {
    // JSON has no Infinity, but 1e400 parses to it.
    return Number.isFinite(value)
      ? undefined
      : { kind: 'invalid', path: formatJsonPath(path), message: 'the number is out of range', more: 0 };
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      const problem = walk(value[i], path, limits);
      path.pop();
      if (problem) return problem;
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return { kind: 'forbidden-key', key, path: formatJsonPath(path) };
      const reason = hostileStringReason(key, 200);
      path.push(key);
      if (reason) return { kind: 'hostile-string', path: formatJsonPath(path), reason: `a key with ${reason}` };
      const problem = walk((value as Record<string, unknown>)[key], path, limits);
      path.pop();
      if (problem) return problem;
    }
  }
  return undefined;
}

/**
 * Parses untrusted JSON text. Checks, in order: empty, size (before reading further), nesting
 * depth (on the text, so `JSON.parse` never sees a pathological input), syntax, then every key
 * and string of the value. Pure; the result is a plain JSON value or a typed error.
 */
export function parseUntrustedJson(
  text: string,
  limits: UntrustedJsonLimits = DEFAULT_JSON_LIMITS,
  byteLength?: number,
): ImportResult<unknown> {
  const bytes = byteLength ?? text.length;
  if (bytes > limits.maxBytes) return { ok: false, error: { kind: 'too-large', bytes, limit: limits.maxBytes } };
  if (text.trim() === '') return { ok: false, error: { kind: 'empty' } };
  const deepAt = findTooDeep(text, limits.maxDepth);
  if (deepAt !== undefined)
    return { ok: false, error: { kind: 'too-deep', limit: limits.maxDepth, ...lineAndColumn(text, deepAt) } };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: jsonSyntaxError(text, error) };
  }
  const problem = walk(value, [], limits);
  return problem ? { ok: false, error: problem } : { ok: true, value };
}

/**
 * The checks `parseUntrustedJson` runs after parsing (forbidden keys, hostile strings, depth),
 * for values parsed by another reader (a YAML parser).
 */
export function checkUntrustedValue(
  value: unknown,
  limits: UntrustedJsonLimits = DEFAULT_JSON_LIMITS,
): ImportError | undefined {
  return walk(value, [], limits) ?? undefined;
}
