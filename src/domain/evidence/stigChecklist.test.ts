import { describe, expect, it } from 'vitest';
import { parseCkl } from './ckl';
import { parseCklb } from './cklb';
import { parseScanReport } from './parseScanReport';
import { SCAN_FIXTURES } from './testFiles';
import { ScanParseError } from './types';

function refusal(fn: () => unknown): ScanParseError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ScanParseError);
    return error as ScanParseError;
  }
  throw new Error('expected a ScanParseError');
}

describe('STIG Viewer 2 checklist (.ckl)', () => {
  const report = parseCkl(SCAN_FIXTURES['stig-checklist.ckl'], 'host.ckl');

  it('reads the host and each VULN with rule id, V- number and CCIs', () => {
    expect(report).toMatchObject({ format: 'ckl', host: 'kvm-host-01' });
    expect(report.date).toBeUndefined();
    expect(report.results.map((r) => [r.ruleId, r.outcome, r.raw])).toEqual([
      ['SV-230223r928585_rule', 'pass', 'NotAFinding'],
      ['SV-230264r880711_rule', 'fail', 'Open'],
      ['SV-230269r858756_rule', 'other', 'Not_Reviewed'],
      ['SV-230280r858767_rule', 'other', 'Not_Applicable'],
    ]);
    expect(report.results[0]!.otherIds).toEqual(['V-230223', 'CCI-000068', 'CCI-002450']);
    expect(report.results[1]!.detail).toContain('gpgcheck=0');
  });

  it('an unknown status names the VULN', () => {
    const text = SCAN_FIXTURES['stig-checklist.ckl'].replace('<STATUS>Open</STATUS>', '<STATUS>Failed</STATUS>');
    expect(refusal(() => parseCkl(text, 'host.ckl'))).toMatchObject({
      kind: 'invalid',
      path: '/CHECKLIST/STIGS/iSTIG[1]/VULN[2]/STATUS',
    });
  });
});

describe('STIG Viewer 3 checklist (.cklb)', () => {
  const report = parseCklb(SCAN_FIXTURES['stig-checklist.cklb'], 'host.cklb');

  it('reads target_data.host_name and each rule with its group id and CCIs', () => {
    expect(report).toMatchObject({ format: 'cklb', host: 'kvm-host-01' });
    expect(report.results.map((r) => [r.ruleId, r.outcome])).toEqual([
      ['SV-230223r928585_rule', 'pass'],
      ['SV-230264r880711_rule', 'fail'],
      ['SV-230269r858756_rule', 'other'],
    ]);
    expect(report.results[1]!.otherIds).toEqual(['SV-230264r880711', 'V-230264', 'CCI-001749']);
  });

  it('agrees with the CKL of the same host on every shared rule', () => {
    const ckl = parseCkl(SCAN_FIXTURES['stig-checklist.ckl'], 'host.ckl');
    for (const r of report.results) expect(ckl.results.find((c) => c.ruleId === r.ruleId)?.outcome).toBe(r.outcome);
  });

  it('a bad status names the JSON path', () => {
    const text = SCAN_FIXTURES['stig-checklist.cklb'].replace('"status": "open"', '"status": "failed"');
    expect(refusal(() => parseCklb(text, 'host.cklb'))).toMatchObject({
      kind: 'invalid',
      path: 'stigs[0].rules[1].status',
    });
  });

  it('a syntax error gives the line; prototype keys are refused', () => {
    expect(refusal(() => parseScanReport('{\n"stigs": [\n}', 'x.cklb'))).toMatchObject({ kind: 'syntax', line: 3 });
    expect(refusal(() => parseScanReport('{"stigs": [], "__proto__": {}}', 'x.cklb')).kind).toBe('syntax');
  });

  it('JSON that is not a checklist is unsupported', () => {
    expect(
      refusal(() => parseScanReport('{"format": "hypervisor-threat-workbench/document"}', 'x.json')),
    ).toMatchObject({ kind: 'unsupported', path: 'stigs' });
  });
});
