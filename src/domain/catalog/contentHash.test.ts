import { describe, expect, it } from 'vitest';
import { canonicalJson, hashCatalogParts, sha256Hex } from './contentHash';

describe('sha256Hex', () => {
  it('matches the FIPS 180-2 test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    expect(sha256Hex('a'.repeat(1_000_000))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
    // UTF-8, not UTF-16: "é" is two bytes.
    expect(sha256Hex('\u00e9')).not.toBe(sha256Hex('\u00c3\u00a9'));
  });
});

describe('canonicalJson / hashCatalogParts', () => {
  it('ignores key order, whitespace and $schema but not data', () => {
    expect(canonicalJson({ b: 1, a: [2, { d: null, c: 'x' }] })).toBe('{"a":[2,{"c":"x","d":null}],"b":1}');
    const a = hashCatalogParts([{ file: 'a.json', content: { $schema: 'x', tasks: [{ id: 'T', n: 1 }] } }]);
    const b = hashCatalogParts([{ file: 'a.json', content: { tasks: [{ n: 1, id: 'T' }] } }]);
    const c = hashCatalogParts([{ file: 'a.json', content: { tasks: [{ n: 2, id: 'T' }] } }]);
    expect(a).toBe(b);
    expect(a).not.toBe(c);
    expect(a).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});
