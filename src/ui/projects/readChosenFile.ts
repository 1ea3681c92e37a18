/** Reading a file the user chose (or dropped) as text, as the command line reads one. */
import { decodeText } from '../../domain/io/decodeText';
import type { ImportError } from '../../domain/io/importErrors';

/**
 * Reads a chosen file; `maxBytes` is checked on the size before any byte is read. Decoded by
 * the CLI's decoder (`decodeText`), not `File.text()`, which replaces invalid UTF-8 silently
 * and would read UTF-16 differently from the command line.
 */
export async function readChosenFile(
  file: File,
  maxBytes: number,
): Promise<{ text: string; size: number } | { refused: ImportError }> {
  if (file.size > maxBytes) return { refused: { kind: 'too-large', bytes: file.size, limit: maxBytes } };
  const decoded = decodeText(new Uint8Array(await file.arrayBuffer()));
  return decoded.ok ? { text: decoded.value, size: file.size } : { refused: decoded.error };
}
