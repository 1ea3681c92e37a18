import { describe, expect, it } from 'vitest';
import type { CatalogData } from '../catalog/schema';
import { EDITING_CATALOG, makeComponent, makeDocument } from '../../test/builders';
import { addFromPalette } from './paletteCommands';
import { childSlot } from './editorCommands';

const ctx = () => {
  let n = 0;
  return { ids: () => `new${++n}`, now: '2026-02-01T00:00:00.000Z', catalog: EDITING_CATALOG as CatalogData };
};

describe('addFromPalette', () => {
  it('centres a component on the view, on the 10 px grid, a row down when the spot is taken', () => {
    const doc = makeDocument({ components: [makeComponent('a', 'guest-vm', { position: { x: 410, y: 270 } })] });
    const result = addFromPalette(doc, { type: 'guest-vm', centre: { x: 503, y: 301 }, containerTop: 0 }, ctx());
    expect(result.value).toEqual({ id: 'new1' });
    // 503 - 90 = 413 -> 410; 301 - 28 = 273 -> 270: taken by "a", so 20 right and 80 down.
    expect(result.document.components.new1!.position).toEqual({ x: 430, y: 350 });
    expect(Object.keys(result.diff.collections.components!.added)).toEqual(['new1']);
  });

  it('starts a container near the top of the view', () => {
    const result = addFromPalette(
      makeDocument(),
      { type: 'physical-host', centre: { x: 500, y: 500 }, containerTop: 100 },
      ctx(),
    );
    expect(result.document.components.new1!.position).toEqual({ x: 290, y: 100 });
  });

  it('puts the component on the next grid cell of the selected host (or the host around the selection), growing the host', () => {
    const doc = makeDocument({
      components: [
        makeComponent('h', 'physical-host', { name: 'Rack', size: { width: 420, height: 100 } }),
        makeComponent('v1', 'guest-vm', { parentId: 'h' }),
      ],
    });
    const result = addFromPalette(
      doc,
      { type: 'guest-vm', selectedId: 'v1', centre: { x: 0, y: 0 }, containerTop: 0 },
      ctx(),
    );
    expect(result.value).toEqual({ id: 'new1', parentName: 'Rack' });
    expect(result.document.components.new1).toMatchObject({ parentId: 'h', position: childSlot(1) });
    expect(result.document.components.h!.size).toEqual({ width: 490, height: 142 });
    expect(Object.keys(result.diff.collections.components!.changed)).toEqual(['h']);
  });
});
