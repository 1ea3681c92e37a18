/**
 * A pack no code knows about (src/test/fixtures/packs/acme-lab-pack.json) reaches the checklist,
 * the dashboard data, the workshop agenda and every export (PDF read back with pdftotext, CSV,
 * Markdown, JSON, OSCAL validated against NIST's schema when present), with no code change,
 * exactly as the bundled SP 800-125B pack does.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadBundledCatalog } from '../domain/catalog/catalogSource';
import { loadTemplate } from '../domain/catalog/templates';
import { loadPacks } from '../domain/packs/parsePack';
import { assess } from '../domain/rules/assess';
import { buildDashboardData } from '../domain/checklist/dashboardData';
import { groupChecklist, type ChecklistContext } from '../domain/checklist/checklistFilter';
import { buildAgenda, stepIdForPack } from '../domain/workshop/buildAgenda';
import { buildReport } from '../domain/report/buildReport';
import { reportToMarkdown } from '../domain/report/reportToMarkdown';
import { reportToCsv } from '../domain/report/reportToCsv';
import { toOscalCatalog } from '../domain/report/oscal/toOscalCatalog';
import { toAssessmentResults } from '../domain/report/oscal/toAssessmentResults';
import { OSCAL_SCHEMA_DIR, oscalErrors } from '../test/officialOscal';
import { renderReportPdf } from './renderPdf';

const file = fileURLToPath(new URL('../test/fixtures/packs/acme-lab-pack.json', import.meta.url));
const loaded = loadPacks(
  loadBundledCatalog(),
  [{ source: 'acme-lab-pack.json', text: readFileSync(file, 'utf8') }],
  (t) => parse(t),
);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
const catalog = loaded.catalog;
const document = loadTemplate('kvm-libvirt');
const assessment = assess(document, catalog);
const report = buildReport(document, catalog, assessment, { generatedAt: '2026-12-03T12:00:00Z' });
const IDS = ['acme-lab.SW-01', 'acme-lab.SW-02'];
const TITLE = 'Acme lab switching rules';

describe('a brand-new pack appears everywhere without a code change', { timeout: 120_000 }, () => {
  it('in the checklist, in a group named by the pack', () => {
    expect(assessment.checklist.filter((i) => IDS.includes(i.recommendationId)).map((i) => i.applicability)).toEqual([
      'applicable',
      'applicable',
    ]);
    const ctx: ChecklistContext = { catalog, document, threatSources: assessment.threatSources };
    const group = groupChecklist(assessment.checklist, 'function', ctx).find((g) => g.label === TITLE);
    expect(group?.items.map((i) => i.recommendationId)).toEqual(IDS);
  });

  it('in the dashboard data, as open gaps', () => {
    const data = buildDashboardData(assessment, catalog, document, { today: '2026-12-03', topGapLimit: 500 });
    expect(data.topGaps.map((g) => g.recommendationId)).toEqual(expect.arrayContaining(IDS));
  });

  it('in the workshop agenda, as a step of its own titled by the pack', () => {
    const step = buildAgenda(document, catalog, assessment).find((s) => s.id === stepIdForPack('acme-lab'));
    expect(step).toMatchObject({ kind: 'pack', packId: 'acme-lab', title: TITLE, items: IDS });
  });

  it('in the report model (JSON) with a section named from the pack metadata', () => {
    const section = report.functions.find((f) => f.id === 'pack-acme-lab');
    expect(section?.title).toBe(`${TITLE} (pack acme-lab 0.3.1)`);
    expect(section?.recommendations.map((r) => [r.id, r.source])).toEqual(IDS.map((id) => [id, TITLE]));
    const json = JSON.parse(JSON.stringify(report)) as typeof report;
    expect(json.functions.map((f) => f.id)).toContain('pack-acme-lab');
  });

  it('in Markdown and CSV', () => {
    const md = reportToMarkdown(report);
    // Markdown escapes the parentheses of user and pack text.
    expect(md).toContain(`${TITLE} \\(pack acme-lab 0.3.1\\)`);
    for (const id of IDS) expect(md).toContain(id);
    const rows = reportToCsv(report).split('\r\n');
    for (const id of IDS) expect(rows.some((l) => l.startsWith(`"${id}"`))).toBe(true);
  });

  it('in OSCAL, a group per pack, valid against the official schema', () => {
    const oscal = toOscalCatalog(catalog, '2026-12-03T12:00:00Z');
    const group = oscal.catalog.groups?.find((g) => g.id === 'pack-acme-lab');
    expect(group?.title).toBe(`${TITLE} (pack acme-lab 0.3.1)`);
    expect(group?.controls?.map((c) => c.id)).toEqual(['acme-lab.sw-01', 'acme-lab.sw-02']);
    const ar = JSON.stringify(toAssessmentResults(report));
    expect(ar).toContain('acme-lab.SW-01');
    if (OSCAL_SCHEMA_DIR) {
      expect(oscalErrors('oscal-catalog', oscal)).toEqual([]);
      expect(oscalErrors('oscal-ar', toAssessmentResults(report))).toEqual([]);
    }
  });

  it('in the PDF', async () => {
    const bytes = await renderReportPdf(report, { pageSize: 'A4' });
    const dir = mkdtempSync(join(tmpdir(), 'htw-newpack-'));
    writeFileSync(join(dir, 'r.pdf'), bytes);
    const flat = execFileSync('pdftotext', [join(dir, 'r.pdf'), '-'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    }).replace(/\s+/g, ' ');
    expect(flat).toContain(TITLE);
    expect(flat).toContain('Label every lab virtual switch with its owner');
    expect(flat).toContain('acme-lab.SW-02');
  });
});
