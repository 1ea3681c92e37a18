import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadBundledCatalog } from '../catalog/catalogSource';
import { getAssessment } from '../checklist/assessmentOps';
import { createDocument } from '../model/operations';
import { DocumentSchema } from '../model/schema';
import { loadPacks } from '../packs/parsePack';
import { EXAMPLE_PACK_FILES } from '../packs/testPacks';
import { acceptScanSuggestion, attachScanEvidence, mapScanResults, suggestedStatus } from './mapScanResults';
import { parseScanReport } from './parseScanReport';
import { SCAN_FIXTURES, type ScanFixtureName } from './testFiles';

const core = loadBundledCatalog();
const loaded = loadPacks(core, EXAMPLE_PACK_FILES, (t) => parse(t, { maxAliasCount: 50, uniqueKeys: true }));
if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
const catalog = loaded.catalog;
const VS = (n: string) => `example-org-baseline.VS-${n}`;
const mapped = (name: ScanFixtureName) => mapScanResults(parseScanReport(SCAN_FIXTURES[name], name), catalog);
const NOW = '2026-12-03T17:00:00.000Z';

describe('scan results through the example baseline crosswalk', () => {
  it('OpenSCAP: the five hardening rules land on VS-10 (2 fail -> suggested not implemented), the IOMMU rule on VS-03 with no suggestion', () => {
    const m = mapped('openscap-debian-arf.xml');
    expect(m.matches.map((x) => [x.itemId, x.results.length, x.suggested])).toEqual([
      [VS('03'), 1, undefined],
      [VS('10'), 5, 'not-implemented'],
    ]);
    expect(m.unmatched.map((r) => r.ruleId.replace('xccdf_org.ssgproject.content_rule_', '')).sort()).toEqual([
      'package_audit_installed',
      'package_chrony_installed',
      'package_cron_installed',
      'package_rsyslog_installed',
    ]);
  });

  it('CKL: matched by the STIG V- number; FIPS passes on VS-05, the open gpgcheck finding fails VS-10; ASLR is listed unmatched', () => {
    const m = mapped('stig-checklist.ckl');
    expect(m.matches.map((x) => [x.itemId, x.results.map((r) => r.matchedBy), x.suggested])).toEqual([
      [VS('05'), ['V-230223'], 'implemented'],
      [VS('10'), ['V-230264', 'V-230269'], 'not-implemented'],
    ]);
    expect(m.unmatched.map((r) => r.ruleId)).toEqual(['SV-230280r858767_rule']);
  });

  it('Lynis: KRNL-5830 passed and the suggestions are other, so VS-10 is suggested implemented; other tests stay unmatched', () => {
    const m = mapped('lynis-report.dat');
    expect(m.matches).toHaveLength(1);
    expect(m.matches[0]!.results.map((r) => [r.ruleId, r.outcome])).toEqual([
      ['KRNL-5820', 'other'],
      ['AUTH-9286', 'other'],
      ['AUTH-9286', 'other'],
      ['KRNL-5830', 'pass'],
    ]);
    expect(m.matches[0]!.suggested).toBe('implemented');
    expect(m.unmatched.length).toBe(m.report.results.length - 4);
  });

  it('suggests nothing from "other" results alone, not implemented on any failure', () => {
    expect(suggestedStatus([{ outcome: 'other' }])).toBeUndefined();
    expect(suggestedStatus([{ outcome: 'pass' }, { outcome: 'fail' }])).toBe('not-implemented');
  });
});

describe('scan evidence on the document', () => {
  const doc = createDocument({ id: 'd1', name: 'P', now: NOW, catalog: { id: 'c', version: '1' } });
  let n = 0;
  const ids = () => `scan-${++n}`;

  it('attaches evidence with the suggestion but never changes a status; a valid document results', () => {
    const { document, attached } = attachScanEvidence(doc, mapped('stig-checklist.ckl'), NOW, ids);
    expect(attached).toEqual([VS('05'), VS('10')]);
    const entry = getAssessment(document, VS('10'), 'platform')!;
    expect(entry.status).toBe('not-reviewed');
    expect(entry.evidence[0]).toMatchObject({
      kind: 'scan',
      scan: { format: 'ckl', host: 'kvm-host-01', suggested: 'not-implemented' },
    });
    expect(entry.evidence[0]!.text).toBe(
      'DISA STIG Viewer checklist (CKL) on kvm-host-01 (stig-checklist.ckl): 0 pass, 1 fail, 1 other',
    );
    expect(DocumentSchema.safeParse(document).success).toBe(true);
  });

  it('re-importing the same file replaces its evidence instead of piling up', () => {
    const once = attachScanEvidence(doc, mapped('stig-checklist.ckl'), NOW, ids).document;
    const twice = attachScanEvidence(once, mapped('stig-checklist.ckl'), NOW, ids).document;
    expect(getAssessment(twice, VS('10'), 'platform')!.evidence).toHaveLength(1);
    const other = attachScanEvidence(twice, mapped('lynis-report.dat'), NOW, ids).document;
    expect(getAssessment(other, VS('10'), 'platform')!.evidence).toHaveLength(2);
  });

  it('accepting the suggestion sets the status and stamps the evidence', () => {
    const { document } = attachScanEvidence(doc, mapped('openscap-debian-arf.xml'), NOW, ids);
    const evidence = getAssessment(document, VS('10'), 'platform')!.evidence[0]!;
    const later = '2026-12-03T17:05:00.000Z';
    const accepted = acceptScanSuggestion(document, VS('10'), evidence.id, later);
    const entry = getAssessment(accepted, VS('10'), 'platform')!;
    expect(entry.status).toBe('not-implemented');
    expect(entry.evidence[0]!.scan?.acceptedAt).toBe(later);
    // No suggestion (VS-03: only notapplicable): nothing to accept, document unchanged.
    const vs03 = getAssessment(document, VS('03'), 'platform')!.evidence[0]!;
    expect(acceptScanSuggestion(document, VS('03'), vs03.id, later)).toBe(document);
  });
});
