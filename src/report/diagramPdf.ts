/**
 * The architecture diagram of a report, drawn with pdfmake's own vector primitives: a canvas
 * of rectangles, lines and arrowheads, and text nodes placed on it. It is laid out on a page
 * of its own with absolute positions scaled from the document's, so it is one drawing that is
 * never cut across pages, sharp at any zoom, and the same from the browser and the command
 * line. (An SVG node was tried first: under Node, pdfmake's SVG text cannot reach the fonts of
 * its virtual file system, and parsing the SVG cost a fifth of the rendering time.)
 */
import type { ArchitectureSection, DiagramBox } from '../domain/report/reportModel';
import { plain, type PdfNode } from './pdfTheme';

const PAD = 24;
const NAME_SIZE = 13;
const TYPE_SIZE = 10;
/** Above this many edges, labels would only add noise: the inventory table lists them. */
const MAX_EDGE_LABELS = 40;
/** Above this many boxes the second line is unreadable at page scale; the inventory gives types. */
const MAX_TYPE_LINES = 60;
/** Text smaller than this (points, after scaling) is dropped rather than printed as dust. */
const MIN_TEXT = 1.6;

const STROKE: Record<string, string> = {
  platform: '#7f93ad',
  hypervisor: '#1f5fbf',
  device: '#8e6bbf',
  vm: '#4f7cc4',
  network: '#2f8f83',
  management: '#b7791f',
  storage: '#6d7f94',
  boundary: '#c0392b',
};

/** `text` cut to roughly fit `width` at `size` (Roboto averages ~0.55 em per character). */
function fit(text: string, width: number, size: number): string {
  const max = Math.max(3, Math.floor(width / (size * 0.55)));
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1)}…`;
}

/** Rough printed width of `text` at `size` points, to centre short labels. */
function approxWidth(text: string, size: number): number {
  return text.length * size * 0.55;
}

/** Where the segment from the centre of `box` towards (tx, ty) leaves the box. */
function exitPoint(box: DiagramBox, tx: number, ty: number): [number, number] {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const dx = tx - cx;
  const dy = ty - cy;
  if (dx === 0 && dy === 0) return [cx, cy];
  const sx = dx === 0 ? Infinity : box.width / 2 / Math.abs(dx);
  const sy = dy === 0 ? Infinity : box.height / 2 / Math.abs(dy);
  const s = Math.min(sx, sy, 1);
  return [cx + dx * s, cy + dy * s];
}

/**
 * Diagram nodes for a page area at (`left`, `top`) of `width` x `height` points (absolute page
 * coordinates). Returns the nodes and the height used; nothing when there are no components.
 */
export function diagramNodes(
  architecture: ArchitectureSection,
  left: number,
  top: number,
  width: number,
  height: number,
): { nodes: PdfNode[]; height: number } | undefined {
  const { boxes, edges, bounds } = architecture;
  if (boxes.length === 0) return undefined;
  const fullW = bounds.width + 2 * PAD;
  const fullH = bounds.height + 2 * PAD;
  const s = Math.min(width / fullW, height / fullH, 1.2);
  const ox = left + (width - fullW * s) / 2;
  const X = (x: number) => ox + (x - bounds.x + PAD) * s;
  const Y = (y: number) => top + (y - bounds.y + PAD) * s;
  const shapes: Record<string, unknown>[] = [];
  const texts: PdfNode[] = [];
  const text = (value: string, x: number, y: number, size: number, extra: Record<string, unknown> = {}) => {
    if (size * s < MIN_TEXT || value === '') return;
    texts.push({
      text: plain(value),
      absolutePosition: { x, y },
      fontSize: size * s,
      lineHeight: 1,
      noWrap: true,
      ...extra,
    });
  };
  const typeLine = boxes.length <= MAX_TYPE_LINES;

  const drawBox = (b: DiagramBox) => {
    const stroke = STROKE[b.category] ?? '#7f93ad';
    const boundary = b.category === 'boundary';
    shapes.push({
      type: 'rect',
      x: X(b.x),
      y: Y(b.y),
      w: b.width * s,
      h: b.height * s,
      r: (b.container ? 8 : 6) * s,
      color: b.container ? (boundary ? '#fffaf0' : '#eef3f9') : '#ffffff',
      lineColor: stroke,
      lineWidth: Math.max(0.3, (b.container ? 2 : 1.5) * s),
      ...(boundary ? { dash: { length: 8 * s, space: 5 * s } } : {}),
    });
    if (b.container) {
      text(fit(`${b.name} · ${b.typeName}`, b.width - 20, NAME_SIZE), X(b.x + 10), Y(b.y + 8), NAME_SIZE, {
        bold: true,
        color: '#1d2939',
      });
    } else {
      text(fit(b.name, b.width - 16, NAME_SIZE), X(b.x + 8), Y(b.y + 7), NAME_SIZE, { bold: true, color: '#1d2939' });
      if (typeLine)
        text(fit(b.typeName, b.width - 16, TYPE_SIZE), X(b.x + 8), Y(b.y + 25), TYPE_SIZE, { color: '#475467' });
    }
  };
  const drawBadge = (b: DiagramBox) => {
    if (b.openGaps === 0) return;
    const cx = X(b.x + b.width - 10);
    const cy = Y(b.y + 10);
    shapes.push({ type: 'ellipse', x: cx, y: cy, r1: 9 * s, r2: 9 * s, color: '#c62828' });
    const label = b.openGaps > 99 ? '99+' : String(b.openGaps);
    text(label, cx - approxWidth(label, 9 * s) / 2, cy - 4.5 * s, 9, { bold: true, color: '#ffffff' });
  };

  // Containers first (they come first in `boxes`), then edges, then leaves on top.
  for (const b of boxes) if (b.container) drawBox(b);
  const byId = new Map(boxes.map((b) => [b.id, b]));
  const labelled = edges.length <= MAX_EDGE_LABELS;
  for (const e of edges) {
    const src = byId.get(e.source)!;
    const dst = byId.get(e.target)!;
    if (src === dst) continue;
    const [x1, y1] = exitPoint(src, dst.x + dst.width / 2, dst.y + dst.height / 2);
    const [x2, y2] = exitPoint(dst, src.x + src.width / 2, src.y + src.height / 2);
    shapes.push({
      type: 'line',
      x1: X(x1),
      y1: Y(y1),
      x2: X(x2),
      y2: Y(y2),
      lineColor: '#667085',
      lineWidth: Math.max(0.3, 1.4 * s),
    });
    if (e.directed) {
      const angle = Math.atan2(y2 - y1, x2 - x1);
      const head = (a: number) => ({ x: X(x2 - 9 * Math.cos(a)), y: Y(y2 - 9 * Math.sin(a)) });
      shapes.push({
        type: 'polyline',
        closePath: true,
        color: '#667085',
        lineColor: '#667085',
        lineWidth: 0.1,
        points: [{ x: X(x2), y: Y(y2) }, head(angle - 0.4), head(angle + 0.4)],
      });
    }
    if (labelled) {
      const label = fit(e.label.trim() || e.typeName, 140, 9);
      text(label, X((x1 + x2) / 2) - approxWidth(label, 9 * s) / 2, Y((y1 + y2) / 2) - 12 * s, 9, { color: '#344054' });
    }
  }
  for (const b of boxes) if (!b.container) drawBox(b);
  for (const b of boxes) drawBadge(b);

  // The canvas carries absolute page coordinates, so it is itself placed at the page origin.
  return { nodes: [{ canvas: shapes, absolutePosition: { x: 0, y: 0 } }, ...texts], height: fullH * s };
}
