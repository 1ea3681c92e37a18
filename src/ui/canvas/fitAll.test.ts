import { describe, expect, it } from 'vitest';
import { EMPTY_VIEWPORT, MAX_FIT_ZOOM, openingViewport, panToReveal, READABLE_ZOOM, readableFit } from './fitAll';
import { createDocument } from '../../domain/model/operations';

const canvas = { width: 800, height: 600 };

describe('readableFit', () => {
  it('never zooms a small platform in beyond 100 %', () => {
    const vp = readableFit({ x: 0, y: 0, width: 200, height: 80 }, canvas);
    expect(vp.zoom).toBe(MAX_FIT_ZOOM);
  });

  it('keeps a platform that fits at the readable zoom at that zoom, centred, even when the padding would shrink it', () => {
    // 1000 px wide fits at 0.75 (750 px) but not with a 10 % margin: a plain fit would give ~0.73.
    const bounds = { x: 100, y: 50, width: 1000, height: 400 };
    const vp = readableFit(bounds, canvas);
    expect(vp.zoom).toBe(READABLE_ZOOM);
    // Centred: equal room left and right of the platform.
    const left = vp.x + bounds.x * vp.zoom;
    const right = canvas.width - (left + bounds.width * vp.zoom);
    expect(left).toBeCloseTo(right, 5);
    expect(left).toBeGreaterThanOrEqual(0);
  });

  it('shows a platform too large for the readable zoom whole, smaller', () => {
    const bounds = { x: 0, y: 0, width: 4000, height: 1500 };
    const vp = readableFit(bounds, canvas);
    expect(vp.zoom).toBeLessThan(READABLE_ZOOM);
    expect(bounds.width * vp.zoom).toBeLessThanOrEqual(canvas.width);
  });
});

describe('openingViewport', () => {
  it('opens an empty project at 100 % at the origin, whatever the zoom before', () => {
    const doc = createDocument({
      id: 'p1',
      name: 'Empty',
      now: '2026-01-01T00:00:00.000Z',
      catalog: { id: 'c', version: '1' },
    });
    expect(openingViewport(doc, () => undefined, canvas)).toEqual(EMPTY_VIEWPORT);
  });
});

describe('panToReveal', () => {
  const view = { x: 0, y: 0, zoom: 1 };
  it('leaves a component in view alone', () => {
    expect(panToReveal({ x: 100, y: 100, width: 180, height: 56 }, view, canvas)).toBeNull();
  });

  it('pans just enough to bring one past the right or bottom edge in, keeping the zoom', () => {
    const next = panToReveal({ x: 700, y: 580, width: 180, height: 56 }, view, canvas)!;
    expect(next.zoom).toBe(1);
    expect(700 + 180 + next.x).toBe(canvas.width - 24);
    expect(580 + 56 + next.y).toBe(canvas.height - 24);
  });

  it('shows one larger than the view from its top left corner', () => {
    const next = panToReveal({ x: -50, y: 100, width: 2000, height: 56 }, { x: 0, y: 0, zoom: 0.5 }, canvas)!;
    expect(-50 * 0.5 + next.x).toBe(24);
    expect(next.y).toBe(0);
  });
});
