import { describe, expect, it } from 'vitest';
import { assessorFieldLines } from './assessorFields';
import { reportToMarkdown } from './reportToMarkdown';
import { REPORT_CSV_HEADER, reportToCsv } from './reportToCsv';
import { toAssessmentResults } from './oscal/toAssessmentResults';
import { OscalAssessmentResultsSchema } from './oscal/oscalSchemas';
import { kvmReportFixture } from '../../test/reportFixtures';

describe('assessorFieldLines', () => {
  const blank = { comments: '', approver: '', approvedAt: '', expiresAt: '', verifiedBy: '', verifiedAt: '' };
  it('gives no line for an entry without these fields', () => {
    expect(assessorFieldLines(blank)).toEqual([]);
  });
  it('names every recorded field, and only those', () => {
    expect(
      assessorFieldLines({ ...blank, comments: 'c', approver: 'a', expiresAt: '2027-01-01', verifiedAt: '2026-01-02' }),
    ).toEqual([
      { label: 'Comments', text: 'c' },
      { label: 'Accepted by', text: 'a until 2027-01-01' },
      { label: 'Verified by', text: '— on 2026-01-02' },
    ]);
  });
});

describe('per-component records reach every text format', () => {
  const { model } = kvmReportFixture();
  const row = model.functions.flatMap((f) => f.recommendations).find((r) => r.componentEntries.length > 0)!;
  const entry = row.componentEntries[0]!;

  it('the fixture has a per-component record with comments and a verification', () => {
    expect(entry.comments).toContain('Component comment');
    expect(entry.verifiedBy).toBe('Component verifier');
  });

  it('Markdown prints its comments and verification', () => {
    const md = reportToMarkdown(model);
    expect(md).toContain('verified by Component verifier on 2026-11-20');
    expect(md).toContain('comments Component comment');
  });

  it('CSV puts them in their own columns, defused against formulas', () => {
    const csv = reportToCsv(model);
    const line = csv.split('\r\n').find((l) => l.includes('Component verifier'))!;
    expect(line).toContain('"Component comment =HYPERLINK(');
    // The tailoring columns (issue 19) were appended after these, so the assessor's keep their place.
    expect(REPORT_CSV_HEADER.slice(-11, -5)).toEqual([
      'Comments',
      'Approver',
      'Approved on',
      'Expires on',
      'Verified by',
      'Verified on',
    ]);
    expect(REPORT_CSV_HEADER.slice(-5, -3)).toEqual(['Model evidence', 'Expired acceptance']);
    expect(REPORT_CSV_HEADER.slice(-3)).toEqual(['Tailoring', 'Tailoring justification', 'Tailoring approver']);
  });

  it('OSCAL keeps them in the finding remarks and stays valid', () => {
    const ar = OscalAssessmentResultsSchema.parse(toAssessmentResults(model));
    const finding = ar['assessment-results'].results[0]!.findings!.find((f) => f.title.startsWith(`${row.id}:`))!;
    expect(finding.remarks).toContain('verified by Component verifier on 2026-11-20');
    expect(finding.remarks).toContain('Component comment');
  });
});
