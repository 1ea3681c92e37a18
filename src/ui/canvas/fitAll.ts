/**
 * Zoom to fit the whole platform. React Flow's own fitView only counts nodes it has measured,
 * and with only visible elements rendered, components off screen may never have been; the
 * bounds here come from the document (absolute positions, container sizes) instead.
 *
 * A fit stays readable: never above 100 % (one host does not fill the screen at 200 %), and
 * never below READABLE_ZOOM for a platform that fits the canvas at that zoom (the margin gives
 * way first). Only a platform too large for that is shown smaller.
 */
import { getViewportForBounds, type ReactFlowInstance, type Viewport } from '@xyflow/react';
import type { WorkbenchDocument } from '../../domain/model/schema';
import { absolutePosition } from '../../domain/model/operations';
import { own } from '../../domain/model/ownEntry';
import { LEAF_SIZE } from '../../domain/model/geometry';

export function documentBounds(
  doc: WorkbenchDocument,
  measured: (id: string) => { width?: number; height?: number } | undefined,
  only?: ReadonlySet<string>,
) {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const c of Object.values(doc.components)) {
    if (only && !only.has(c.id)) continue;
    const p = absolutePosition(doc, c.id);
    const m = measured(c.id);
    const width = c.size?.width ?? m?.width ?? LEAF_SIZE.width;
    const height = c.size?.height ?? m?.height ?? LEAF_SIZE.height;
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x + width);
    maxY = Math.max(maxY, p.y + height);
  }
  if (minX === Infinity) return null;
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/** The zoom at which component names are about 9 px high or more (13 px text). */
export const READABLE_ZOOM = 0.75;
/** A fit never zooms in beyond 100 %. */
export const MAX_FIT_ZOOM = 1;
const MIN_ZOOM = 0.1;
const PADDING = 0.1;
/** The view of an empty project: the origin at the top left, 100 %. */
export const EMPTY_VIEWPORT: Viewport = { x: 0, y: 0, zoom: 1 };

type Rect = { x: number; y: number; width: number; height: number };

/** The viewport that shows `bounds` in a canvas of `size`, readable when the platform allows it (see above). */
export function readableFit(bounds: Rect, size: { width: number; height: number }): Viewport {
  const fitted = getViewportForBounds(bounds, size.width, size.height, MIN_ZOOM, MAX_FIT_ZOOM, PADDING);
  const fitsReadable = bounds.width * READABLE_ZOOM <= size.width && bounds.height * READABLE_ZOOM <= size.height;
  if (fitted.zoom >= READABLE_ZOOM || !fitsReadable) return fitted;
  // The padding alone pushed the zoom below readable: centre it at READABLE_ZOOM, margins smaller.
  const zoom = READABLE_ZOOM;
  return {
    x: (size.width - bounds.width * zoom) / 2 - bounds.x * zoom,
    y: (size.height - bounds.height * zoom) / 2 - bounds.y * zoom,
    zoom,
  };
}

/** The viewport a project opens at when it has none saved: fitted readably, or 100 % when empty. */
export function openingViewport(
  doc: WorkbenchDocument,
  measured: (id: string) => { width?: number; height?: number } | undefined,
  size: { width: number; height: number },
): Viewport {
  const bounds = documentBounds(doc, measured);
  return bounds && size.width > 0 && size.height > 0 ? readableFit(bounds, size) : EMPTY_VIEWPORT;
}

/** Zooms readably to the whole platform, or to the components in `only` (what an import added). */
export function fitAll(
  rf: Pick<ReactFlowInstance, 'getNode' | 'setViewport'>,
  doc: WorkbenchDocument,
  size: { width: number; height: number },
  only?: ReadonlySet<string>,
): void {
  const bounds = documentBounds(doc, (id) => rf.getNode(id)?.measured, only);
  if (bounds) void rf.setViewport(readableFit(bounds, size), { duration: 200 });
}

/**
 * The viewport panned (zoom kept) just enough that `bounds` is in view with `margin` screen
 * pixels around it, or null when it is in view already. Something larger than the view is
 * shown from its top left corner.
 */
export function panToReveal(
  bounds: Rect,
  viewport: Viewport,
  size: { width: number; height: number },
  margin = 24,
): Viewport | null {
  const axis = (start: number, length: number, offset: number, room: number) => {
    const from = start * viewport.zoom + offset;
    const to = from + length * viewport.zoom;
    if (from >= margin && to <= room - margin) return offset;
    if (to - from > room - 2 * margin || from < margin) return offset + (margin - from);
    return offset - (to - (room - margin));
  };
  const x = axis(bounds.x, bounds.width, viewport.x, size.width);
  const y = axis(bounds.y, bounds.height, viewport.y, size.height);
  return x === viewport.x && y === viewport.y ? null : { x, y, zoom: viewport.zoom };
}

/**
 * Pans the canvas so component `id` is in view (after the keyboard or a click added it off
 * screen), `margin` screen pixels clear of the edges (more keeps it clear of the minimap).
 */
export function revealComponent(
  rf: Pick<ReactFlowInstance, 'getNode' | 'getViewport' | 'setViewport'>,
  doc: WorkbenchDocument,
  id: string,
  size: { width: number; height: number },
  margin?: number,
): void {
  const c = own(doc.components, id);
  if (!c || size.width <= 0) return;
  const p = absolutePosition(doc, id);
  const m = rf.getNode(id)?.measured;
  const bounds = {
    x: p.x,
    y: p.y,
    width: c.size?.width ?? m?.width ?? LEAF_SIZE.width,
    height: c.size?.height ?? m?.height ?? LEAF_SIZE.height,
  };
  const next = panToReveal(bounds, rf.getViewport(), size, margin);
  if (next) void rf.setViewport(next, { duration: 150 });
}
