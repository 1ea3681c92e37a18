/**
 * Text for OSCAL fields. OSCAL's JSON Schemas restrict strings: `StringDatatype` has no
 * leading or trailing whitespace and no line breaks, `MarkupLine` is one line of Markdown,
 * tokens are NCNames. Titles and descriptions are Markdown, so user text is escaped like in
 * the Markdown report (it cannot form links, images or HTML in an OSCAL viewer).
 */
import { escapeMarkdown } from '../../checklist/formatChecklist';

export const OSCAL_VERSION = '1.2.1';
/** Namespace of the workbench's own property names (OSCAL requires one for non-OSCAL names). */
export const HTW_NS = 'urn:hypervisor-threat-workbench';

// C0/C1 control characters other than tab and line breaks: never meaningful in reports.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** A `StringDatatype`: one line, trimmed, never empty (`fallback` when it would be). */
export function oscalString(text: string, fallback: string): string {
  const clean = text.replace(CONTROL, '').replace(/\s+/g, ' ').trim();
  return clean === '' ? fallback : clean;
}

/** A `MarkupLine` from plain text: escaped, one line, never empty. */
export function markupLine(text: string, fallback: string): string {
  return oscalString(escapeMarkdown(text.replace(CONTROL, '')), fallback);
}

/** A `MarkupMultiline` from plain text: each non-empty line escaped, as Markdown paragraphs. */
export function markupMultiline(text: string, fallback: string): string {
  const lines = text
    .replace(CONTROL, '')
    .split(/\r?\n/)
    .map((l) => escapeMarkdown(l).trim())
    .filter((l) => l !== '');
  return lines.length === 0 ? fallback : lines.join('\n\n');
}

/** OSCAL token for a catalog id: lower case (OSCAL's convention, `HY-SR-6C` -> `hy-sr-6c`). */
export function controlId(id: string): string {
  const token = id.toLowerCase().replace(/[^a-z0-9._-]/g, '-');
  return /^[a-z_]/.test(token) ? token : `_${token}`;
}

/** End of a `YYYY-MM-DD` day as an OSCAL date-time (UTC), or undefined for no date. */
export function endOfDay(date: string): string | undefined {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T23:59:59Z` : undefined;
}

export interface OscalProp {
  name: string;
  value: string;
  ns?: string;
}

/** A workbench property (`ns` set), or nothing when the value is empty. */
export function htwProp(name: string, value: string | number | undefined): OscalProp[] {
  if (value === undefined) return [];
  const text = oscalString(String(value), '');
  return text === '' ? [] : [{ name, ns: HTW_NS, value: text }];
}

/** Adds `key: value` to `target` only when the array is non-empty (OSCAL arrays have minItems 1). */
export function nonEmpty<T>(key: string, value: readonly T[]): Record<string, T[]> {
  return value.length > 0 ? { [key]: [...value] } : {};
}

/**
 * `{ props }` with the properties of `groups`, or nothing when there are none: OSCAL's
 * `props` has minItems 1, so an empty list makes the document invalid (issue 22 item 11).
 */
export function propsOf(...groups: readonly OscalProp[][]): { props?: OscalProp[] } {
  return nonEmpty('props', groups.flat());
}
