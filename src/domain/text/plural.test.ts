import { describe, expect, it } from 'vitest';
import { andMore, isAre, plural, pluralWord, verbFor } from './plural';

describe('plural', () => {
  it('uses the singular for exactly one and the plural otherwise', () => {
    expect(plural(1, 'gap')).toBe('1 gap');
    expect(plural(0, 'gap')).toBe('0 gaps');
    expect(plural(2, 'gap')).toBe('2 gaps');
    expect(plural(1, 'piece of evidence', 'pieces of evidence')).toBe('1 piece of evidence');
    expect(plural(3, 'piece of evidence', 'pieces of evidence')).toBe('3 pieces of evidence');
  });
  it('agrees words and verbs with the count', () => {
    expect(pluralWord(1, 'file')).toBe('file');
    expect(pluralWord(5, 'file')).toBe('files');
    expect(isAre(1)).toBe('is');
    expect(isAre(0)).toBe('are');
    expect(verbFor(1, 'remain')).toBe('remains');
    expect(verbFor(2, 'remain')).toBe('remain');
    expect(verbFor(1, 'do', 'does')).toBe('does');
    expect(verbFor(4, 'do', 'does')).toBe('do');
  });
});

describe('andMore', () => {
  it('ends a shortened list with a count that agrees with its noun', () => {
    expect(andMore(1, 'component')).toBe('and 1 more component');
    expect(andMore(4, 'component')).toBe('and 4 more components');
    expect(andMore(2, 'entry', 'entries')).toBe('and 2 more entries');
  });
});
