import { describe, expect, it } from 'vitest';
import { parseLynisReport } from './lynis';
import { parseScanReport } from './parseScanReport';
import { SCAN_FIXTURES } from './testFiles';
import { ScanParseError } from './types';

describe('Lynis report.dat (real, trimmed, Lynis 3.0.8)', () => {
  const report = parseLynisReport(SCAN_FIXTURES['lynis-report.dat'], 'lynis-report.dat');

  it('reads version, host and end date', () => {
    expect(report).toMatchObject({ format: 'lynis', scanner: 'Lynis 3.0.8', host: 'vm', date: '2026-12-03 16:35:35' });
  });

  it('warnings fail, suggestions are other, executed tests that raised nothing pass', () => {
    const of = (id: string) => report.results.filter((r) => r.ruleId === id).map((r) => r.outcome);
    expect(of('LOGG-2138')).toEqual(['fail']);
    expect(of('KRNL-5820')).toEqual(['other']);
    expect(of('AUTH-9286')).toEqual(['other', 'other']);
    // KRNL-5830 (reboot needed) ran on this host and raised nothing.
    expect(of('KRNL-5830')).toEqual(['pass']);
    expect(report.results.find((r) => r.ruleId === 'KRNL-5820')?.detail).toContain('core dump');
  });

  it('reads test_passed[] lines of older Lynis versions', () => {
    const r = parseLynisReport(
      '# Lynis Report\nlynis_version=2.7.5\nhostname=h\ntest_passed[]=SSH-7408\nwarning[]=SSH-7412|x|-|-|\n',
      'old.dat',
    );
    expect(r.results.map((x) => [x.ruleId, x.outcome])).toEqual([
      ['SSH-7412', 'fail'],
      ['SSH-7408', 'pass'],
    ]);
  });

  it('a line that is not key=value is refused with its line number', () => {
    try {
      parseScanReport('# Lynis Report\nlynis_version=3.0.8\nthis is not a report line\n', 'r.dat');
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(ScanParseError);
      expect(error).toMatchObject({ kind: 'syntax', line: 3 });
    }
  });

  it('a warning without a test id is refused', () => {
    expect(() => parseLynisReport('# Lynis Report\nwarning[]=|text|-|-|\n', 'r.dat')).toThrow(
      /r\.dat:2: warning\[\] names the test ""/,
    );
  });
});
