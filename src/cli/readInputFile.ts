/**
 * Reading an input file for the command line without trusting it: `htw assess /dev/zero`
 * used to read forever, growing memory at ~270 MB/s, because the size limit was checked
 * after reading everything (issue 22 item 7). Now: stat first (a FIFO would block on open),
 * refuse anything but a regular file, refuse a declared size over the limit, and read in
 * chunks that stop one byte past the limit (files such as /proc's declare size 0).
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';

/** The file is refused for what it is, not because the system could not read it. */
export class InputFileRefused extends Error {}

const CHUNK = 64 * 1024;

function describeKind(info: Stats): string {
  if (info.isDirectory()) return 'a directory';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isFIFO()) return 'a named pipe';
  if (info.isSocket()) return 'a socket';
  return 'not a regular file';
}

function formatLimit(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${bytes} bytes`;
}

function refuseUnlessRegular(info: Stats): void {
  if (!info.isFile()) throw new InputFileRefused(`it is ${describeKind(info)}; htw reads regular files only`);
}

function tooLarge(size: number | undefined, maxBytes: number): InputFileRefused {
  const what = size === undefined ? 'more than' : `${(size / 1024 / 1024).toFixed(1)} MB, over`;
  return new InputFileRefused(`the file is too large: ${what} the limit of ${formatLimit(maxBytes)}`);
}

/** The bytes of the regular file at `path`, at most `maxBytes` of them; throws `InputFileRefused` otherwise. */
export function readInputFile(path: string, maxBytes: number): Uint8Array {
  const declared = statSync(path);
  refuseUnlessRegular(declared);
  if (declared.size > maxBytes) throw tooLarge(declared.size, maxBytes);
  // Non-blocking open: if the path was swapped for a FIFO since the stat, open still returns.
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    refuseUnlessRegular(fstatSync(fd));
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const chunk = new Uint8Array(Math.min(CHUNK, maxBytes + 1 - total));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(read === chunk.length ? chunk : chunk.subarray(0, read));
      total += read;
      if (total > maxBytes) throw tooLarge(undefined, maxBytes);
    }
    const bytes = new Uint8Array(total);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.length;
    }
    return bytes;
  } finally {
    closeSync(fd);
  }
}
