/** Hostile input: every scan parser returns a report or throws a ScanParseError naming the file and a line in it. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScanReport } from './parseScanReport';
import { SCAN_FIXTURES, type ScanFixtureName } from './testFiles';
import { ScanParseError } from './types';

function onlyTypedErrors(text: string): void {
  try {
    const report = parseScanReport(text, 'fuzz.file');
    const odd = report.results.find((r) => r.outcome !== 'pass' && r.outcome !== 'fail' && r.outcome !== 'other');
    if (odd) throw new Error(`unexpected outcome ${String(odd.outcome)}`);
  } catch (error) {
    if (!(error instanceof ScanParseError)) throw error;
    expect(error.file).toBe('fuzz.file');
    expect(error.line).toBeGreaterThanOrEqual(1);
    expect(error.line).toBeLessThanOrEqual(Math.max(1, text.split('\n').length));
  }
}

/** Real files with random slices cut out and random fragments spliced in. */
const mutated = (seed: string, alphabet: string[]) =>
  fc
    .tuple(fc.nat(seed.length), fc.nat(60), fc.array(fc.constantFrom(...alphabet), { maxLength: 8 }))
    .map(([at, cut, insert]) => seed.slice(0, at) + insert.join('') + seed.slice(at + cut));

const XML_BITS = [
  '<',
  '>',
  '/',
  '"',
  '=',
  '&',
  '&a;',
  '<!DOCTYPE x>',
  '<!ENTITY e "x">',
  '<![CDATA[',
  ']]>',
  '<!--',
  '-->',
  '\n',
  '<result>',
  '</result>',
  '<rule-result>',
  '<__proto__/>',
  ' constructor="1"',
  '\u0000',
  '\uFEFF',
];
const JSON_BITS = [
  '{',
  '}',
  '[',
  ']',
  '"',
  ':',
  ',',
  '"__proto__":',
  '"status":',
  'null',
  '1e999',
  '\n',
  '\\u0000',
  '"rules":',
];
const DAT_BITS = [
  '=',
  '|',
  '[]',
  '\n',
  'warning[]=',
  'suggestion[]=',
  'tests_executed=',
  '#',
  'KRNL-5820',
  '__proto__=',
  '\r\n',
  '\u0000',
];

const cases: [ScanFixtureName, string[]][] = [
  ['openscap-debian-xccdf-results.xml', XML_BITS],
  ['openscap-debian-arf.xml', XML_BITS],
  ['stig-checklist.ckl', XML_BITS],
  ['stig-checklist.cklb', JSON_BITS],
  ['lynis-report.dat', DAT_BITS],
];

describe('scan parser fuzzing (fast-check)', () => {
  it('arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), onlyTypedErrors), { numRuns: 300 });
  });

  for (const [name, bits] of cases) {
    it(`mutated ${name}`, () => {
      fc.assert(fc.property(mutated(SCAN_FIXTURES[name], bits), onlyTypedErrors), { numRuns: 150 });
    });
  }

  it('a report over the size cap is refused before parsing', () => {
    const big = `<TestResult>${' '.repeat(48 * 1024 * 1024)}</TestResult>`;
    expect(() => parseScanReport(big, 'big.xml')).toThrow(ScanParseError);
  });
});
