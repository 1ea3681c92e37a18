import type { WorkbenchDocument } from '../../model/schema';
import { describe, expect, it } from 'vitest';
import { toAssessmentResults } from './toAssessmentResults';
import { toPoam } from './toPoam';
import { toOscalCatalog } from './toOscalCatalog';
import { OscalAssessmentResultsSchema, OscalCatalogSchema, OscalPoamSchema } from './oscalSchemas';
import { sha1, uuidV5 } from './nameUuid';
import { FIXTURE_TIME, kvmReportFixture } from '../../../test/reportFixtures';
import { buildReport } from '../buildReport';
import { assess } from '../../rules/assess';

const hex = (bytes: number[]) => bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

describe('name-based UUIDs', () => {
  it('computes SHA-1 as FIPS 180-4 says', () => {
    expect(hex(sha1(ascii('abc')))).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(hex(sha1([]))).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709');
    expect(hex(sha1(ascii('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))).toBe(
      '84983e441c3bd26ebaae4aa1f95129e5e54670f1',
    );
  });

  it('matches the RFC 4122 version-5 example (DNS namespace, python.org)', () => {
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'python.org')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
  });
});

describe('OSCAL exports (our schema of the emitted subset)', () => {
  const { model, catalog } = kvmReportFixture();

  it('assessment results: a finding per applicable or needs-input recommendation, observations from evidence, risks for gaps', () => {
    const ar = OscalAssessmentResultsSchema.parse(toAssessmentResults(model))['assessment-results'];
    const result = ar.results[0]!;
    const rows = model.functions.flatMap((f) => f.recommendations);
    const assessed = rows.filter((r) => r.applicability !== 'not-applicable' || r.status === 'risk-accepted');
    expect(result.findings).toHaveLength(assessed.length);
    const evidence = rows.reduce(
      (n, r) => n + r.evidence.length + r.componentEntries.reduce((m, c) => m + c.evidence.length, 0),
      0,
    );
    expect(result.observations ?? []).toHaveLength(evidence);
    const gaps = rows.filter((r) => r.risk).length;
    expect((result.risks ?? []).filter((r) => r.status === 'open')).toHaveLength(gaps);
    expect((result.risks ?? []).some((r) => r.status === 'deviation-approved')).toBe(true);
    // Every reference resolves.
    const obs = new Set((result.observations ?? []).map((o) => o.uuid));
    const risks = new Set((result.risks ?? []).map((r) => r.uuid));
    for (const f of result.findings ?? []) {
      for (const o of f['related-observations'] ?? []) expect(obs.has(o['observation-uuid'])).toBe(true);
      for (const r of f['related-risks'] ?? []) expect(risks.has(r['risk-uuid'])).toBe(true);
    }
    // Implemented is satisfied, unless the model's own facts contradict it.
    const implemented = (result.findings ?? []).filter((f) =>
      f.props?.some((p) => p.name === 'status' && p.value === 'implemented'),
    );
    const contradicted = (f: (typeof implemented)[number]) =>
      f.props?.some((p) => p.name === 'model-evidence' && p.value === 'contradicts') ?? false;
    for (const f of implemented) expect(f.target.status.state).toBe(contradicted(f) ? 'not-satisfied' : 'satisfied');
    expect(ar['import-ap'].href).toBe(`#${ar['back-matter'].resources[0]!.uuid}`);
  });

  it('POA&M: an item per open gap in risk order, each tied to its finding and risk', () => {
    const poam = OscalPoamSchema.parse(toPoam(model))['plan-of-action-and-milestones'];
    expect(poam['poam-items'].map((i) => i.title.split(':')[0]!.replace(/\\/g, ''))).toEqual(
      model.actionPlan.map((a) => a.recommendationId),
    );
    const findings = new Set((poam.findings ?? []).map((f) => f.uuid));
    for (const item of poam['poam-items'])
      expect(findings.has(item['related-findings']![0]!['finding-uuid'])).toBe(true);
    const withDue = (poam.risks ?? []).filter((r) => r.deadline);
    expect(withDue.length).toBeGreaterThan(0);
  });

  it('POA&M without gaps still has its one required item, saying so', () => {
    const { document } = kvmReportFixture();
    const done = {
      ...document,
      assessment: Object.fromEntries(
        Object.entries(document.assessment).map(([k, e]) => [k, { ...e, status: 'implemented' as const }]),
      ),
    };
    const all = assess(done, catalog);
    // Items nobody recorded stay not-reviewed: record them as implemented too.
    const entries: WorkbenchDocument['assessment'] = { ...done.assessment };
    for (const item of all.checklist.filter((i) => i.applicability === 'applicable')) {
      entries[item.recommendationId] ??= {
        ...Object.values(done.assessment)[0]!,
        recommendationId: item.recommendationId,
        scope: 'platform',
        status: 'implemented',
      };
    }
    // What the model contradicts is only addressed by accepting the risk.
    for (const item of all.checklist.filter(
      (i) => i.applicability === 'applicable' && i.modelEvidence === 'contradicts',
    )) {
      entries[item.recommendationId] = {
        ...entries[item.recommendationId]!,
        scope: 'platform',
        status: 'risk-accepted',
        approver: 'CISO',
        approvedAt: '2026-01-10',
        expiresAt: '2027-01-10',
      };
    }
    const complete = { ...done, assessment: entries };
    const m = buildReport(complete, catalog, assess(complete, catalog), { generatedAt: FIXTURE_TIME });
    expect(m.actionPlan).toEqual([]);
    const poam = OscalPoamSchema.parse(toPoam(m))['plan-of-action-and-milestones'];
    expect(poam['poam-items']).toHaveLength(1);
    expect(poam['poam-items'][0]!.props).toEqual([
      { name: 'no-open-gaps', ns: 'urn:hypervisor-threat-workbench', value: 'true' },
    ]);
  });

  it('catalog: every recommendation is a control, labelled with its NIST id, with a statement', () => {
    const oscal = OscalCatalogSchema.parse(toOscalCatalog(catalog, FIXTURE_TIME)).catalog;
    const controls = oscal.groups.flatMap((g) => g.controls ?? []);
    expect(controls.map((c) => c.props!.find((p) => p.name === 'label')!.value).sort()).toEqual(
      catalog.recommendations.map((r) => r.id).sort(),
    );
    for (const c of controls) expect(c.parts.some((p) => p.name === 'statement' && p.id === `${c.id}_smt`)).toBe(true);
    expect(oscal.groups.find((g) => g.id === 'hy-bf3')!.controls).toBeUndefined();
  });

  it('is stable: same inputs, same bytes; item UUIDs survive a new export time', () => {
    const a = JSON.stringify(toAssessmentResults(model));
    expect(JSON.stringify(toAssessmentResults(kvmReportFixture().model))).toBe(a);
    const later = buildReport(kvmReportFixture().document, catalog, kvmReportFixture().assessment, {
      generatedAt: '2026-12-01T00:00:00Z',
    });
    const ar1 = toAssessmentResults(model)['assessment-results'];
    const ar2 = toAssessmentResults(later)['assessment-results'];
    expect(ar2.uuid).not.toBe(ar1.uuid);
    expect(ar2.results[0]!.findings!.map((f) => f.uuid)).toEqual(ar1.results[0]!.findings!.map((f) => f.uuid));
  });

  it('escapes user text in Markdown fields; plain string fields keep it as data, on one trimmed line', () => {
    const MARKUP = new Set(['title', 'description', 'statement', 'prose', 'text']);
    let markup = 0;
    const walk = (value: unknown, key: string) => {
      if (typeof value === 'string') {
        if (MARKUP.has(key)) {
          markup++;
          expect(value).not.toContain('<script');
          expect(value).not.toMatch(/(^|[^\\])\[click\]\(/);
        } else if (key !== 'uuid') expect(value).toMatch(/^\S(.*\S)?$/);
        // eslint-disable-next-line no-control-regex
        expect(value).not.toMatch(/[\u0000-\u0008]/);
        return;
      }
      if (value && typeof value === 'object')
        for (const [k, v] of Object.entries(value)) walk(v, Array.isArray(value) ? key : k);
    };
    walk(toAssessmentResults(model), '');
    walk(toPoam(model), '');
    expect(markup).toBeGreaterThan(50);
    expect(JSON.stringify(toPoam(model))).toContain('Контроль');
  });
});
