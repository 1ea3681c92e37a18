/** `htw assess --scan FILE` through the real command line on the shipped baseline pack and the real scan fixtures (issue 19). */
import { describe, expect, it } from 'vitest';
import { SHIPPED, runShippedCli } from '../test/shippedCli';

const BASELINE = SHIPPED.baselinePack;
const KVM = SHIPPED.kvmTemplate;
const FIX = 'src/domain/evidence/fixtures';

const run = runShippedCli;

describe('htw assess --scan', () => {
  it('JSON: ARF and Lynis results on VS-10 with suggested statuses; statuses untouched; unmatched listed', () => {
    const r = run(
      'assess',
      KVM,
      '--pack',
      BASELINE,
      '--scan',
      `${FIX}/openscap-debian-arf.xml`,
      '--scan',
      `${FIX}/lynis-report.dat`,
      '--format',
      'json',
    );
    expect(r.code).toBe(0);
    const item = JSON.parse(r.out).checklist.find((i: { id: string }) => i.id === 'example-org-baseline.VS-10');
    expect(item.scanEvidence.map((s: { format: string; suggested?: string }) => [s.format, s.suggested])).toEqual([
      ['arf', 'not-implemented'],
      ['lynis', 'implemented'],
    ]);
    expect(item.scanEvidence[0].results).toHaveLength(5);
    expect(item.status).not.toBe('not-implemented');
    expect(r.err).toContain(
      'openscap-debian-arf.xml: OpenSCAP 1.3.7 on vm at 2026-12-03T16:32:47+00:00: 10 results, 6 matched to 2 items',
    );
    expect(r.err).toMatch(/unmatched: xccdf_org\.ssgproject\.content_rule_package_audit_installed other/);
  });

  it('Markdown and CSV name the scan evidence and the suggestion', () => {
    const md = run('assess', KVM, '--pack', BASELINE, '--scan', `${FIX}/stig-checklist.cklb`, '--format', 'md');
    expect(md.out).toContain('Scan evidence: DISA STIG Viewer checklist \\(CKLB\\) on kvm-host-01');
    expect(md.out).toContain(
      'SV-230264r880711\\_rule fail, SV-230269r858756\\_rule other; suggested: not-implemented \\(not yet accepted\\)',
    );
    const csv = run('assess', KVM, '--pack', BASELINE, '--scan', `${FIX}/stig-checklist.ckl`, '--format', 'csv');
    const lines = csv.out.split('\r\n');
    expect(lines[0]).toContain('"Scan evidence","Suggested status (scans)"');
    const vs05 = lines.find((l) => l.startsWith('"example-org-baseline.VS-05"'))!;
    expect(vs05).toContain('SV-230223r928585_rule pass');
    expect(vs05.endsWith('"implemented"')).toBe(true);
  });

  it('a bad report stops the run with file, line and nothing assessed', () => {
    const r = run('assess', KVM, '--pack', BASELINE, '--scan', 'package.json', '--format', 'json');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^htw: package\.json:1 \(stigs\): not a STIG Viewer 3 checklist/);
  });
});
