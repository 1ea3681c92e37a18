/**
 * The PDF in Node: rendered from the KVM fixture (hostile and non-Latin text) and from a
 * generated 200-component platform; read back with poppler's pdftotext/pdffonts where they
 * are installed (skipped, saying so, where not).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderReportPdf, type PdfProgress } from './renderPdf';
import { reportPdfDefinition } from './pdfDefinition';
import { kvmReportFixture, kvmWorkshopFixture, largeReportFixture } from '../test/reportFixtures';
import { canonicalJson } from '../domain/catalog/contentHash';

const hasPoppler = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const OUT = process.env.REPORT_PDF_DIR ?? mkdtempSync(join(tmpdir(), 'htw-pdf-'));

function pdfText(bytes: Uint8Array, name: string): string {
  const file = join(OUT, name);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

// Generous timeouts: the machine is shared; the benchmark, not these tests, measures speed.
describe('renderReportPdf (Node)', { timeout: 120_000 }, () => {
  const kvm = kvmReportFixture();

  it('produces a PDF and reports progress through every stage, ending at 1', async () => {
    const progress: PdfProgress[] = [];
    const bytes = await renderReportPdf(kvm.model, { onProgress: (p) => progress.push(p) });
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    expect(progress.map((p) => p.stage).filter((s, i, all) => all.indexOf(s) === i)).toEqual([
      'loading',
      'layout',
      'rendering',
      'done',
    ]);
    for (let i = 1; i < progress.length; i++)
      expect(progress[i]!.fraction).toBeGreaterThanOrEqual(progress[i - 1]!.fraction);
    expect(progress.at(-1)!.fraction).toBe(1);
  });

  it('builds the definition without touching the model', () => {
    const before = canonicalJson(kvm.model);
    reportPdfDefinition(kvm.model, { pageSize: 'LETTER' });
    expect(canonicalJson(kvm.model)).toBe(before);
  });

  it.skipIf(!hasPoppler)(
    'prints the project, every applicable recommendation id, the statuses and Unicode text, with Roboto embedded',
    async () => {
      const bytes = await renderReportPdf(kvm.model, { pageSize: 'A4' });
      const text = pdfText(bytes, 'kvm.pdf');
      const flat = text.replace(/\s+/g, ' ');
      expect(flat).toContain('KVM ≤ Контроль');
      const rows = kvm.model.functions.flatMap((f) => f.recommendations);
      for (const r of rows.filter((x) => x.applicability === 'applicable')) expect(flat).toContain(r.id);
      for (const label of ['Implemented', 'Not implemented', 'Partially implemented', 'Risk accepted', 'Not reviewed'])
        expect(flat).toContain(label);
      for (const heading of [
        'Contents',
        'Executive summary',
        'Architecture',
        'Coverage matrix',
        'Action plan',
        'Glossary',
        'Page 2 of',
      ])
        expect(flat).toContain(heading);
      // Hostile text is printed as text.
      expect(flat).toContain('<script>alert(1)</script>');
      const fonts = execFileSync('pdffonts', [join(OUT, 'kvm.pdf')], { encoding: 'utf8' });
      expect(fonts).toMatch(/Roboto-Regular\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
      expect(fonts).not.toMatch(/Helvetica|Times|Courier/);
    },
  );

  it.skipIf(!hasPoppler)('adds the workshop section when the model has an ended workshop', async () => {
    const bytes = await renderReportPdf(kvmWorkshopFixture().model);
    const flat = pdfText(bytes, 'kvm-workshop.pdf').replace(/\s+/g, ' ');
    expect(flat).toContain('Workshops');
    expect(flat).toContain('Device mediation review');
    expect(flat).toContain('IOMMU on for all hosts <script>');
    expect(flat).not.toContain('PRIVATE');
  });

  it.skipIf(!hasPoppler)(
    'keeps a 200-component platform in one diagram and every component in the inventory (Letter)',
    async () => {
      const large = largeReportFixture(200);
      const bytes = await renderReportPdf(large.model, { pageSize: 'LETTER' });
      const text = pdfText(bytes, 'large-200.pdf');
      const pages = text.split('\f');
      // The diagram page holds every host name: one drawing, not cut across pages.
      const diagramPage = pages.findIndex((p) => /Boxes are the components/.test(p));
      expect(diagramPage).toBeGreaterThan(0);
      for (const host of ['Host-0', 'Host-19']) expect(pages[diagramPage]).toContain(host);
      for (const c of large.model.architecture.inventory) expect(text).toContain(c.name);
    },
  );
});
