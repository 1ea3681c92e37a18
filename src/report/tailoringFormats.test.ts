/** Every export format lists the tailoring decisions with their justification (issue 19). */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kvmReportFixture, FIXTURE_TIME } from '../test/reportFixtures';
import { assess } from '../domain/rules/assess';
import { isGap } from '../domain/checklist/coverage';
import { setTailoring } from '../domain/checklist/tailoring';
import { buildReport } from '../domain/report/buildReport';
import { reportToMarkdown } from '../domain/report/reportToMarkdown';
import { reportToCsv } from '../domain/report/reportToCsv';
import { toAssessmentResults } from '../domain/report/oscal/toAssessmentResults';
import { OscalAssessmentResultsSchema } from '../domain/report/oscal/oscalSchemas';
import { renderReportPdf } from './renderPdf';

const WHY = 'Tailored-out because the hosting contract covers it';

function tailoredModel() {
  const { document, catalog } = kvmReportFixture();
  const id = assess(document, catalog).checklist.find((i) => isGap(i))!.recommendationId;
  const r = setTailoring(
    document,
    { recommendationId: id, decision: 'scoped-out', justification: WHY, approver: 'Jane Approver' },
    FIXTURE_TIME,
  );
  if (!r.ok) throw new Error(r.error);
  return { id, model: buildReport(r.document, catalog, assess(r.document, catalog), { generatedAt: FIXTURE_TIME }) };
}

describe('tailoring in every report format', { timeout: 120_000 }, () => {
  const { id, model } = tailoredModel();

  it('the model lists the decision and keeps the item, not as a gap', () => {
    expect(model.tailoring).toEqual([
      expect.objectContaining({
        recommendationId: id,
        label: 'Scoped out',
        justification: WHY,
        approver: 'Jane Approver',
      }),
    ]);
    const row = model.functions.flatMap((f) => f.recommendations).find((r) => r.id === id)!;
    expect(row.tailoring?.justification).toBe(WHY);
    expect(row.risk).toBeUndefined();
    expect(model.actionPlan.some((a) => a.recommendationId === id)).toBe(false);
  });

  it('Markdown has a tailoring section and marks the item', () => {
    const text = reportToMarkdown(model);
    expect(text).toContain('## Tailoring decisions');
    expect(text).toContain(`- Tailored: **Scoped out**, approved by Jane Approver: ${WHY}`);
  });

  it('CSV carries the decision, justification and approver on the item row', () => {
    const line = reportToCsv(model)
      .split('\r\n')
      .find((l) => l.startsWith(`"${id}"`))!;
    expect(line).toContain(`"Scoped out","${WHY}","Jane Approver"`);
  });

  it('OSCAL assessment results carry a tailoring prop and the justification in the remarks, and still validate', () => {
    const ar = toAssessmentResults(model);
    expect(OscalAssessmentResultsSchema.safeParse(ar).success).toBe(true);
    const finding = ar['assessment-results'].results[0]!.findings!.find((f) => f.title.startsWith(id))!;
    expect(finding.props).toContainEqual(expect.objectContaining({ name: 'tailoring', value: 'scoped-out' }));
    expect(finding.remarks).toContain(WHY);
  });

  it('the PDF prints the tailoring section with the justification', async () => {
    const bytes = await renderReportPdf(model, { pageSize: 'A4' });
    const dir = mkdtempSync(join(tmpdir(), 'htw-tailor-'));
    writeFileSync(join(dir, 'r.pdf'), bytes);
    const flat = execFileSync('pdftotext', [join(dir, 'r.pdf'), '-'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    }).replace(/\s+/g, ' ');
    expect(flat).toContain('Tailoring decisions');
    expect(flat).toContain('hosting contract covers it');
  });
});
