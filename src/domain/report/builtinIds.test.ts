/**
 * Issue 22 item 2: the dashboard turned into a white screen for a component id that is a
 * built-in JavaScript name. The JSON reader refuses `__proto__` and `constructor` keys, but a
 * document built in code may hold them, so the derived views are checked with every name.
 */
import { describe, expect, it } from 'vitest';
import { loadBundledCatalog } from '../catalog/catalogSource';
import type { WorkbenchDocument } from '../model/schema';
import { assess } from '../rules/assess';
import { buildReport } from './buildReport';
import { renderTextReport } from '../export/registry';
import { builtinIdTemplate, INHERITED_NAMES, ORIGINAL_IDS, PROTOTYPE_NAMES } from '../../test/builtinIdModel';
import { buildDashboardData } from '../checklist/dashboardData';

const catalog = loadBundledCatalog();
const NAMES = [...INHERITED_NAMES, ...PROTOTYPE_NAMES];
// Through JSON text so `__proto__` is an own key, as a hostile file would have it.
const doc = (names: readonly string[]) => JSON.parse(JSON.stringify(builtinIdTemplate(names))) as WorkbenchDocument;
const renamed = doc(NAMES);
const original = doc(ORIGINAL_IDS.slice(0, NAMES.length));

describe('derived views with built-in JavaScript names as component ids', () => {
  it('the document really holds own keys named after Object.prototype members', () => {
    for (const name of NAMES) expect(Object.hasOwn(renamed.components, name)).toBe(true);
  });

  it('the dashboard figures equal those of the same model with ordinary ids', () => {
    const data = buildDashboardData(assess(renamed, catalog), catalog, renamed, { today: '2026-03-01' });
    const before = buildDashboardData(assess(original, catalog), catalog, original, { today: '2026-03-01' });
    expect(data.progress).toEqual(before.progress);
    expect(data.gaps).toBe(before.gaps);
    expect(data.heatmap.maxOpen).toBe(before.heatmap.maxOpen);
    const cellByName = (d: typeof data) =>
      new Map(
        d.heatmap.columns.map((col, c) => [
          col.name,
          d.heatmap.rows.map((_, r) => d.heatmap.cells[r]![c]?.openRecommendations ?? null),
        ]),
      );
    expect(cellByName(data)).toEqual(cellByName(before));
    for (const name of NAMES) expect(data.heatmap.columns.map((c) => c.id)).toContain(name);
  });

  it('the report model and every text format build', () => {
    const assessment = assess(renamed, catalog);
    const model = buildReport(renamed, catalog, assessment, { generatedAt: '2026-03-01T00:00:00Z', generator: 'test' });
    const row = model.coverage.rows.find((r) => r.componentId === 'toString')!;
    expect(Object.values(row.cells).some((c) => c.tasks > 0)).toBe(true);
    for (const format of ['md', 'csv', 'oscal-ar', 'oscal-poam', 'oscal-catalog'] as const) {
      expect(renderTextReport(format, model, catalog).length).toBeGreaterThan(1000);
    }
  });
});
