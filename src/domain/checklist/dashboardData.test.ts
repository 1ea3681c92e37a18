import { describe, expect, it } from 'vitest';
import { buildDashboardData, isFullyReviewed } from './dashboardData';
import { setAssessment } from './assessmentOps';
import { splitPerComponent } from './assessmentWorkflow';
import { assess } from '../rules/assess';
import { loadBundledCatalog } from '../catalog/catalogSource';
import { loadTemplate } from '../catalog/templates';
import type { WorkbenchDocument } from '../model/schema';

const catalog = loadBundledCatalog();
const NOW = '2026-03-01T00:00:00Z';
const TODAY = '2026-03-01';
const data = (doc: WorkbenchDocument) => buildDashboardData(assess(doc, catalog), catalog, doc, { today: TODAY });

describe('buildDashboardData on the KVM template', () => {
  const doc = loadTemplate('kvm-libvirt');
  const fresh = data(doc);
  const a = assess(doc, catalog);

  it('counts in-scope items and nothing reviewed at the start', () => {
    expect(fresh.progress).toEqual({
      total: a.summary.applicable + a.summary.needsInput,
      reviewed: 0,
      partlyReviewed: 0,
      percent: 0,
    });
    expect(fresh.statusBreakdown.find((s) => s.status === 'not-reviewed')?.count).toBe(fresh.progress.total);
    expect(fresh.statusBreakdown.reduce((n, s) => n + s.count, 0)).toBe(fresh.progress.total);
    expect(fresh.gaps).toBe(a.summary.applicable);
  });

  it('follows status changes: progress, breakdown, gaps, heatmap and threat sources', () => {
    const item = a.checklist.find((i) => i.applicability === 'applicable' && i.components.length > 0)!;
    const rec = catalog.recommendations.find((r) => r.id === item.recommendationId)!;
    const next = data(setAssessment(doc, item.recommendationId, 'platform', { status: 'implemented' }, NOW));
    expect(next.progress.reviewed).toBe(1);
    expect(next.statusBreakdown.find((s) => s.status === 'implemented')?.count).toBe(1);
    expect(next.gaps).toBe(fresh.gaps - 1);
    expect(next.topGaps.some((g) => g.recommendationId === item.recommendationId)).toBe(false);
    if (rec.baselineFunction) {
      const row = next.heatmap.rows.findIndex((r) => r.id === rec.baselineFunction);
      for (const componentId of item.components) {
        const col = next.heatmap.columns.findIndex((c) => c.id === componentId);
        const cell = next.heatmap.cells[row]![col]!;
        expect(cell.recommendations).toContain(item.recommendationId);
        expect(cell.openRecommendations).not.toContain(item.recommendationId);
      }
    }
    const openBefore = fresh.threatSources.flatMap((s) => s.openGaps);
    const openAfter = next.threatSources.flatMap((s) => s.openGaps);
    expect(openAfter).not.toContain(item.recommendationId);
    expect(openBefore.length).toBeGreaterThanOrEqual(openAfter.length);
  });

  it('never counts not reviewed as passed, and ranks not implemented first among the gaps', () => {
    const [first, second] = a.checklist.filter((i) => i.applicability === 'applicable');
    let d = setAssessment(doc, first!.recommendationId, 'platform', { status: 'not-reviewed', owner: 'Ana' }, NOW);
    d = setAssessment(d, second!.recommendationId, 'platform', { status: 'not-implemented' }, NOW);
    const figures = data(d);
    expect(figures.progress.reviewed).toBe(1);
    expect(figures.topGaps[0]?.recommendationId).toBe(second!.recommendationId);
    expect(figures.gaps).toBe(fresh.gaps);
  });

  it('an item assessed for some of its components only is partly reviewed, not reviewed', () => {
    const item = a.checklist.find((i) => i.applicability === 'applicable' && i.components.length > 1)!;
    let d = splitPerComponent(doc, item.recommendationId, item.components, NOW);
    d = setAssessment(d, item.recommendationId, item.components[0]!, { status: 'implemented' }, NOW);
    const figures = data(d);
    expect(figures.progress).toMatchObject({ reviewed: 0, partlyReviewed: 1 });
    expect(
      isFullyReviewed(assess(d, catalog).checklist.find((i) => i.recommendationId === item.recommendationId)!),
    ).toBe(false);
  });

  it('heatmap columns follow document order and name the components', () => {
    const order = Object.keys(doc.components);
    const cols = fresh.heatmap.columns.map((c) => c.id);
    expect([...cols].sort((x, y) => order.indexOf(x) - order.indexOf(y))).toEqual(cols);
    expect(fresh.heatmap.columns[0]?.name).toBe(doc.components[cols[0]!]?.name);
    expect(fresh.heatmap.maxOpen).toBeGreaterThan(0);
  });

  it('counts expired acceptances and overdue items on the given day', () => {
    const [x, y] = a.checklist.filter((i) => i.applicability === 'applicable');
    let d = setAssessment(
      doc,
      x!.recommendationId,
      'platform',
      {
        status: 'risk-accepted',
        justification: 'j',
        approver: 'CISO',
        approvedAt: '2025-01-01',
        expiresAt: '2026-02-01',
      },
      NOW,
    );
    d = setAssessment(d, y!.recommendationId, 'platform', { status: 'not-implemented', dueDate: '2026-02-15' }, NOW);
    expect(data(d)).toMatchObject({ expiredAcceptances: 1, overdue: 1 });
  });
});
