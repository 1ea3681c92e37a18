/**
 * Counts in words: "1 gap", "2 gaps", "1 of them is", "3 of them are". Every count the app,
 * the reports and the CLI print with a noun goes through here, so none reads "1 gaps".
 */

/** `n` and the noun in the form that agrees with it: plural(1, 'gap') → "1 gap". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Only the noun (or verb) form that agrees with `n`, without the number. */
export function pluralWord(n: number, one: string, many = `${one}s`): string {
  return n === 1 ? one : many;
}

/** The verb "is"/"are" for a count of `n` things. */
export const isAre = (n: number): string => (n === 1 ? 'is' : 'are');

/** The verb "does"/"do", "remains"/"remain", … for `n` things: verbFor(1, 'remain') → "remains". */
export function verbFor(n: number, base: string, third = `${base}s`): string {
  return n === 1 ? third : base;
}

/** The tail of a shortened list: andMore(1, 'component') → "and 1 more component". */
export function andMore(n: number, one: string, many = `${one}s`): string {
  return `and ${n} more ${pluralWord(n, one, many)}`;
}
