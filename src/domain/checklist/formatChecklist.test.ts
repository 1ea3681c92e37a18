import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assessmentToJson, assessmentToMarkdown, checklistToCsv, csvCell, escapeMarkdown } from './formatChecklist';
import { assess } from '../rules/assess';
import { fixtureCatalog } from '../../test/fixtures/engineCatalog';
import { entry, smallPlatform } from '../../test/fixtures/documentBuilder';

/** Minimal RFC 4180 parser for the round trip. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    expect(text[i]).toBe('"');
    let cell = '';
    i++;
    for (;;) {
      if (text[i] === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
      } else if (text[i] === '"') {
        i++;
        break;
      } else cell += text[i++];
    }
    row.push(cell);
    if (text[i] === ',') i++;
    else {
      expect(text.slice(i, i + 2)).toBe('\r\n');
      i += 2;
      rows.push(row);
      row = [];
    }
  }
  return rows;
}

describe('CSV', () => {
  it('defuses formula injection and quotes every cell', () => {
    for (const payload of ['=HYPERLINK("http://x","y")', '+cmd|/c calc', '-2+3', '@SUM(A1)', '\tx', '\rx']) {
      expect(csvCell(payload).startsWith(`"'`)).toBe(true);
    }
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
    expect(csvCell(null)).toBe('""');
  });

  it('property: every cell round-trips, with a quote prefix exactly when dangerous', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const [[cell]] = parseCsv(csvCell(s) + '\r\n') as [[string]];
        const dangerous = /^[=+\-@\t\r]/.test(s);
        expect(cell).toBe(dangerous ? `'${s}` : s);
        expect(/^[=+\-@\t\r]/.test(cell)).toBe(false);
      }),
    );
  });

  it('writes one row per item plus orphaned rows, with hostile names defused', () => {
    const doc = smallPlatform();
    doc.components['gpu1'] = { ...doc.components['gpu1']!, name: '=cmd|" /C calc"!A0' };
    doc.assessment['HY-SR-99'] = entry('HY-SR-99', 'platform', 'implemented', { owner: '@evil' });
    const rows = parseCsv(checklistToCsv(assess(doc, fixtureCatalog), doc, fixtureCatalog));
    expect(rows[0]).toEqual([
      'Recommendation',
      'Title',
      'Baseline function',
      'Applicability',
      'Status',
      'Components',
      'Reasons',
      'Owner',
      'Due date',
      'Justification',
      'Model evidence',
      'Expired acceptance',
    ]);
    expect(rows).toHaveLength(1 + 12 + 1);
    const sr6c = rows.find((r) => r[0] === 'HY-SR-6C')!;
    expect(sr6c[5]).toBe(`'=cmd|" /C calc"!A0`);
    expect(rows.at(-1)).toEqual([
      'HY-SR-99',
      '',
      '',
      'orphaned: recommendation-not-in-catalog',
      'implemented',
      '',
      '',
      "'@evil",
      '',
      '',
      '',
      '',
    ]);
    for (const row of rows) for (const cell of row) expect(/^[=+\-@\t\r]/.test(cell)).toBe(false);
  });
});

describe('Markdown', () => {
  it('escapes HTML, links and table breakers in user text', () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)> [a](javascript:x) | *b*\nnext')).toBe(
      '&lt;img src=x onerror=alert\\(1\\)&gt; \\[a\\]\\(javascript:x\\) \\| \\*b\\* next',
    );
  });

  it('renders summary, checklist and reasons', () => {
    const doc = smallPlatform();
    doc.components['vm1'] = { ...doc.components['vm1']!, name: 'vm|<b>x</b>' };
    const md = assessmentToMarkdown(assess(doc, fixtureCatalog), doc, fixtureCatalog);
    expect(md).toContain('# Assessment: Test platform');
    expect(md).toContain('| HY-SR-6C | IOMMU for passthrough and SR-IOV | Applicable | not-reviewed | GPU-1 |');
    expect(md).toContain('vm\\|&lt;b&gt;x&lt;/b&gt;');
    expect(md).not.toContain('<b>');
  });
});

describe('JSON', () => {
  it('holds catalog, checklist items with id/applicability/status/components/reasons, coverage and summary', () => {
    const doc = smallPlatform();
    const json = assessmentToJson(assess(doc, fixtureCatalog), doc, fixtureCatalog);
    expect(json.catalog).toEqual({ id: 'fixture-catalog', version: '0.0.1' });
    expect(json.checklist.find((i) => i.id === 'HY-SR-6C')).toMatchObject({
      applicability: 'applicable',
      status: 'not-reviewed',
      components: ['gpu1'],
      baselineFunction: 'HY-BF2',
    });
    expect(json.coverage.baselineFunctions).toHaveLength(5);
    expect(json.summary.total).toBe(12);
  });
});
