import { describe, expect, it } from 'vitest';
import { parseScanReport } from './parseScanReport';
import { SCAN_FIXTURES } from './testFiles';
import { ScanParseError } from './types';
import { parseArf, parseXccdfResults } from './xccdf';

const SSG = 'xccdf_org.ssgproject.content_rule_';

describe('OpenSCAP XCCDF 1.2 results (real, trimmed)', () => {
  const report = parseXccdfResults(SCAN_FIXTURES['openscap-debian-xccdf-results.xml'], 'xccdf.xml');

  it('reads scanner, host and date from the TestResult', () => {
    expect(report).toMatchObject({
      format: 'xccdf',
      scanner: 'OpenSCAP 1.3.7',
      host: 'vm',
      date: '2026-12-03T16:32:47+00:00',
    });
  });

  it('keeps each evaluated rule with its outcome and counts notselected ones apart', () => {
    const byId = Object.fromEntries(report.results.map((r) => [r.ruleId.replace(SSG, ''), r.outcome]));
    expect(byId).toEqual({
      accounts_maximum_age_login_defs: 'fail',
      accounts_password_minlen_login_defs: 'fail',
      file_permissions_etc_passwd: 'pass',
      file_permissions_etc_shadow: 'pass',
      package_telnetd_removed: 'pass',
      grub2_enable_iommu_force: 'other',
      package_audit_installed: 'other',
      package_chrony_installed: 'other',
      package_cron_installed: 'other',
      package_rsyslog_installed: 'other',
    });
    expect(report.notSelected).toBe(2);
    expect(report.results.find((r) => r.ruleId.endsWith('grub2_enable_iommu_force'))?.raw).toBe('notapplicable');
  });

  it('names where each result sits in the file', () => {
    expect(report.results[0]!.at).toMatch(/^\/Benchmark\/TestResult\[1\]\/rule-result\[\d+\]$/);
  });
});

describe('OpenSCAP ARF 1.1 (real, trimmed)', () => {
  it('reads the TestResult inside the report collection, same results as the plain XCCDF', () => {
    const arf = parseArf(SCAN_FIXTURES['openscap-debian-arf.xml'], 'arf.xml');
    const xccdf = parseXccdfResults(SCAN_FIXTURES['openscap-debian-xccdf-results.xml'], 'xccdf.xml');
    expect(arf).toMatchObject({
      format: 'arf',
      scanner: 'OpenSCAP 1.3.7',
      host: 'vm',
      date: '2026-12-03T16:32:47+00:00',
    });
    expect(arf.results.map((r) => [r.ruleId, r.outcome])).toEqual(xccdf.results.map((r) => [r.ruleId, r.outcome]));
  });

  it('falls back to the asset hostname when the TestResult names no target', () => {
    const text = SCAN_FIXTURES['openscap-debian-arf.xml']
      .replace('<target>vm</target>', '')
      .replace(/<fact name="urn:xccdf:fact:asset:identifier:host_name"[^\n]*/, '')
      .replace(/<ai:hostname>vm</, '<ai:hostname>asset-host<');
    expect(parseArf(text, 'arf.xml').host).toBe('asset-host');
  });

  it('is chosen by content, whatever the file is called', () => {
    expect(parseScanReport(SCAN_FIXTURES['openscap-debian-arf.xml'], 'scan.txt').format).toBe('arf');
    expect(parseScanReport(SCAN_FIXTURES['openscap-debian-xccdf-results.xml'], 'scan.txt').format).toBe('xccdf');
  });
});

describe('bad XCCDF and ARF are refused with file, line and path', () => {
  const refused = (text: string) => {
    try {
      parseScanReport(text, 'bad.xml');
    } catch (error) {
      expect(error).toBeInstanceOf(ScanParseError);
      return error as ScanParseError;
    }
    throw new Error('expected a ScanParseError');
  };

  it('a DTD (entity expansion) is refused before parsing', () => {
    const e = refused('<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "b">]>\n<Benchmark/>');
    expect(e).toMatchObject({ kind: 'forbidden-dtd', line: 2 });
  });

  it('a rule-result without idref names its path', () => {
    const text = SCAN_FIXTURES['openscap-debian-xccdf-results.xml'].replace(
      /<rule-result idref="[^"]*"/,
      '<rule-result',
    );
    expect(refused(text)).toMatchObject({ kind: 'invalid', path: '/Benchmark/TestResult[1]/rule-result[1]' });
  });

  it('scan content without results says to run with --results', () => {
    expect(
      refused('<Benchmark xmlns="http://checklists.nist.gov/xccdf/1.2"><title>t</title></Benchmark>').detail,
    ).toMatch(/--results/);
  });

  it('malformed XML gives the line', () => {
    expect(refused('<TestResult>\n<rule-result idref="a">\n<result>pass</rezult>\n</TestResult>')).toMatchObject({
      kind: 'syntax',
      line: 3,
    });
  });

  it('another XML document is not mistaken for a scan', () => {
    expect(refused('<domain type="kvm"><name>x</name></domain>')).toMatchObject({ kind: 'unsupported' });
  });
});
