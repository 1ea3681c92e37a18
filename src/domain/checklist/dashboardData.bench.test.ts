/**
 * Benchmarks (project `bench`): the assessment workflow's derived views on a generated
 * platform of 1,000 components with a record for every applicable (item, component): the
 * dashboard figures, filtering and grouping by component, and a bulk status change.
 */
import { describe, expect, it } from 'vitest';
import { buildDashboardData } from './dashboardData';
import { filterChecklist, groupChecklist } from './checklistFilter';
import { EMPTY_FILTER } from './checklistFilterDefaults';
import { applyToTargets, splitPerComponent } from './assessmentWorkflow';
import { setAssessment } from './assessmentOps';
import { assess } from '../rules/assess';
import { loadBundledCatalog } from '../catalog/catalogSource';
import { generateBenchPlatform } from '../../test/fixtures/benchPlatform';
import { medianMs, recordBench } from '../../test/bench';

const NOW = '2026-03-01T00:00:00Z';

describe('assessment workflow benchmarks', { timeout: 120_000 }, () => {
  const catalog = loadBundledCatalog();
  let doc = generateBenchPlatform({ size: 1_000 });
  const items = assess(doc, catalog).checklist.filter((i) => i.applicability === 'applicable');
  for (const item of items) {
    doc = splitPerComponent(doc, item.recommendationId, item.components, NOW);
    for (const [n, c] of item.components.entries())
      doc = setAssessment(
        doc,
        item.recommendationId,
        c,
        { status: n % 3 === 0 ? 'implemented' : 'not-implemented', owner: 'Ana' },
        NOW,
      );
  }
  const a = assess(doc, catalog);
  const records = Object.keys(doc.assessment).length;

  it('dashboard data, filter and grouping, bulk change', () => {
    const dashboard = medianMs(() => void buildDashboardData(a, catalog, doc, { today: '2026-03-01' }));
    const ctx = { catalog, document: doc, threatSources: a.threatSources };
    const filter = medianMs(
      () =>
        void groupChecklist(
          filterChecklist(a.checklist, { ...EMPTY_FILTER, text: 'ana', threatSourceId: 'HY-TS2' }, ctx),
          'component',
          ctx,
        ),
    );
    const targets = a.checklist.flatMap((i) =>
      i.components.map((c) => ({ recommendationId: i.recommendationId, scope: c })),
    );
    const bulk = medianMs(() => void applyToTargets(doc, targets, { status: 'partially-implemented' }, NOW), 5, 1);
    recordBench({ name: 'dashboard-data-1k', value: dashboard, unit: 'ms', target: '<= 50' });
    recordBench({ name: 'checklist-filter-group-1k', value: filter, unit: 'ms', target: '<= 50' });
    recordBench({ name: 'bulk-status-1k', value: bulk, unit: 'ms', target: '<= 200' });
    console.log(
      `${records} records, ${targets.length} bulk targets: dashboard ${dashboard} ms, filter+group ${filter} ms, bulk ${bulk} ms`,
    );
    expect(records).toBeGreaterThan(1_000);
  });
});
