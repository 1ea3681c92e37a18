import { describe, expect, it } from 'vitest';
import { autoLayout } from './autoLayout';
import { LEAF_SIZE } from '../../domain/model/geometry';
import { EDITING_CATALOG, makeComponent, makeConnection, makeDocument } from '../../test/builders';

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('autoLayout', () => {
  const doc = makeDocument({
    components: [
      makeComponent('h1', 'physical-host', { size: { width: 100, height: 100 } }),
      makeComponent('h2', 'physical-host', { size: { width: 100, height: 100 } }),
      makeComponent('a', 'guest-vm', { parentId: 'h1' }),
      makeComponent('b', 'guest-vm', { parentId: 'h1' }),
      makeComponent('c', 'guest-vm', { parentId: 'h1' }),
      makeComponent('d', 'guest-vm', { parentId: 'h2' }),
    ],
    connections: [makeConnection('x', 'runs-on', 'a', 'b'), makeConnection('y', 'runs-on', 'c', 'd')],
  });
  const patches = autoLayout(doc, EDITING_CATALOG, new Map());

  it('places siblings without overlap inside each container', () => {
    const boxes = ['a', 'b', 'c'].map((id) => ({ ...patches[id]!.position!, ...LEAF_SIZE }));
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
  });

  it('sizes containers to hold their children (positions are relative to the parent)', () => {
    const host = patches.h1!.size!;
    for (const id of ['a', 'b', 'c']) {
      const p = patches[id]!.position!;
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeGreaterThanOrEqual(40);
      expect(p.x + LEAF_SIZE.width).toBeLessThanOrEqual(host.width);
      expect(p.y + LEAF_SIZE.height).toBeLessThanOrEqual(host.height);
    }
  });

  it('ranks a connected pair one above the other and keeps top-level containers apart', () => {
    expect(patches.a!.position!.y).toBeLessThan(patches.b!.position!.y);
    const h1 = { ...patches.h1!.position!, ...patches.h1!.size! };
    const h2 = { ...patches.h2!.position!, ...patches.h2!.size! };
    expect(overlaps(h1, h2)).toBe(false);
    // The c -> d connection crosses host boundaries, so h1 is ranked above h2.
    expect(h1.y).toBeLessThan(h2.y);
  });

  it('never touches parents (nesting is kept)', () => {
    expect(Object.values(patches).every((p) => !('parentId' in p))).toBe(true);
  });
});
