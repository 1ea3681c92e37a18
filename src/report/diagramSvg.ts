/**
 * The architecture diagram of a report as an SVG string, drawn by pdfmake as vectors (it
 * never rasterises it), so it stays sharp at any zoom, looks the same from the browser and
 * the command line, and, being one node, is never cut across pages.
 *
 * Every piece of user text goes through `xmlText`: names cannot close the element or inject
 * markup into the SVG (G10).
 */
import type { ArchitectureSection, DiagramBox } from '../domain/report/reportModel';

const FONT = 'Roboto';
const PAD = 24;
const NAME_SIZE = 13;
const TYPE_SIZE = 10;
/** Above this many edges, labels would only add noise: the inventory table lists them. */
const MAX_EDGE_LABELS = 40;
/**
 * Above this many boxes the page scale makes a second line unreadable, and every SVG text
 * costs layout time: large diagrams print names only (the inventory gives the types).
 */
const MAX_TYPE_LINES = 60;

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

// XML 1.0 forbids most C0 controls even as entities; drop them.
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Text safe inside an SVG element or attribute. */
export function xmlText(text: string): string {
  return text
    .replace(XML_INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** `text` cut to roughly fit `width` at `size` (Roboto averages ~0.55 em per character). */
function fit(text: string, width: number, size: number): string {
  const max = Math.max(3, Math.floor(width / (size * 0.55)));
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1)}…`;
}

const num = (n: number) => (Math.round(n * 10) / 10).toString();

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

function boxSvg(b: DiagramBox, ox: number, oy: number, typeLine: boolean): string {
  const stroke = STROKE[b.category] ?? '#7f93ad';
  const x = b.x - ox;
  const y = b.y - oy;
  const parts: string[] = [];
  if (b.container) {
    const dash = b.category === 'boundary' ? ' stroke-dasharray="8 5"' : '';
    const fill = b.category === 'boundary' ? '#fffaf0' : '#eef3f9';
    parts.push(`<rect x="${num(x)}" y="${num(y)}" width="${num(b.width)}" height="${num(b.height)}" rx="8" fill="${fill}" stroke="${stroke}" stroke-width="2"${dash}/>`);
    parts.push(
      `<text x="${num(x + 10)}" y="${num(y + 20)}" font-family="${FONT}" font-size="${NAME_SIZE}" font-weight="bold" fill="#1d2939">${xmlText(fit(`${b.name} · ${b.typeName}`, b.width - 20, NAME_SIZE))}</text>`,
    );
  } else {
    parts.push(`<rect x="${num(x)}" y="${num(y)}" width="${num(b.width)}" height="${num(b.height)}" rx="6" fill="#ffffff" stroke="${stroke}" stroke-width="1.5"/>`);
    parts.push(
      `<text x="${num(x + 8)}" y="${num(y + 19)}" font-family="${FONT}" font-size="${NAME_SIZE}" font-weight="bold" fill="#1d2939">${xmlText(fit(b.name, b.width - 16, NAME_SIZE))}</text>`,
    );
    if (typeLine) parts.push(`<text x="${num(x + 8)}" y="${num(y + 35)}" font-family="${FONT}" font-size="${TYPE_SIZE}" fill="#475467">${xmlText(fit(b.typeName, b.width - 16, TYPE_SIZE))}</text>`);
  }
  if (b.openGaps > 0) {
    const cx = x + b.width - 10;
    const cy = y + 10;
    parts.push(`<circle cx="${num(cx)}" cy="${num(cy)}" r="9" fill="#c62828"/>`);
    parts.push(`<text x="${num(cx)}" y="${num(cy + 3.5)}" font-family="${FONT}" font-size="10" font-weight="bold" fill="#ffffff" text-anchor="middle">${b.openGaps > 99 ? '99+' : b.openGaps}</text>`);
  }
  return parts.join('');
}

/**
 * SVG of the diagram (width and height in document units; the PDF scales it to the page).
 * Returns undefined when there is nothing to draw.
 */
export function diagramSvg(architecture: ArchitectureSection): { svg: string; width: number; height: number } | undefined {
  const { boxes, edges, bounds } = architecture;
  if (boxes.length === 0) return undefined;
  const ox = bounds.x - PAD;
  const oy = bounds.y - PAD;
  const width = bounds.width + 2 * PAD;
  const height = bounds.height + 2 * PAD;
  const byId = new Map(boxes.map((b) => [b.id, b]));
  const out: string[] = [`<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="0 0 ${num(width)} ${num(height)}">`];
  // Containers first (they are first in `boxes`), then edges, then leaves on top.
  const typeLine = boxes.length <= MAX_TYPE_LINES;
  for (const b of boxes) if (b.container) out.push(boxSvg(b, ox, oy, typeLine));
  const labelled = edges.length <= MAX_EDGE_LABELS;
  for (const e of edges) {
    const s = byId.get(e.source)!;
    const t = byId.get(e.target)!;
    if (s === t) continue;
    const [x1, y1] = exitPoint(s, t.x + t.width / 2, t.y + t.height / 2);
    const [x2, y2] = exitPoint(t, s.x + s.width / 2, s.y + s.height / 2);
    out.push(`<line x1="${num(x1 - ox)}" y1="${num(y1 - oy)}" x2="${num(x2 - ox)}" y2="${num(y2 - oy)}" stroke="#667085" stroke-width="1.4"/>`);
    if (e.directed) {
      const angle = Math.atan2(y2 - y1, x2 - x1);
      const ax = x2 - ox;
      const ay = y2 - oy;
      const p1 = [ax - 9 * Math.cos(angle - 0.4), ay - 9 * Math.sin(angle - 0.4)];
      const p2 = [ax - 9 * Math.cos(angle + 0.4), ay - 9 * Math.sin(angle + 0.4)];
      out.push(`<polygon points="${num(ax)},${num(ay)} ${num(p1[0]!)},${num(p1[1]!)} ${num(p2[0]!)},${num(p2[1]!)}" fill="#667085"/>`);
    }
    if (labelled) {
      const label = e.label.trim() || e.typeName;
      out.push(
        `<text x="${num((x1 + x2) / 2 - ox)}" y="${num((y1 + y2) / 2 - oy - 3)}" font-family="${FONT}" font-size="9" fill="#344054" text-anchor="middle">${xmlText(fit(label, 140, 9))}</text>`,
      );
    }
  }
  for (const b of boxes) if (!b.container) out.push(boxSvg(b, ox, oy, typeLine));
  out.push('</svg>');
  return { svg: out.join(''), width, height };
}
