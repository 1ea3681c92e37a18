import { describe, expect, it } from 'vitest';
import { placeDropped } from './placeDropped';
import { INSIDE } from './placeInside';
import { makeComponent, makeDocument } from '../../test/builders';

const LEAF = { width: 180, height: 56 };
const doc = makeDocument({
  components: [
    makeComponent('host', 'physical-host', { position: { x: 0, y: 0 }, size: { width: 620, height: 200 } }),
    makeComponent('a', 'guest-vm', { parentId: 'host', position: { x: 20, y: 60 } }),
    makeComponent('b', 'guest-vm', { parentId: 'host', position: { x: 220, y: 60 } }),
    makeComponent('free1', 'guest-vm', { position: { x: 900, y: 0 } }),
    makeComponent('free2', 'guest-vm', { position: { x: 900, y: 100 } }),
  ],
});
const sizeOf = (id: string) => doc.components[id]?.size ?? LEAF;
type R = { x: number; y: number; width: number; height: number };
const overlap = (p: { x: number; y: number }, s: R) =>
  p.x < s.x + s.width && s.x < p.x + LEAF.width && p.y < s.y + s.height && s.y < p.y + LEAF.height;
const rect = (id: string): R => ({ ...doc.components[id]!.position, ...LEAF });

describe('placeDropped', () => {
  it('an existing component dropped onto a sibling inside a host goes to free space there, inside the host', () => {
    const patches = placeDropped(doc, [{ id: 'free1', parentId: 'host', position: { x: 30, y: 70 } }], sizeOf);
    const p = patches.free1!.position!;
    expect(patches.free1!.parentId).toBe('host');
    expect(overlap(p, rect('a'))).toBe(false);
    expect(overlap(p, rect('b'))).toBe(false);
    expect(p.x).toBeGreaterThanOrEqual(INSIDE.margin);
    expect(p.y).toBeGreaterThanOrEqual(INSIDE.header);
    expect(p.x + LEAF.width).toBeLessThanOrEqual(620 - INSIDE.margin);
    expect(p.y + LEAF.height).toBeLessThanOrEqual(200 - INSIDE.margin);
    expect(patches.host).toBeUndefined();
  });

  it('keeps a free drop point inside the host as it is', () => {
    expect(placeDropped(doc, [{ id: 'free1', parentId: 'host', position: { x: 420, y: 100 } }], sizeOf)).toEqual({
      free1: { position: { x: 420, y: 100 }, parentId: 'host' },
    });
  });

  it('places several dropped together clear of each other, growing the host when it is full, in one set of patches', () => {
    const patches = placeDropped(
      doc,
      [
        { id: 'free1', parentId: 'host', position: { x: 420, y: 60 } },
        { id: 'free2', parentId: 'host', position: { x: 420, y: 60 } },
      ],
      sizeOf,
    );
    const one = patches.free1!.position!;
    const two = patches.free2!.position!;
    expect(overlap(two, { ...one, ...LEAF })).toBe(false);
    for (const p of [one, two]) for (const s of ['a', 'b']) expect(overlap(p, rect(s))).toBe(false);
    const size = patches.host?.size ?? doc.components.host!.size!;
    for (const p of [one, two]) expect(p.y + LEAF.height).toBeLessThanOrEqual(size.height);
  });

  it('a sibling that is dragged too is no obstacle where it was', () => {
    const patches = placeDropped(
      doc,
      [
        { id: 'a', parentId: 'host', position: { x: 220, y: 60 } },
        { id: 'b', parentId: 'host', position: { x: 20, y: 60 } },
      ],
      sizeOf,
    );
    expect(patches).toEqual({
      a: { position: { x: 220, y: 60 }, parentId: 'host' },
      b: { position: { x: 20, y: 60 }, parentId: 'host' },
    });
  });

  it('leaves a drop on the open canvas, and a child dragged along with its host, where they were let go', () => {
    const patches = placeDropped(
      doc,
      [
        { id: 'host', parentId: undefined, position: { x: 50, y: 50 } },
        { id: 'a', parentId: 'host', position: { x: 220, y: 60 } },
        { id: 'free1', parentId: undefined, position: { x: 10, y: 10 } },
      ],
      sizeOf,
    );
    expect(patches).toEqual({
      host: { position: { x: 50, y: 50 }, parentId: undefined },
      a: { position: { x: 220, y: 60 }, parentId: 'host' },
      free1: { position: { x: 10, y: 10 }, parentId: undefined },
    });
  });
});
