import { describe, expect, it } from 'vitest';
import { executiveSummarySentence } from './summaryText';
import type { ExecutiveSummary } from './reportModel';
import type { Summary } from '../rules/types';

function summaryOf(counts: Partial<Summary>, components: number, connections: number): ExecutiveSummary {
  const summary = {
    total: 0,
    applicable: 0,
    needsInput: 0,
    unanswered: 0,
    notApplicable: 0,
    assessed: 0,
    implemented: 0,
    gaps: 0,
    contradicted: 0,
    expiredAcceptances: 0,
    orphaned: 0,
    byStatus: {},
    ...counts,
  } as Summary;
  return {
    summary,
    statusChart: [],
    implementedPercent: 50,
    topGaps: [],
    componentCount: components,
    connectionCount: connections,
    warningCount: 0,
  };
}

describe('executiveSummarySentence', () => {
  it('reads "1 of the applicable recommendations is implemented" and keeps every count in agreement when it is one', () => {
    const text = executiveSummarySentence(
      summaryOf({ total: 1, applicable: 1, needsInput: 1, notApplicable: 1, implemented: 1, gaps: 1 }, 1, 1),
    );
    expect(text).toBe(
      '1 component and 1 connection were assessed against 1 recommendation: 1 applies, 1 needs input and 1 does not apply. ' +
        '1 of the applicable recommendations is implemented (50 %); 1 open gap remains.',
    );
    expect(text).not.toMatch(
      /\b1 (components|connections|recommendations:|apply|need input|do not|are|open gaps|remain\b)/,
    );
  });

  it('uses the plural for zero and for many', () => {
    const text = executiveSummarySentence(
      summaryOf({ total: 120, applicable: 40, needsInput: 0, notApplicable: 80, implemented: 0, gaps: 12 }, 0, 5),
    );
    expect(text).toBe(
      '0 components and 5 connections were assessed against 120 recommendations: 40 apply, 0 need input and 80 do not apply. ' +
        '0 of the applicable recommendations are implemented (50 %); 12 open gaps remain.',
    );
  });

  it('takes a longer "need input" phrase (the PDF\'s) and agrees its verb too', () => {
    const phrase = 'need more input about the platform to decide';
    expect(executiveSummarySentence(summaryOf({ needsInput: 1 }, 2, 2), { needsInputPhrase: phrase })).toContain(
      ', 1 needs more input about the platform to decide and ',
    );
    expect(executiveSummarySentence(summaryOf({ needsInput: 3 }, 2, 2), { needsInputPhrase: phrase })).toContain(
      ', 3 need more input about the platform to decide and ',
    );
  });
});
