/**
 * Issue 22 item 8 on the command line: the CLI decodes files with the app's decoder, so a
 * UTF-8 file with a byte-order mark is read (it was refused), and UTF-16 and invalid UTF-8
 * are refused with the encoding or byte offset (they were read, with U+FFFD).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeIo } from './main';
import { runCli } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'htw-decode-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const template = readFileSync(new URL('../../threat-catalog/templates/kvm-libvirt.json', import.meta.url));

function file(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

function assess(path: string, ...extra: string[]) {
  const err: string[] = [];
  const out: string[] = [];
  const code = runCli(['assess', path, ...extra], {
    ...nodeIo(),
    stderr: (t) => void err.push(t),
    stdout: (t) => void out.push(t),
  });
  return { code, err: err.join(''), out: out.join('') };
}

describe('htw assess decodes files as the app does', () => {
  it('reads a UTF-8 model with a byte-order mark exactly as without', () => {
    const plain = assess(file('plain.json', template));
    const bom = assess(file('bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), template])));
    expect(bom.err).toBe('');
    expect(bom.code).toBe(0);
    expect(bom.out).toBe(plain.out);
  });

  it('refuses a UTF-16 model naming the encoding', () => {
    const path = file(
      'utf16.json',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(template.toString('utf8'), 'utf16le')]),
    );
    const r = assess(path);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `htw: cannot read model ${path}: the file is encoded as UTF-16 (little-endian) (it starts with that byte-order mark), not UTF-8. Save it as UTF-8 and try again.\n`,
    );
  });

  it('refuses invalid UTF-8 naming the byte offset instead of reading U+FFFD', () => {
    const text = template.toString('utf8');
    const at = text.indexOf('KVM/QEMU');
    const broken = Buffer.from(text, 'utf8');
    broken[at] = 0xff;
    const r = assess(file('latin.json', broken));
    expect(r.code).toBe(2);
    expect(r.err).toContain(`is not valid UTF-8: the bytes at offset ${at} do not form a character.`);
  });

  it('does not echo the text of a catalog that is not JSON', () => {
    const r = assess(file('model.json', template), '--catalog', file('cat.json', Buffer.from('{"id": SECRET-TOKEN')));
    expect(r.code).toBe(2);
    expect(r.err).toContain('cat.json is not valid JSON: an unexpected character at line 1, column 8.');
    expect(r.err).not.toContain('SECRET');
  });
});
