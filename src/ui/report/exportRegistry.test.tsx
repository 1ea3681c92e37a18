/**
 * The export formats have one source: the registry (src/domain/export/registry.ts). The Export
 * menu's entries and the CLI's `--format` choices and help all come from it, so a format
 * added there appears in both and nowhere else needs a list.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { EXPORTS, INTERCHANGE_FORMATS, REPORT_FORMATS } from '../../domain/export/registry';
import { ExportPopup } from './ExportMenuBody';
import { EXPORT_FORMATS, EXPORT_HELP, runExport } from '../../cli/exportCommand';
import { REPORT_HELP, REPORT_IDS } from '../../cli/reportCommand';
import { memoryIo } from '../../test/memoryCliIo';

afterEach(cleanup);

describe('the export registry', () => {
  it('is what the Export menu lists, in its order, with its labels and endings', () => {
    render(<ExportPopup root={createRef()} pageSize="A4" onPageSize={() => {}} onRun={() => {}} onClose={() => {}} />);
    const items = screen.getAllByRole('menuitem');
    expect(items.map((i) => i.getAttribute('data-testid'))).toEqual(EXPORTS.map((e) => `export-${e.id}`));
    expect(items.map((i) => i.textContent)).toEqual(EXPORTS.map((e) => `${e.label}${e.extension}`));
  });

  it('is where the CLI takes its --format choices and help lines from', () => {
    expect(REPORT_IDS).toEqual(EXPORTS.filter((e) => e.kind === 'report').map((e) => e.id));
    expect(EXPORT_FORMATS).toEqual(EXPORTS.filter((e) => e.kind === 'interchange').map((e) => e.id));
    expect([...REPORT_IDS, ...EXPORT_FORMATS]).toEqual(EXPORTS.map((e) => e.id));
    for (const f of REPORT_FORMATS) expect(REPORT_HELP).toContain(`  ${f.id} `);
    for (const f of INTERCHANGE_FORMATS) expect(EXPORT_HELP).toContain(`  ${f.id} `);
    expect(REPORT_HELP).toContain(`--format ${REPORT_IDS.join('|')}`);
    const t = memoryIo({});
    expect(runExport(['model.json', '--format', 'visio'], t.io)).toBe(2);
    expect(t.err()).toContain(`--format must be ${INTERCHANGE_FORMATS.map((f) => f.id).join(', ')}, not "visio"`);
  });
});
