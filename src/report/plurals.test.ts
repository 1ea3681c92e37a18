/**
 * Issue 15: "1 of the applicable recommendations are implemented". Every export states its
 * counts through the one plural helper, so a model where each count is 1 reads singular in
 * the PDF, Markdown, CSV and OSCAL alike.
 */
import { describe, expect, it } from 'vitest';
import { reportPdfDefinition } from './pdfDefinition';
import { kvmReportFixture } from '../test/reportFixtures';
import { reportToMarkdown } from '../domain/report/reportToMarkdown';
import { reportToCsv } from '../domain/report/reportToCsv';
import { toAssessmentResults } from '../domain/report/oscal/toAssessmentResults';
import type { ReportModel } from '../domain/report/reportModel';

/** The fixture's report with every headline count set to one and one list shortened by one name. */
function modelOfOnes(): ReportModel {
  const { model } = kvmReportFixture();
  const es = model.executiveSummary;
  const summary = { ...es.summary, total: 1, applicable: 1, needsInput: 1, notApplicable: 1, implemented: 1, gaps: 1 };
  const [first, ...rest] = model.functions;
  const [row, ...rows] = first!.recommendations;
  const shortened = { ...row!, components: row!.components.slice(0, 1), moreComponents: 1 };
  return {
    ...model,
    executiveSummary: { ...es, summary, componentCount: 1, connectionCount: 1, warningCount: 1 },
    functions: [{ ...first!, recommendations: [shortened, ...rows] }, ...rest],
  };
}

/** Every string in a pdfmake definition, joined (the text the PDF prints). */
function pdfStrings(node: unknown): string {
  if (typeof node === 'string') return node;
  if (Array.isArray(node)) return node.map(pdfStrings).join('\n');
  if (node && typeof node === 'object') return Object.values(node).map(pdfStrings).join('\n');
  return '';
}

const SENTENCE = /1 of the applicable recommendations is implemented \(\d+ %\); 1 open gap remains\./;

describe('plurals in every export', () => {
  const model = modelOfOnes();

  it('PDF: the summary sentence, the figures and the warning count read singular', () => {
    const text = pdfStrings(reportPdfDefinition(model).content);
    expect(text).toMatch(SENTENCE);
    expect(text).toContain(
      '1 component and 1 connection were assessed against 1 recommendation: 1 applies, 1 needs more input',
    );
    expect(text).toContain('applicable recommendation\n');
    expect(text).toContain('The model has 1 warning; see the appendix.');
    expect(text).toContain(' and 1 more component');
    expect(text).not.toMatch(
      /\b1 (of the applicable recommendations are|open gaps|warnings|warning\(s\)|more components)\b/,
    );
  });

  it('Markdown: the same sentence and the shortened component list', () => {
    const md = reportToMarkdown(model);
    expect(md).toMatch(SENTENCE);
    expect(md).toContain(
      '1 component and 1 connection were assessed against 1 recommendation: 1 applies, 1 needs input and 1 does not apply.',
    );
    expect(md).toContain(' and 1 more component');
    expect(md).not.toContain('1 more components');
  });

  it('CSV: the shortened component list names its count in the singular', () => {
    const csv = reportToCsv(model);
    expect(csv).toContain('; and 1 more component"');
    expect(csv).not.toContain('1 more components');
  });

  it('OSCAL: the result description agrees with its counts', () => {
    const description = toAssessmentResults(model)['assessment-results'].results[0]!.description;
    expect(description).toContain('1 recommendation applies, 1 needs input, 1 is implemented and 1 gap is open.');
  });
});
