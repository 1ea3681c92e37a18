import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from './jsonSyntaxPosition';

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('findJsonSyntaxError', () => {
  it.each([
    ['{"a": oops}', 6],
    ['{"a": 1,}', 8],
    ['[1 2]', 3],
    ['{"a" 1}', 5],
    ['"unterminated', 13],
    ['{"a": "\\x"}', 7],
    ['01', 1],
    ['', 0],
    ['{} {}', 3],
  ])('finds the first error in %j at %i', (text, index) => {
    expect(findJsonSyntaxError(text)).toBe(index);
  });

  it('agrees with JSON.parse on whether text is valid', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.json(),
          fc.string(),
          fc.json().map((j) => j.slice(0, -1)),
        ),
        (text) => {
          expect(findJsonSyntaxError(text) === undefined).toBe(parses(text));
        },
      ),
      { numRuns: 2000 },
    );
  }, 30_000);
});
