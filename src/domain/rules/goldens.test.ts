/**
 * Golden tests: the engine's checklist for each reference architecture against the expected
 * checklist written by hand (src/test/fixtures/goldens/templateGoldens.ts).
 */
import { describe, expect, it } from 'vitest';
import { loadBundledCatalog } from '../catalog/catalogSource';
import { listTemplates, loadTemplate } from '../catalog/templates';
import { assess } from './assess';
import { TEMPLATE_GOLDENS } from '../../test/fixtures/goldens/templateGoldens';

const catalog = loadBundledCatalog();

describe('golden checklists of the reference architectures', () => {
  it('covers every shipped template', () => {
    expect(
      listTemplates()
        .map((t) => t.id)
        .sort(),
    ).toEqual(Object.keys(TEMPLATE_GOLDENS).sort());
  });

  for (const [templateId, golden] of Object.entries(TEMPLATE_GOLDENS)) {
    it(templateId, () => {
      const expected = [...golden.applicable, ...golden.needsInput, ...golden.notApplicable];
      // The golden classifies every recommendation exactly once.
      expect([...expected].sort()).toEqual(catalog.recommendations.map((r) => r.id).sort());
      const { checklist } = assess(loadTemplate(templateId), catalog);
      const actual = (a: string) =>
        checklist
          .filter((i) => i.applicability === a)
          .map((i) => i.recommendationId)
          .sort();
      expect({
        applicable: actual('applicable'),
        needsInput: actual('needs-input'),
        notApplicable: actual('not-applicable'),
      }).toEqual({
        applicable: [...golden.applicable].sort(),
        needsInput: [...golden.needsInput].sort(),
        notApplicable: [...golden.notApplicable].sort(),
      });
      // Nothing is passed without review, and every needs-input item says what to fill in.
      for (const item of checklist) {
        if (item.applicability !== 'not-applicable') expect(item.status).toBe('not-reviewed');
        // Every needs-input item says what to fill in: an attribute, or the question to answer.
        if (item.applicability === 'needs-input')
          expect(
            item.reasons.some((r) => (r.missing ?? []).length > 0 || r.question),
            item.recommendationId,
          ).toBe(true);
        expect(item.reasons.length, item.recommendationId).toBeGreaterThan(0);
      }
    });
  }
});
