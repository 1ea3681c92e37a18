import { describe, expect, it } from 'vitest';
import { reportToMarkdown } from './reportToMarkdown';
import { REPORT_CSV_HEADER, reportToCsv } from './reportToCsv';
import { reportFileName, renderTextReport } from '../export/registry';
import { kvmReportFixture, kvmWorkshopFixture } from '../../test/reportFixtures';

/** Minimal RFC 4180 parser (quoted cells, doubled quotes, CRLF), to read back what we wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

describe('reportToCsv', () => {
  const { model } = kvmReportFixture();
  const csv = reportToCsv(model);
  const rows = parseCsv(csv);

  it('has the header, a row per recommendation and a row per component record', () => {
    expect(rows[0]).toEqual([...REPORT_CSV_HEADER]);
    const recs = model.functions.flatMap((f) => f.recommendations);
    const componentRows = recs.reduce((n, r) => n + r.componentEntries.length, 0);
    expect(rows.length - 1).toBe(recs.length + componentRows);
    for (const r of rows.slice(1)) expect(r).toHaveLength(REPORT_CSV_HEADER.length);
  });

  it('never lets a cell start a formula', () => {
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    // The hostile justifications survive as text, defused with a leading quote where needed.
    const justifications = rows.slice(1).map((r) => r[11]!);
    expect(justifications.some((j) => j.includes('=HYPERLINK('))).toBe(true);
    const owners = rows.slice(1).map((r) => r[9]!);
    expect(owners.filter((o) => o.startsWith("'"))).toEqual(owners.filter((o) => /^'[=+\-@]/.test(o)));
  });

  it('keeps Unicode and statuses readable', () => {
    expect(csv).toContain('Контроль');
    expect(rows.slice(1).map((r) => r[5])).toEqual(
      expect.arrayContaining(['Implemented', 'Not implemented', 'Risk accepted']),
    );
  });
});

describe('reportToMarkdown', () => {
  const { model } = kvmReportFixture();
  const md = reportToMarkdown(model);

  it('has every section and every recommendation by id', () => {
    for (const heading of [
      '## Executive summary',
      '## Architecture',
      '## Scope, assumptions and out-of-scope items',
      '## Coverage matrix',
      '## Action plan',
      '## Appendix: method, provenance and glossary',
    ]) {
      expect(md).toContain(heading);
    }
    for (const r of model.functions.flatMap((f) => f.recommendations)) expect(md).toContain(`#### ${r.id}`);
  });

  it('renders user text inert: no raw HTML, links, images or table breaks', () => {
    expect(md).not.toContain('<script');
    expect(md).not.toContain('<img');
    expect(md).not.toMatch(/[^\\]\[click\]\(/);
    expect(md).not.toMatch(/(^|[^\\])!\[x\]/);
    expect(md).toContain('&lt;script&gt;');
    expect(md).toContain('≤ Контроль');
    // Table rows keep their cell count although names contain pipes or markup.
    let header = 0;
    let checked = 0;
    for (const line of md.split('\n')) {
      if (!line.startsWith('|')) {
        header = 0;
        continue;
      }
      const cells = line.split(/(?<!\\)\|/).length;
      if (header === 0) header = cells;
      else {
        expect(cells, line).toBe(header);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});

describe('reportToMarkdown with a workshop', () => {
  it('summarises ended workshops, escaped, without private notes', () => {
    const md = reportToMarkdown(kvmWorkshopFixture().model);
    expect(md).toContain('## Workshops');
    expect(md).toContain('### Device mediation review (2026-11-20, 45 min)');
    expect(md).toContain('IOMMU on for all hosts &lt;script&gt;');
    expect(md).toContain('Open question');
    expect(md).not.toContain('PRIVATE');
  });
});

describe('export formats', () => {
  it('names files safely', () => {
    expect(reportFileName('../../etc/passwd', '2026-11-28', 'pdf')).toBe('etc-passwd-2026-11-28.pdf');
    expect(reportFileName('KVM ≤ Контроль', '2026-11-28', 'oscal-ar')).toBe('KVM-Контроль-2026-11-28.oscal-ar.json');
    expect(reportFileName('   ', '2026-11-28', 'csv')).toBe('assessment-2026-11-28.csv');
  });

  it('renders every text format as parseable output', () => {
    const { model, catalog } = kvmReportFixture();
    for (const f of ['oscal-ar', 'oscal-poam', 'oscal-catalog'] as const)
      expect(() => JSON.parse(renderTextReport(f, model, catalog))).not.toThrow();
    expect(renderTextReport('md', model, catalog)).toBe(reportToMarkdown(model));
    expect(renderTextReport('csv', model, catalog)).toBe(reportToCsv(model));
  });
});
