import { describe, expect, it } from 'vitest';
import { INSIDE, placeInside } from './placeInside';

const size = { width: 180, height: 56 };
const host = { width: 600, height: 300 };
const overlap = (a: { x: number; y: number }, b: { x: number; y: number; width: number; height: number }) =>
  a.x < b.x + b.width && b.x < a.x + size.width && a.y < b.y + b.height && b.y < a.y + size.height;

describe('placeInside', () => {
  it('keeps a free drop point', () => {
    expect(placeInside({ x: 100, y: 100 }, size, [], host)).toEqual({ position: { x: 100, y: 100 } });
  });

  it('keeps the component inside the container and below its title', () => {
    const { position } = placeInside({ x: 560, y: 10 }, size, [], host);
    expect(position.y).toBeGreaterThanOrEqual(INSIDE.header);
    expect(position.x + size.width).toBeLessThanOrEqual(host.width - INSIDE.margin);
  });

  it('moves a drop onto a sibling to the nearest free place, overlapping nothing', () => {
    const sibling = { x: 100, y: 100, width: 180, height: 56 };
    const { position, grownTo } = placeInside({ x: 110, y: 105 }, size, [sibling], host);
    expect(grownTo).toBeUndefined();
    expect(overlap(position, sibling)).toBe(false);
    expect(Math.hypot(position.x - 110, position.y - 105)).toBeLessThan(120);
  });

  it('grows a full container and puts the component on a new row', () => {
    const full = { width: 420, height: 140 };
    const siblings = [
      { x: 16, y: 60, width: 180, height: 56 },
      { x: 220, y: 60, width: 180, height: 56 },
    ];
    const { position, grownTo } = placeInside({ x: 30, y: 70 }, size, siblings, full);
    expect(siblings.some((s) => overlap(position, s))).toBe(false);
    expect(grownTo!.height).toBeGreaterThanOrEqual(position.y + size.height);
  });
});
