/**
 * The configuration import's safe XML parser (no DTDs, no entity expansion, depth cap) with the
 * scan reports' size cap, and lookups by local name: OpenSCAP writes XCCDF unprefixed inside ARF
 * (`<TestResult xmlns=...>`), other tools write `xccdf:TestResult`; both are the same element.
 * Attributes are read with safeXml's `attr`: they carry no prefix in these formats.
 */
import { parseXml, text, type XmlElement } from '../import/safeXml';
import { ConfigImportError } from '../import/types';
import { MAX_SCAN_BYTES, ScanParseError } from './types';

export type { XmlElement };

export function parseScanXml(text: string, file: string): XmlElement {
  try {
    return parseXml(text, file, MAX_SCAN_BYTES);
  } catch (error) {
    if (error instanceof ConfigImportError) {
      const kind = error.kind === 'invalid' ? 'invalid' : error.kind;
      throw new ScanParseError(
        kind,
        file,
        error.line,
        error.detail.replace('configuration XML needs no DTD', 'scan reports need no DTD'),
      );
    }
    throw error;
  }
}

function localName(key: string): string {
  const colon = key.indexOf(':');
  return colon < 0 ? key : key.slice(colon + 1);
}

/** Child elements whose local name is `name`, whatever their prefix. */
export function kids(el: XmlElement | undefined, name: string): XmlElement[] {
  if (!el) return [];
  const out: XmlElement[] = [];
  for (const [key, value] of Object.entries(el)) {
    if (key.startsWith('@') || key === '#text' || !Array.isArray(value)) continue;
    if (localName(key) === name) out.push(...value);
  }
  return out;
}

export function kid(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return kids(el, name)[0];
}

/** Text of an element; undefined for a missing or empty one. */
export function textOf(el: XmlElement | undefined): string | undefined {
  const v = text(el);
  return v === '' ? undefined : v;
}

/** The one root element of a parsed document and its local name. */
export function rootOf(doc: XmlElement): { name: string; el: XmlElement } | undefined {
  for (const [key, value] of Object.entries(doc)) {
    if (key.startsWith('@') || key === '#text' || !Array.isArray(value) || !value[0]) continue;
    return { name: localName(key), el: value[0] };
  }
  return undefined;
}
