import { describe, expect, it } from 'vitest';
import { filterChecklist, groupChecklist, isFiltering, NO_FUNCTION, type ChecklistContext } from './checklistFilter';
import { EMPTY_FILTER } from './checklistFilterDefaults';
import { setAssessment } from './assessmentOps';
import { assess } from '../rules/assess';
import { loadBundledCatalog } from '../catalog/catalogSource';
import { loadTemplate } from '../catalog/templates';

const catalog = loadBundledCatalog();
const NOW = '2026-03-01T00:00:00Z';
const base = loadTemplate('kvm-libvirt');
const firstApplicable = assess(base, catalog).checklist.find(
  (i) => i.applicability === 'applicable' && i.components.length > 0,
)!;
const doc = setAssessment(
  base,
  firstApplicable.recommendationId,
  'platform',
  { status: 'implemented', comments: 'checked in BIOS menu zebra' },
  NOW,
);
const a = assess(doc, catalog);
const ctx: ChecklistContext = { catalog, document: doc, threatSources: a.threatSources };
const ids = (items: { recommendationId: string }[]) => items.map((i) => i.recommendationId);

describe('filterChecklist', () => {
  it('shows the in-scope items by default, in catalog order', () => {
    const shown = filterChecklist(a.checklist, EMPTY_FILTER, ctx);
    expect(shown.length).toBe(a.summary.applicable + a.summary.needsInput);
    expect(ids(shown)).toEqual(ids(a.checklist.filter((i) => i.applicability !== 'not-applicable')));
    expect(isFiltering(EMPTY_FILTER)).toBe(false);
  });

  it('filters by status, function, component, threat source, gaps and text', () => {
    expect(ids(filterChecklist(a.checklist, { ...EMPTY_FILTER, statuses: ['implemented'] }, ctx))).toEqual([
      firstApplicable.recommendationId,
    ]);
    expect(ids(filterChecklist(a.checklist, { ...EMPTY_FILTER, gapsOnly: true }, ctx))).not.toContain(
      firstApplicable.recommendationId,
    );
    expect(ids(filterChecklist(a.checklist, { ...EMPTY_FILTER, text: 'ZEBRA' }, ctx))).toEqual([
      firstApplicable.recommendationId,
    ]);

    const bf2 = filterChecklist(a.checklist, { ...EMPTY_FILTER, baselineFunction: 'HY-BF2' }, ctx);
    expect(bf2.length).toBeGreaterThan(0);
    for (const i of bf2)
      expect(catalog.recommendations.find((r) => r.id === i.recommendationId)?.baselineFunction).toBe('HY-BF2');
    for (const i of filterChecklist(a.checklist, { ...EMPTY_FILTER, baselineFunction: NO_FUNCTION }, ctx)) {
      expect(catalog.recommendations.find((r) => r.id === i.recommendationId)?.baselineFunction).toBeNull();
    }

    const componentId = firstApplicable.components[0]!;
    const byComponent = filterChecklist(a.checklist, { ...EMPTY_FILTER, componentId }, ctx);
    expect(byComponent.every((i) => i.components.includes(componentId))).toBe(true);

    const ts2 = a.threatSources.find((s) => s.threatSourceId === 'HY-TS2')!;
    const ts2Recs = new Set(ts2.threats.flatMap((t) => t.recommendations));
    const bySource = filterChecklist(a.checklist, { ...EMPTY_FILTER, threatSourceId: 'HY-TS2' }, ctx);
    expect(bySource.length).toBeGreaterThan(0);
    expect(bySource.every((i) => ts2Recs.has(i.recommendationId))).toBe(true);
  });

  it('a pinned set shows exactly those items, whatever their applicability with "all"', () => {
    const na = a.checklist.find((i) => i.applicability === 'not-applicable')!;
    const pinned = [na.recommendationId, firstApplicable.recommendationId];
    expect(
      ids(
        filterChecklist(a.checklist, { ...EMPTY_FILTER, applicability: 'all', recommendationIds: pinned }, ctx),
      ).sort(),
    ).toEqual([...pinned].sort());
  });
});

describe('groupChecklist', () => {
  const shown = filterChecklist(a.checklist, EMPTY_FILTER, ctx);
  it('by function keeps every item once, HY-BF groups first', () => {
    const groups = groupChecklist(shown, 'function', ctx);
    expect(groups.flatMap((g) => ids(g.items)).sort()).toEqual(ids(shown).sort());
    expect(groups.at(-1)?.key).toBe(NO_FUNCTION);
    expect(groups[0]?.label).toMatch(/^HY-BF1 · /);
  });

  it('by component lists an item under each of its components', () => {
    const groups = groupChecklist(shown, 'component', ctx);
    for (const item of shown) {
      for (const c of item.components) expect(groups.find((g) => g.key === c)?.items).toContain(item);
    }
    expect(groups.find((g) => g.key === firstApplicable.components[0])?.label).toBe(
      doc.components[firstApplicable.components[0]!]?.name,
    );
  });

  it('by threat source uses HY-TS1..3 and leaves out empty groups', () => {
    const groups = groupChecklist(shown, 'threat-source', ctx);
    expect(groups.every((g) => g.items.length > 0)).toBe(true);
    expect(groups.map((g) => g.key).filter((k) => k !== '')).toEqual(expect.arrayContaining(['HY-TS2']));
  });
});
