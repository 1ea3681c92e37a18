/**
 * The one decoder of imported files, for the CLI and the app alike (issue 22 item 8: the CLI
 * refused a UTF-8 file with a byte-order mark that the app imported, and both silently turned
 * invalid UTF-8 into U+FFFD). Accepts UTF-8 with or without a BOM; refuses invalid UTF-8 with
 * the byte offset, and UTF-16 and UTF-32 (with a BOM, or recognisable from the NUL bytes of
 * ASCII text) naming the encoding. Pure: bytes in, text or a typed error out.
 */
import type { ImportResult } from './importErrors';

type Encoding = 'UTF-16 (little-endian)' | 'UTF-16 (big-endian)' | 'UTF-32 (little-endian)' | 'UTF-32 (big-endian)';

function otherEncoding(b: Uint8Array): { encoding: Encoding; byteOrderMark: boolean } | undefined {
  const [b0, b1, b2, b3] = [b[0], b[1], b[2], b[3]];
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0)
    return { encoding: 'UTF-32 (little-endian)', byteOrderMark: true };
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)
    return { encoding: 'UTF-32 (big-endian)', byteOrderMark: true };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'UTF-16 (little-endian)', byteOrderMark: true };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'UTF-16 (big-endian)', byteOrderMark: true };
  // JSON and configuration files start with ASCII, which UTF-16/32 pad with NUL bytes.
  if (b.length >= 4 && b0 !== 0 && b1 === 0 && b2 === 0 && b3 === 0)
    return { encoding: 'UTF-32 (little-endian)', byteOrderMark: false };
  if (b.length >= 4 && b0 === 0 && b1 === 0 && b2 === 0 && b3 !== 0)
    return { encoding: 'UTF-32 (big-endian)', byteOrderMark: false };
  if (b.length >= 2 && b0 !== 0 && b1 === 0) return { encoding: 'UTF-16 (little-endian)', byteOrderMark: false };
  if (b.length >= 2 && b0 === 0 && b1 !== 0) return { encoding: 'UTF-16 (big-endian)', byteOrderMark: false };
  return undefined;
}

const isContinuation = (byte: number | undefined) => byte !== undefined && byte >= 0x80 && byte <= 0xbf;

/**
 * Offset of the first byte that does not start a well-formed UTF-8 sequence (overlong forms,
 * surrogates and code points past U+10FFFF included), or undefined. Same rules as a fatal
 * `TextDecoder`; only run after it failed, to say where.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f; // U+D800..DFFF are surrogates, not characters
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f; // nothing past U+10FFFF
    } else return i;
    const second = bytes[i + 1];
    if (second === undefined || second < low || second > high) return i;
    for (let k = 2; k < length; k++) if (!isContinuation(bytes[i + k])) return i;
    i += length;
  }
  return undefined;
}

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes a file's bytes as UTF-8, dropping a leading byte-order mark. */
export function decodeText(bytes: Uint8Array): ImportResult<string> {
  const other = otherEncoding(bytes);
  if (other) return { ok: false, error: { kind: 'other-encoding', ...other } };
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { ok: true, value: strict.decode(body) };
  } catch {
    const offset = firstInvalidUtf8(body) ?? 0;
    return { ok: false, error: { kind: 'not-utf8', offset: offset + (body === bytes ? 0 : 3) } };
  }
}
