/**
 * Where a component dropped into a container goes: at the drop point when that is free, else
 * the nearest free place inside the container (never over a sibling, never across the
 * container's edge or its title), else below the last row with the container grown to hold it.
 */
type Point = { x: number; y: number };
type Size = { width: number; height: number };
type Rect = Point & Size;

/** The container's title row and inner margin, in flow pixels (match `.cmp-container`). */
export const INSIDE = { header: 56, margin: 16, gap: 12 };
const STEP = 20;
const MAX_RINGS = 40;

const overlaps = (a: Rect, b: Rect, gap: number) =>
  a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;

/** `desired` and the rectangles are relative to the container. Returns the position and, when it had to grow, the container's new size. */
export function placeInside(
  desired: Point,
  size: Size,
  siblings: readonly Rect[],
  container: Size,
): { position: Point; grownTo?: Size } {
  const { header, margin, gap } = INSIDE;
  const maxX = container.width - margin - size.width;
  const maxY = container.height - margin - size.height;
  const fits = (p: Point) =>
    p.x >= margin &&
    p.y >= header &&
    p.x <= maxX &&
    p.y <= maxY &&
    !siblings.some((s) => overlaps({ ...p, ...size }, s, gap));
  const start = {
    x: Math.round(Math.min(Math.max(desired.x, margin), Math.max(margin, maxX))),
    y: Math.round(Math.min(Math.max(desired.y, header), Math.max(header, maxY))),
  };
  if (fits(start)) return { position: start };
  for (let ring = 1; ring <= MAX_RINGS; ring++) {
    const candidates: Point[] = [];
    for (let i = -ring; i <= ring; i++) {
      candidates.push(
        { x: start.x + i * STEP, y: start.y - ring * STEP },
        { x: start.x + i * STEP, y: start.y + ring * STEP },
      );
      if (Math.abs(i) !== ring)
        candidates.push(
          { x: start.x - ring * STEP, y: start.y + i * STEP },
          { x: start.x + ring * STEP, y: start.y + i * STEP },
        );
    }
    // Clamped to the inner box, a step past the edge still tries the last place that fits
    // (a 12 px window beside the last sibling would otherwise fall between two grid steps).
    for (const c of candidates) {
      c.x = Math.min(Math.max(c.x, margin), Math.max(margin, maxX));
      c.y = Math.min(Math.max(c.y, header), Math.max(header, maxY));
    }
    candidates.sort(
      (a, b) => Math.hypot(a.x - desired.x, a.y - desired.y) - Math.hypot(b.x - desired.x, b.y - desired.y),
    );
    const free = candidates.find(fits);
    if (free) return { position: free };
  }
  // No room: a new row under everything, the container grown to hold it.
  const bottom = Math.max(header - gap, ...siblings.map((s) => s.y + s.height));
  const position = { x: margin, y: bottom + gap };
  return {
    position,
    grownTo: {
      width: Math.max(container.width, margin * 2 + size.width),
      height: Math.max(container.height, position.y + size.height + margin),
    },
  };
}
