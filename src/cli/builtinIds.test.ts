/**
 * Issue 22 item 2: component ids that are built-in JavaScript names crashed `htw report` in
 * every format (TypeError, exit 1). Through the CLI code path (`runReport`, `runCli`) with the
 * real renderers, PDF included.
 */
import { describe, expect, it } from 'vitest';
import { builtinIdTemplate, INHERITED_NAMES, ORIGINAL_IDS, PROTOTYPE_NAMES } from '../test/builtinIdModel';
import { renderReportPdf } from '../report/renderPdf';
import { runCli } from './runCli';
import { runReport } from './reportCommand';
import { memoryReportIo } from '../test/memoryCliIo';

const memoryIo = (files: Record<string, string>) =>
  memoryReportIo(files, (model, pageSize) => renderReportPdf(model, { pageSize }));

const MODEL = JSON.stringify(builtinIdTemplate(INHERITED_NAMES), null, 2);
/** The same model with the original ids (the renamed components keep their names). */
const ORIGINAL = JSON.stringify(builtinIdTemplate(ORIGINAL_IDS.slice(0, INHERITED_NAMES.length)), null, 2);
/**
 * Ids appear nowhere in these outputs, only names, so renaming ids may only change the order
 * of rows and of list entries (both sorted by id): compare the sorted words of every line.
 */
const sortedLines = (text: string | Uint8Array | undefined) =>
  String(text)
    .split('\n')
    .map((line) =>
      line
        .split(/[\s;|,":]+/)
        .sort()
        .join(' '),
    )
    .sort();

describe('component ids that are built-in JavaScript names', () => {
  it.each(['md', 'csv', 'oscal-ar', 'oscal-poam', 'oscal-catalog', 'pdf'])(
    'htw report --format %s writes the report',
    async (format) => {
      const t = memoryIo({ 'm.json': MODEL });
      const code = await runReport(['m.json', '--format', format, '--out', `r.${format}`], t.io);
      expect(t.err()).toBe('');
      expect(code).toBe(0);
      const out = t.written[`r.${format}`]!;
      expect(out.length).toBeGreaterThan(1000);
      if (format === 'md' || format === 'csv') {
        const original = memoryIo({ 'm.json': ORIGINAL });
        expect(await runReport(['m.json', '--format', format, '--out', 'o'], original.io)).toBe(0);
        expect(sortedLines(out)).toEqual(sortedLines(original.written.o));
      }
    },
    60_000,
  );

  it.each(['json', 'md', 'csv'])('htw assess --format %s writes the assessment', (format) => {
    const t = memoryIo({ 'm.json': MODEL });
    expect(runCli(['assess', 'm.json', '--format', format, '--out', `a.${format}`], t.io)).toBe(0);
    expect(t.err()).toBe('');
    const original = memoryIo({ 'm.json': ORIGINAL });
    expect(runCli(['assess', 'm.json', '--format', format, '--out', 'o'], original.io)).toBe(0);
    if (format === 'json') {
      // The coverage of each renamed component is that of the component it replaced.
      const coverage = (text: unknown) =>
        (JSON.parse(String(text)) as { coverage: { cells: Record<string, Record<string, unknown>> } }).coverage.cells;
      const renamed = coverage(t.written['a.json']);
      const before = coverage(original.written.o);
      for (const [i, name] of INHERITED_NAMES.entries()) {
        for (const bf of Object.keys(before))
          expect(Object.hasOwn(renamed[bf]!, name) ? renamed[bf]![name] : undefined).toEqual(
            before[bf]![ORIGINAL_IDS[i]!],
          );
      }
      expect(Object.keys(renamed['HY-BF1']!)).toContain('toString');
    } else expect(sortedLines(t.written[`a.${format}`])).toEqual(sortedLines(original.written.o));
  });

  it.each(PROTOTYPE_NAMES)(
    'refuses a model with the component id %s with a message naming the key (exit 2, nothing written)',
    async (name) => {
      const t = memoryIo({ 'm.json': JSON.stringify(builtinIdTemplate([name])) });
      expect(await runReport(['m.json', '--format', 'md', '--out', 'r.md'], t.io)).toBe(2);
      expect(t.err()).toContain(`forbidden key "${name}"`);
      expect(t.written).toEqual({});
    },
  );
});
