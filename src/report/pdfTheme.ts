/**
 * Look of the PDF report: page sizes, styles, status and risk colours, and small node
 * helpers. pdfmake content is plain objects; `PdfNode` keeps them loosely typed here (the
 * library's own types are checked once, where the definition is handed over).
 */
import type { AssessmentStatus } from '../domain/model/schema';
import type { RiskLevel } from '../domain/report/reportModel';

export type PdfNode = string | { [key: string]: unknown } | PdfNode[];

export type PageSizeName = 'A4' | 'LETTER';

/** Usable width and height of a page (points) with `PAGE_MARGINS`, per orientation. */
export function contentBox(
  size: PageSizeName,
  orientation: 'portrait' | 'landscape',
): { width: number; height: number } {
  const [w, h] = size === 'A4' ? [595.28, 841.89] : [612, 792];
  const [pw, ph] = orientation === 'portrait' ? [w, h] : [h, w];
  return { width: pw - PAGE_MARGINS[0] - PAGE_MARGINS[2], height: ph - PAGE_MARGINS[1] - PAGE_MARGINS[3] };
}

/** left, top, right, bottom */
export const PAGE_MARGINS: [number, number, number, number] = [48, 56, 48, 52];

export const COLORS = {
  ink: '#1d2939',
  muted: '#667085',
  accent: '#1f3a5f',
  rule: '#d0d5dd',
  headerFill: '#e8eef6',
  zebra: '#f8fafc',
} as const;

export const STATUS_COLOR: Record<AssessmentStatus, string> = {
  implemented: '#2e7d32',
  'risk-accepted': '#7b5ea7',
  'not-applicable': '#98a2b3',
  'partially-implemented': '#d08c00',
  'not-reviewed': '#607d8b',
  'not-implemented': '#c62828',
};

export const RISK_COLOR: Record<RiskLevel, string> = { high: '#c62828', medium: '#d08c00', low: '#607d8b' };

export const STYLES = {
  h1: { fontSize: 18, bold: true, color: COLORS.accent, margin: [0, 0, 0, 10] },
  h2: { fontSize: 14, bold: true, color: COLORS.accent, margin: [0, 14, 0, 6] },
  h3: { fontSize: 11, bold: true, color: COLORS.ink, margin: [0, 10, 0, 4] },
  p: { margin: [0, 0, 0, 6] },
  small: { fontSize: 8, color: COLORS.muted },
  th: { bold: true, fontSize: 8.5, color: COLORS.ink, fillColor: COLORS.headerFill },
  label: { fontSize: 8, bold: true, color: COLORS.muted },
  coverTitle: { fontSize: 26, bold: true, color: COLORS.accent },
  coverProject: { fontSize: 20, color: COLORS.ink, margin: [0, 8, 0, 24] },
} as const;

/** A light table layout: horizontal rules only, header shaded by its style. */
export const TABLE_LAYOUT = {
  hLineWidth: (i: number) => (i === 0 ? 0 : 0.5),
  vLineWidth: () => 0,
  hLineColor: () => COLORS.rule,
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

// C0 controls (but tab and line feed) and lone surrogates render as boxes or break fonts.
const CONTROL =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * User text for pdfmake: control characters dropped, tabs as spaces, and a zero-width break
 * opportunity in runs of more than 40 non-space characters, which would otherwise run off the
 * page (a pasted URL, a hash). pdfmake never interprets text, so nothing else needs escaping.
 */
export function plain(text: string): string {
  return text
    .replace(CONTROL, '')
    .replace(/\t/g, ' ')
    .replace(/(\S{40})(?=\S)/g, '$1\u200b');
}

export function th(text: string): PdfNode {
  return { text, style: 'th' };
}

/**
 * A table cell. Plain cells are bare strings: pdfmake resolves every style property through
 * a stack per text node, so a named style on thousands of cells costs real time; the table
 * node carries the font size instead (see `table` in pdfSections).
 */
export function td(text: string, extra: Record<string, unknown> = {}): PdfNode {
  return Object.keys(extra).length === 0 ? plain(text) : { text: plain(text), ...extra };
}

export function statusText(status: AssessmentStatus, label: string): PdfNode {
  return { text: label, color: STATUS_COLOR[status], bold: true };
}

export function dash(text: string): string {
  return text.trim() === '' ? '—' : text;
}
