import { describe, expect, it } from 'vitest';

import { assess } from '../rules/assess';
import { isGap } from '../checklist/coverage';
import { kvmReportFixture } from '../../test/reportFixtures';
import { buildReport } from './buildReport';
import { DocumentSchema } from '../model/schema';
import {
  applyTailoringProfile,
  parseTailoringProfile,
  removeTailoring,
  setTailoring,
  tailoringDecisions,
  toTailoringProfile,
} from '../checklist/tailoring';

const NOW = '2026-12-03T10:00:00Z';

function gapItem() {
  const { document, catalog } = kvmReportFixture();
  const item = assess(document, catalog).checklist.find((i) => isGap(i));
  if (!item) throw new Error('the fixture has no gap');
  return { document, catalog, id: item.recommendationId };
}

describe('tailoring', () => {
  it('refuses a decision without justification or approver, naming both, and saves nothing', () => {
    const { document, id } = gapItem();
    const result = setTailoring(
      document,
      { recommendationId: id, decision: 'scoped-out', justification: '  ', approver: '' },
      NOW,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBe(`Scoping out ${id} needs a justification and an approver; nothing was saved.`);
    expect(document.tailoring).toBeUndefined();
  });

  it('refuses a priority change without the new priority', () => {
    const { document, id } = gapItem();
    const result = setTailoring(
      document,
      { recommendationId: id, decision: 'reprioritised', justification: 'Low exposure', approver: 'CISO' },
      NOW,
    );
    expect(result.ok ? '' : result.error).toContain('needs the new priority');
  });

  it('a scoped-out item stays in the checklist, marked as tailored with its justification, and is no longer a gap', () => {
    const { document, catalog, id } = gapItem();
    const before = assess(document, catalog).summary.gaps;
    const result = setTailoring(
      document,
      {
        recommendationId: id,
        decision: 'scoped-out',
        justification: 'Covered by the hosting contract',
        approver: 'J. Doe',
      },
      NOW,
    );
    if (!result.ok) throw new Error(result.error);
    expect(DocumentSchema.safeParse(result.document).success).toBe(true);
    const after = assess(result.document, catalog);
    const item = after.checklist.find((i) => i.recommendationId === id)!;
    expect(item.tailoring).toMatchObject({
      decision: 'scoped-out',
      justification: 'Covered by the hosting contract',
      approver: 'J. Doe',
      decidedAt: NOW,
    });
    expect(isGap(item)).toBe(false);
    expect(after.summary.gaps).toBe(before - 1);
    const removed = removeTailoring(result.document, id, NOW);
    expect(assess(removed, catalog).summary.gaps).toBe(before);
  });

  it('the document schema refuses a hand-edited decision without approver', () => {
    const { document, id } = gapItem();
    const forged = {
      ...document,
      tailoring: {
        [id]: { recommendationId: id, decision: 'scoped-out', justification: 'x', approver: '', decidedAt: NOW },
      },
    };
    expect(DocumentSchema.safeParse(forged).success).toBe(false);
  });

  it('a profile saved from one project applies to another and survives a bad file untouched', () => {
    const { document, id } = gapItem();
    const tailored = setTailoring(
      document,
      { recommendationId: id, decision: 'reprioritised', priority: 'low', justification: 'Lab only', approver: 'CISO' },
      NOW,
    );
    if (!tailored.ok) throw new Error(tailored.error);
    const text = JSON.stringify(toTailoringProfile(tailored.document, 'Lab baseline'));
    const parsed = parseTailoringProfile(text, 'lab.json');
    if (!parsed.ok) throw new Error(parsed.error);
    const other = { ...document, id: 'other-project', tailoring: undefined };
    const applied = applyTailoringProfile(other, parsed.profile, '2026-12-04T00:00:00Z');
    expect(tailoringDecisions(applied)).toEqual([
      {
        recommendationId: id,
        decision: 'reprioritised',
        priority: 'low',
        justification: 'Lab only',
        approver: 'CISO',
        decidedAt: '2026-12-04T00:00:00Z',
      },
    ]);
    const bad = parseTailoringProfile(text.replace('"CISO"', '""'), 'lab.json');
    expect(bad.ok ? '' : bad.error).toMatch(/^lab\.json: .*approver/);
    expect(parseTailoringProfile('{', 'x.json').ok).toBe(false);
  });

  it('a reprioritised gap is ranked at the approved priority in the report', () => {
    const { document, catalog, id } = gapItem();
    const r = setTailoring(
      document,
      {
        recommendationId: id,
        decision: 'reprioritised',
        priority: 'high',
        justification: 'Internet facing',
        approver: 'CISO',
      },
      NOW,
    );
    if (!r.ok) throw new Error(r.error);

    const model = buildReport(r.document, catalog, assess(r.document, catalog), { generatedAt: NOW });
    expect(model.actionPlan[0]).toMatchObject({ recommendationId: id, risk: 'high', score: 9 });
    expect(model.actionPlan[0]!.rationale).toContain('priority set to high by CISO');
  });
});
