/**
 * Issue 22 item 9: positions of 1e308 were accepted (sizes were capped, positions not) and the
 * canvas rendered Infinity and NaN. The schema bounds them; the operations keep edits inside.
 */
import { describe, expect, it } from 'vitest';
import { loadBundledCatalog } from '../catalog/catalogSource';
import { loadTemplate } from '../catalog/templates';
import { describeImportError } from '../io/importErrors';
import { importProjectFile } from '../io/projectFile';
import { exportProjectFile } from '../io/projectFileFormat';
import { nudgeComponents } from './clipboard';
import { addComponents, updateComponents } from './operations';
import { LIMITS, type WorkbenchDocument } from './schema';

const catalog = loadBundledCatalog();
const sample = loadTemplate('kvm-libvirt');
const NOW = '2026-03-01T00:00:00.000Z';

function importWithPosition(x: number | string, y: number | string = 0) {
  const doc = JSON.parse(exportProjectFile(sample)) as WorkbenchDocument;
  const text = JSON.stringify(doc).replace('"position":{"x":40,"y":40}', `"position":{"x":${x},"y":${y}}`);
  expect(text).toContain(`"position":{"x":${x},"y":${y}}`);
  return importProjectFile(text, catalog);
}

describe('position bounds', () => {
  it('the template has the position this test rewrites', () => {
    expect(exportProjectFile(sample).replace(/\s/g, '')).toContain('"position":{"x":40,"y":40}');
  });

  it.each(['1e308', '-1e308', '1000001', '-1000000.5'])(
    'refuses the coordinate %s with a message naming where and the bound',
    (value) => {
      const result = importWithPosition(value);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(describeImportError(result.error, 'far.json')).toMatch(
          /^far\.json is not a valid project at components\.[\w-]+\.position\.x: a position must be a number from -1000000 to 1000000\.$/,
        );
      }
    },
  );

  it('refuses 1e308 on the y axis too', () => {
    const result = importWithPosition(0, '1e308');
    expect(!result.ok && result.error.kind === 'invalid' && result.error.path.endsWith('position.y')).toBe(true);
  });

  it('accepts the bounds themselves', () => {
    expect(importWithPosition(LIMITS.position, -LIMITS.position).ok).toBe(true);
  });

  it('edits clamp positions to the bounds, so a save is never refused on reading', () => {
    const id = Object.keys(sample.components)[0]!;
    const dragged = updateComponents(sample, { [id]: { position: { x: 1e308, y: -Infinity } } }, NOW);
    expect(dragged.components[id]!.position).toEqual({ x: LIMITS.position, y: 0 });
    const nudged = nudgeComponents(
      updateComponents(sample, { [id]: { position: { x: LIMITS.position - 5, y: 0 } } }, NOW),
      [id],
      { x: 50, y: 0 },
      NOW,
    );
    expect(nudged.components[id]!.position.x).toBe(LIMITS.position);
    const added = addComponents(
      sample,
      [{ ...sample.components[id]!, id: 'far', position: { x: -5e6, y: Number.NaN } }],
      NOW,
    );
    expect(added.components.far!.position).toEqual({ x: -LIMITS.position, y: 0 });
    for (const doc of [dragged, nudged, added])
      expect(importProjectFile(exportProjectFile(doc), catalog).ok).toBe(true);
  });
});
