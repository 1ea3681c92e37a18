/** Issue 22 item 8 in the app: a chosen file is decoded by the same decoder as the CLI's. */
import { describe, expect, it } from 'vitest';
import { readChosenFile } from './readChosenFile';

const fileOf = (...parts: number[][]) => new File([new Uint8Array(parts.flat())], 'p.json');
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

describe('readChosenFile', () => {
  it('reads UTF-8 with and without a byte-order mark to the same text', async () => {
    expect(await readChosenFile(fileOf(ascii('{"a":1}')), 100)).toEqual({ text: '{"a":1}', size: 7 });
    expect(await readChosenFile(fileOf([0xef, 0xbb, 0xbf], ascii('{"a":1}')), 100)).toEqual({
      text: '{"a":1}',
      size: 10,
    });
  });

  it('refuses UTF-16 (which File.text() would have read) and invalid UTF-8 (which it would have replaced)', async () => {
    expect(await readChosenFile(fileOf([0xff, 0xfe, 0x7b, 0, 0x7d, 0]), 100)).toEqual({
      refused: { kind: 'other-encoding', encoding: 'UTF-16 (little-endian)', byteOrderMark: true },
    });
    expect(await readChosenFile(fileOf(ascii('{"a":"'), [0xe9], ascii('"}')), 100)).toEqual({
      refused: { kind: 'not-utf8', offset: 6 },
    });
  });

  it('refuses a file over the limit from its size', async () => {
    expect(await readChosenFile(fileOf(ascii('{"a":1}')), 6)).toEqual({
      refused: { kind: 'too-large', bytes: 7, limit: 6 },
    });
  });
});
