/**
 * Issue 22 item 8: one decoder for the CLI and the app. UTF-8 with or without a byte-order
 * mark is read; invalid UTF-8, UTF-16 and UTF-32 are refused naming the offset or encoding;
 * a JSON syntax message never echoes the input.
 */
import { describe, expect, it } from 'vitest';
import { loadBundledCatalog } from '../catalog/catalogSource';
import { loadTemplate } from '../catalog/templates';
import { decodeText, firstInvalidUtf8 } from './decodeText';
import { describeImportError } from './importErrors';
import { importProjectFile } from './projectFile';
import { exportProjectFile } from './projectFileFormat';
import { parseUntrustedJson } from './untrustedJson';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: (number[] | Uint8Array)[]) => new Uint8Array(parts.flatMap((p) => [...p]));
const utf16le = (text: string) => bytes(...[...text].map((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8]));
const message = (input: Uint8Array) => {
  const result = decodeText(input);
  if (result.ok) throw new Error('expected a refusal');
  return describeImportError(result.error, '"m.json"');
};

describe('decodeText', () => {
  it('reads UTF-8 with and without a byte-order mark, to the same text', () => {
    const text = '{"name": "Zürich – 東京 🚀"}';
    expect(decodeText(utf8(text))).toEqual({ ok: true, value: text });
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], utf8(text)))).toEqual({ ok: true, value: text });
    expect(decodeText(new Uint8Array())).toEqual({ ok: true, value: '' });
  });

  it('imports a shipped template saved with a BOM exactly as without', () => {
    const catalog = loadBundledCatalog();
    const text = exportProjectFile(loadTemplate('kvm-libvirt'));
    const decoded = decodeText(bytes([0xef, 0xbb, 0xbf], utf8(text)));
    expect(decoded.ok && importProjectFile(decoded.value, catalog)).toEqual(importProjectFile(text, catalog));
  });

  it('refuses invalid UTF-8 naming the byte offset, instead of replacing it with U+FFFD', () => {
    expect(message(bytes(utf8('{"a": "ab'), [0xff], utf8('"}')))).toBe(
      '"m.json" is not valid UTF-8: the bytes at offset 9 do not form a character. Save it as UTF-8 and try again.',
    );
    // Latin-1 "é" as one byte; the offset counts the BOM.
    expect(message(bytes([0xef, 0xbb, 0xbf], utf8('{"caf'), [0xe9], utf8('"}')))).toContain('at offset 8 ');
  });

  it.each([
    ['an overlong slash', [0xc0, 0xaf]],
    ['an overlong 3-byte form', [0xe0, 0x80, 0xaf]],
    ['a surrogate', [0xed, 0xa0, 0x80]],
    ['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a truncated sequence', [0xe2, 0x82]],
    ['a lone continuation byte', [0x80]],
  ])('refuses %s at its first byte', (_, sequence) => {
    const input = bytes(utf8('"x'), sequence, utf8('"'));
    expect(decodeText(input)).toEqual({ ok: false, error: { kind: 'not-utf8', offset: 2 } });
  });

  it('finds no error in valid multi-byte text (same rules as a fatal TextDecoder)', () => {
    expect(firstInvalidUtf8(utf8('aé€𐍈\u{10FFFF}'))).toBeUndefined();
  });

  it('refuses UTF-16 and UTF-32, with or without a byte-order mark, naming the encoding', () => {
    expect(message(bytes([0xff, 0xfe], utf16le('{}')))).toBe(
      '"m.json" is encoded as UTF-16 (little-endian) (it starts with that byte-order mark), not UTF-8. Save it as UTF-8 and try again.',
    );
    expect(message(bytes([0xfe, 0xff, 0, 0x7b, 0, 0x7d]))).toContain('UTF-16 (big-endian) (it starts');
    expect(message(bytes([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0]))).toContain('UTF-32 (little-endian) (it starts');
    expect(message(bytes([0, 0, 0xfe, 0xff, 0, 0, 0, 0x7b]))).toContain('UTF-32 (big-endian) (it starts');
    expect(message(utf16le('{"a":1}'))).toBe(
      '"m.json" is encoded as UTF-16 (little-endian), not UTF-8. Save it as UTF-8 and try again.',
    );
    expect(message(bytes([0x7b, 0, 0, 0, 0x7d, 0, 0, 0]))).toContain('UTF-32 (little-endian), not');
  });
});

describe('JSON syntax messages', () => {
  it.each([
    ['{"a": SECRET-TOKEN}', 'an unexpected character', 1, 7],
    ['Just some notes \u202E txt', 'an unexpected character', 1, 1],
    ['{"a": 1} trailing-words', 'there is more text after the JSON value', 1, 10],
    ['{"a": "never closed', 'a string is not closed', 1, 20],
    ['{\n  "a" 1}', 'a colon after a property name was expected', 2, 7],
    ['[1 2]', 'a comma or ] was expected', 1, 4],
    ['{"a": 1.}', 'a malformed number', 1, 9],
    ['{"a":', 'the text ends before the JSON is complete', 1, 6],
  ])('%j: says what is wrong and where, quoting nothing', (text, detail, line, column) => {
    const result = parseUntrustedJson(text);
    expect(result).toEqual({ ok: false, error: { kind: 'not-json', detail, line, column } });
    if (result.ok) return;
    const said = describeImportError(result.error, '"m.json"');
    expect(said).toBe(`"m.json" is not valid JSON: ${detail} at line ${line}, column ${column}.`);
    for (const secret of ['SECRET', 'notes', 'trailing', 'never', '\u202E']) expect(said).not.toContain(secret);
  });
});
