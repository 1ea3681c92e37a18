/**
 * Issue 22 item 7: `htw assess /dev/zero` hung, reading without end. Every test here has a
 * short timeout: a regression hangs or fills memory instead of failing slowly.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES, nodeIo } from './main';
import { InputFileRefused, readInputFile } from './readInputFile';
import { runCli } from './runCli';
import { runReport, nodeReportIo } from './reportCommand';

const dir = mkdtempSync(join(tmpdir(), 'htw-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function capturedIo() {
  const err: string[] = [];
  const out: string[] = [];
  const io = { ...nodeIo(), stderr: (t: string) => void err.push(t), stdout: (t: string) => void out.push(t) };
  return { io, err: () => err.join(''), out: () => out.join('') };
}

const refusal = (path: string, maxBytes = MAX_INPUT_BYTES) => {
  try {
    readInputFile(path, maxBytes);
  } catch (error) {
    expect(error).toBeInstanceOf(InputFileRefused);
    return (error as Error).message;
  }
  throw new Error(`expected ${path} to be refused`);
};

describe('reading input files', () => {
  it.skipIf(!existsSync('/dev/zero'))(
    'refuses /dev/zero at once: it is not a regular file',
    () => {
      expect(refusal('/dev/zero')).toBe('it is a character device; htw reads regular files only');
    },
    5_000,
  );

  it.skipIf(!existsSync('/dev/zero'))(
    'htw assess /dev/zero and htw report /dev/zero exit 2 with that message',
    async () => {
      const t = capturedIo();
      expect(runCli(['assess', '/dev/zero'], t.io)).toBe(2);
      expect(t.err()).toBe(
        'htw: cannot read model /dev/zero: it is a character device; htw reads regular files only\n',
      );
      expect(t.out()).toBe('');
      const r = capturedIo();
      expect(await runReport(['/dev/zero', '--format', 'md'], { ...nodeReportIo(r.io), ...r.io })).toBe(2);
      expect(r.err()).toContain('character device');
    },
    5_000,
  );

  it('refuses a directory and a named pipe without blocking on it', () => {
    expect(refusal(dir)).toBe('it is a directory; htw reads regular files only');
    const fifo = join(dir, 'pipe');
    try {
      execFileSync('mkfifo', [fifo]);
    } catch {
      return; // no mkfifo on this system
    }
    expect(refusal(fifo)).toBe('it is a named pipe; htw reads regular files only');
  }, 5_000);

  it('refuses an oversized file from its size, before reading it', () => {
    const big = join(dir, 'big.json');
    writeFileSync(big, '');
    truncateSync(big, MAX_INPUT_BYTES + 1); // sparse: no 64 MB written to disk
    expect(refusal(big)).toBe('the file is too large: 64.0 MB, over the limit of 64 MB');
    const t = capturedIo();
    expect(runCli(['assess', big], t.io)).toBe(2);
    expect(t.err()).toContain('too large');
  }, 5_000);

  it.skipIf(!existsSync('/proc/self/status'))(
    'stops reading one byte past the limit when the declared size is wrong',
    () => {
      // /proc files declare size 0 but have content: only the bounded read can catch them.
      expect(refusal('/proc/self/status', 16)).toBe('the file is too large: more than the limit of 16 bytes');
    },
    5_000,
  );

  it('reads a regular file up to the limit exactly', () => {
    const path = join(dir, 'ok.json');
    writeFileSync(path, 'x'.repeat(200_000));
    expect(readInputFile(path, 200_000)).toHaveLength(200_000);
    expect(refusal(path, 199_999)).toContain('too large');
  });
});
