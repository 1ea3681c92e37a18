import { describe, expect, it } from 'vitest';
import { assess } from '../rules/assess';
import { isGap, summarize } from './coverage';
import { fixtureCatalog } from '../../test/fixtures/engineCatalog';
import { entry, smallPlatform } from '../../test/fixtures/documentBuilder';
import type { ChecklistItem } from '../rules/types';

describe('coverage matrix', () => {
  it('maps HY-BF x component to tasks and open recommendations', () => {
    const doc = { ...smallPlatform(), assessment: { 'HY-SR-6C@gpu1': entry('HY-SR-6C', 'gpu1', 'implemented') } };
    const { coverage } = assess(doc, fixtureCatalog);
    expect(coverage.baselineFunctions).toEqual(['HY-BF1', 'HY-BF2', 'HY-BF3', 'HY-BF4', 'HY-BF5']);
    expect(coverage.components).toEqual(['gpu1', 'h1', 'h2', 'img', 'mc', 'nic1', 'usb1', 'vm1', 'vm2']);
    expect(coverage.cells['HY-BF2']?.['gpu1']).toEqual({
      tasks: ['HY-BF2.T3', 'HY-BF2.T4'],
      openRecommendations: ['HY-SR-7'],
    });
    expect(coverage.cells['HY-BF1']?.['h1']).toEqual({
      tasks: ['HY-BF1.T1', 'HY-BF1.T3'],
      openRecommendations: ['HY-SR-2', 'HY-SR-4'],
    });
    expect(coverage.cells['HY-BF3']).toEqual({});
  });
});

describe('threat-source view', () => {
  it('rolls design vulnerabilities into the platform threats they lead to', () => {
    const { threatSources } = assess(smallPlatform(), fixtureCatalog);
    expect(threatSources.map((t) => t.threatSourceId)).toEqual(['HY-TS1', 'HY-TS2', 'HY-TS3']);
    const t1 = threatSources[1]!.threats.find((t) => t.threatId === 'HYP-T1')!;
    expect(t1.components).toEqual(['gpu1', 'h1', 'h2', 'img', 'nic1', 'usb1']);
    expect(t1.recommendations).toEqual(['HY-SR-1', 'HY-SR-2', 'HY-SR-6C', 'HY-SR-7', 'HY-SR-9']);
    expect(t1.openGaps).toEqual(t1.recommendations);
    const t2 = threatSources[1]!.threats.find((t) => t.threatId === 'HYP-T2')!;
    expect(t2).toEqual({ threatId: 'HYP-T2', components: [], recommendations: [], openGaps: [] });
    expect(threatSources[0]!.threats.map((t) => t.threatId)).toEqual(['T-MGMT-REMOTE']);
    expect(threatSources[0]!.threats[0]!.components).toEqual(['mc']);
  });
});

describe('summary', () => {
  const item = (applicability: ChecklistItem['applicability'], status: ChecklistItem['status']): ChecklistItem => ({
    recommendationId: 'X',
    applicability,
    status,
    components: [],
    reasons: [],
    entries: [],
    modelEvidence: 'none',
    evidence: [],
    expiredAcceptances: [],
  });

  it('counts gaps as applicable items not implemented, not risk-accepted, not marked not-applicable', () => {
    expect(isGap(item('applicable', 'not-reviewed'))).toBe(true);
    expect(isGap(item('applicable', 'partially-implemented'))).toBe(true);
    expect(isGap(item('applicable', 'not-implemented'))).toBe(true);
    expect(isGap(item('applicable', 'implemented'))).toBe(false);
    expect(isGap(item('applicable', 'risk-accepted'))).toBe(false);
    expect(isGap(item('applicable', 'not-applicable'))).toBe(false);
    expect(isGap(item('needs-input', 'not-reviewed'))).toBe(false);
  });

  it('adds up the figures', () => {
    const s = summarize(
      [
        item('applicable', 'implemented'),
        item('applicable', 'not-reviewed'),
        item('applicable', 'risk-accepted'),
        item('needs-input', 'not-reviewed'),
        item('needs-input', 'implemented'),
        item('not-applicable', 'not-applicable'),
      ],
      [],
    );
    expect(s).toMatchObject({
      total: 6,
      applicable: 3,
      needsInput: 2,
      notApplicable: 1,
      assessed: 3,
      implemented: 1,
      gaps: 1,
      orphaned: 0,
    });
    expect(s.byStatus).toEqual({
      'not-reviewed': 2,
      implemented: 2,
      'partially-implemented': 0,
      'not-implemented': 0,
      'not-applicable': 0,
      'risk-accepted': 1,
    });
  });

  it('assess bundles everything and is memoised', () => {
    const doc = smallPlatform();
    const a = assess(doc, fixtureCatalog);
    expect(assess(doc, fixtureCatalog)).toBe(a);
    expect(a.catalog).toEqual({ id: 'fixture-catalog', version: '0.0.1' });
    // HY-SR-13 needs input: no live-migration link is drawn, and absence never makes an item not applicable.
    expect(a.summary).toMatchObject({ total: 12, applicable: 10, needsInput: 2, notApplicable: 0, gaps: 10 });
  });
});
