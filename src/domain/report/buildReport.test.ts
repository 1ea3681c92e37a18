import { describe, expect, it } from 'vitest';
import { buildReport } from './buildReport';
import { FIXTURE_TIME, kvmReportFixture, largeReportFixture } from '../../test/reportFixtures';
import { canonicalJson } from '../catalog/contentHash';
import { assess } from '../rules/assess';
import { endWorkshop, recordLogEntry, setPrivateNote, startWorkshop } from '../workshop/workshopOps';

describe('buildReport', () => {
  it('fills the cover from the document, the catalog and the meta', () => {
    const { model, document, catalog } = kvmReportFixture();
    expect(model.cover.project).toBe(document.name);
    expect(model.cover.assessor).toBe(document.scope.assessor);
    expect(model.cover.date).toBe('2026-11-28');
    expect(model.cover.catalog).toEqual({ id: catalog.id, version: catalog.version, title: catalog.title });
    expect(model.cover.generator).toBe('Hypervisor Threat Workbench test');
  });

  it('has one section per baseline function, then platform-wide and SP 800-125B sections, naming every recommendation once', () => {
    const { model, catalog } = kvmReportFixture();
    // SP 800-125B is a bundled pack: its section is the generic one of a pack, titled from the pack.
    expect(model.functions.map((f) => f.id)).toEqual([
      'HY-BF1',
      'HY-BF2',
      'HY-BF3',
      'HY-BF4',
      'HY-BF5',
      'platform',
      'pack-sp800-125b',
    ]);
    expect(model.functions.at(-1)?.title).toBe('Virtual network configuration (SP 800-125B) (pack sp800-125b 1.0.0)');
    const ids = model.functions.flatMap((f) => f.recommendations.map((r) => r.id));
    expect(ids.sort()).toEqual(catalog.recommendations.map((r) => r.id).sort());
    const bf3 = model.functions.find((f) => f.id === 'HY-BF3')!;
    expect(bf3.recommendations).toEqual([]);
    expect(bf3.noRecommendationReason).toBeTruthy();
    expect(model.toc.filter((t) => t.level === 2)).toHaveLength(model.functions.length);
  });

  it('lists HY-BF3, the virtual network and patching as out of scope, with where they are covered', () => {
    const { model } = kvmReportFixture();
    const ids = model.scope.outOfScope.map((o) => o.id);
    expect(ids).toContain('HY-BF3');
    expect(model.scope.outOfScope.some((o) => /SP 800-125B/.test(o.coveredBy))).toBe(true);
    expect(model.scope.outOfScope.some((o) => /patch/i.test(o.reason))).toBe(true);
  });

  it('carries the recorded status, justification, evidence, owner and due date of each recommendation', () => {
    const { model, document } = kvmReportFixture();
    const rows = model.functions.flatMap((f) => f.recommendations);
    for (const entry of Object.values(document.assessment).filter((e) => e.scope === 'platform')) {
      const row = rows.find((r) => r.id === entry.recommendationId)!;
      expect(row.justification).toBe(entry.justification);
      expect(row.owner).toBe(entry.owner);
      expect(row.dueDate).toBe(entry.dueDate);
      expect(row.evidence.map((e) => e.text)).toEqual(entry.evidence.map((e) => e.text));
    }
    expect(rows.some((r) => r.componentEntries.length > 0)).toBe(true);
  });

  it('orders the action plan by risk score, only open gaps, ranks from 1', () => {
    const { model, assessment } = kvmReportFixture();
    const plan = model.actionPlan;
    expect(plan.length).toBe(assessment.summary.gaps);
    expect(plan.map((a) => a.rank)).toEqual(plan.map((_, i) => i + 1));
    for (let i = 1; i < plan.length; i++) expect(plan[i - 1]!.score).toBeGreaterThanOrEqual(plan[i]!.score);
    // A gap is open, or contradicted by the model (then the rationale says so), or an expired acceptance.
    const byId = new Map(assessment.checklist.map((i) => [i.recommendationId, i]));
    for (const a of plan) {
      const item = byId.get(a.recommendationId)!;
      if (!['not-implemented', 'partially-implemented', 'not-reviewed'].includes(a.status)) {
        expect(item.modelEvidence === 'contradicts' || item.expiredAcceptances.length > 0, a.recommendationId).toBe(
          true,
        );
      }
      if (item.modelEvidence === 'contradicts') expect(a.rationale).toContain('the model contradicts it');
    }
    expect(model.executiveSummary.topGaps).toEqual(plan.slice(0, 5));
    // A not-implemented item countering VM escape outranks a partially implemented one.
    const levels = new Set(plan.map((a) => a.risk));
    expect(levels.has('high')).toBe(true);
  });

  it('charts every status of the summary, zeros included', () => {
    const { model, assessment } = kvmReportFixture();
    const chart = model.executiveSummary.statusChart;
    expect(chart).toHaveLength(6);
    for (const bar of chart) expect(bar.count).toBe(assessment.summary.byStatus[bar.status]);
  });

  it('is deterministic and never changes its inputs', () => {
    const { document, catalog, assessment } = kvmReportFixture();
    const before = canonicalJson(document);
    const catalogBefore = canonicalJson(catalog);
    const a = buildReport(document, catalog, assessment, { generatedAt: FIXTURE_TIME });
    const b = buildReport(document, catalog, assess(document, catalog), { generatedAt: FIXTURE_TIME });
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(document)).toBe(before);
    expect(canonicalJson(catalog)).toBe(catalogBefore);
  });

  it("adds a workshop section for ended workshops only, without the facilitator's private notes", () => {
    const { document, catalog } = kvmReportFixture();
    const people = [
      { id: 'p1', name: 'Ana', role: 'facilitator' as const },
      { id: 'p2', name: 'Bo', role: 'participant' as const },
    ];
    const agenda = [
      {
        id: 's1',
        kind: 'baseline-function' as const,
        baselineFunctionId: 'HY-BF2',
        title: 'Devices',
        timeboxMinutes: 30,
        spentSeconds: 0,
        items: ['HY-SR-6C'],
      },
    ];
    let doc = startWorkshop(
      document,
      { id: 'w1', title: 'Design review', participants: people, agenda },
      '2026-11-20T10:00:00Z',
    );
    doc = recordLogEntry(
      doc,
      'w1',
      {
        id: 'l1',
        kind: 'decision',
        text: 'IOMMU on for all hosts',
        by: 'p2',
        itemId: 'HY-SR-6C',
        status: 'implemented',
      },
      '2026-11-20T10:05:00Z',
    );
    doc = setPrivateNote(doc, 'w1', 's1', 'SECRET facilitator note', '2026-11-20T10:06:00Z');
    doc = endWorkshop(doc, 'w1', catalog, '2026-11-20T10:45:00Z');
    doc = startWorkshop(
      doc,
      { id: 'w2', title: 'Still running', participants: people, agenda },
      '2026-11-21T10:00:00Z',
    );
    const model = buildReport(doc, catalog, assess(doc, catalog), { generatedAt: FIXTURE_TIME });
    expect(model.workshops.map((w) => w.title)).toEqual(['Design review']);
    expect(model.workshops[0]!.decisions.map((d) => d.text)).toEqual(['IOMMU on for all hosts']);
    expect(model.workshops[0]!.durationMinutes).toBe(45);
    expect(JSON.stringify(model)).not.toContain('SECRET');
    expect(model.toc.some((t) => t.id === 'workshops')).toBe(true);
    const plain = kvmReportFixture().model;
    expect(plain.workshops).toEqual([]);
    expect(plain.toc.some((t) => t.id === 'workshops')).toBe(false);
  });
});

describe('report diagram', () => {
  it('keeps drawn positions, made absolute through the parent chain', () => {
    const { model, document } = kvmReportFixture();
    const boxes = new Map(model.architecture.boxes.map((b) => [b.id, b]));
    for (const c of Object.values(document.components)) {
      const box = boxes.get(c.id)!;
      const parent = c.parentId ? boxes.get(c.parentId)! : { x: 0, y: 0 };
      expect([box.x, box.y]).toEqual([parent.x + c.position.x, parent.y + c.position.y]);
    }
    // Containers come before their children, so they draw underneath.
    const order = model.architecture.boxes.map((b) => b.id);
    for (const c of Object.values(document.components))
      if (c.parentId) expect(order.indexOf(c.parentId)).toBeLessThan(order.indexOf(c.id));
  });

  it('flows components that share a position so no two siblings overlap, and containers hold their children', () => {
    const { model } = largeReportFixture(200);
    const boxes = model.architecture.boxes;
    expect(boxes).toHaveLength(200);
    const byId = new Map(boxes.map((b) => [b.id, b]));
    const overlap = (a: (typeof boxes)[0], b: (typeof boxes)[0]) =>
      a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    const siblings = new Map<string, typeof boxes>();
    for (const b of boxes) {
      const parent = model.architecture.inventory.find((i) => i.id === b.id)!.parent;
      siblings.set(parent, [...(siblings.get(parent) ?? []), b]);
    }
    for (const group of siblings.values())
      for (let i = 0; i < group.length; i++)
        for (let j = i + 1; j < group.length; j++) expect(overlap(group[i]!, group[j]!)).toBe(false);
    const host = byId.get('h3')!;
    const vm = byId.get('vm3-0')!;
    expect(vm.x).toBeGreaterThanOrEqual(host.x);
    expect(vm.x + vm.width).toBeLessThanOrEqual(host.x + host.width);
    expect(vm.y + vm.height).toBeLessThanOrEqual(host.y + host.height);
    expect(model.architecture.bounds.width).toBeGreaterThan(0);
  });
});
