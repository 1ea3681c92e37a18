/**
 * XML from outside, parsed without DTDs: a document type declaration or an entity
 * declaration is refused before parsing (no XXE, no billion laughs), and entity references
 * are left unexpanded. Syntax errors carry the validator's line.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ConfigImportError, lineAt, MAX_CONFIG_BYTES } from './types';

/** An element: attributes under `@name`, text under `#text`, children always arrays. */
export interface XmlElement {
  [key: string]: string | XmlElement[] | undefined;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  trimValues: true,
  isArray: (_name, _jpath, _isLeaf, isAttribute) => !isAttribute,
});

const DTD = /<!(DOCTYPE|ENTITY)/i;
const FORBIDDEN_NAMES = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 40;

function normalise(node: unknown, file: string, depth: number): XmlElement {
  if (depth > MAX_DEPTH)
    throw new ConfigImportError('invalid', file, 1, `elements nest deeper than ${MAX_DEPTH} levels`);
  if (typeof node === 'string') return node === '' ? {} : { '#text': node };
  if (node === null || typeof node !== 'object') return {};
  const out: XmlElement = {};
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (FORBIDDEN_NAMES.has(key.replace(/^@/, '')))
      throw new ConfigImportError('invalid', file, 1, `element or attribute named "${key}" is not accepted`);
    if (Array.isArray(value)) out[key] = value.map((v) => normalise(v, file, depth + 1));
    else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      out[key] = String(value);
  }
  return out;
}

/** `maxBytes`: configuration files stay at the 2 MB default; scan reports (ARF) pass a larger cap. */
export function parseXml(text: string, file: string, maxBytes: number = MAX_CONFIG_BYTES): XmlElement {
  if (text.length > maxBytes)
    throw new ConfigImportError('too-large', file, 1, `larger than ${maxBytes / 1024 / 1024} MB`);
  const dtd = DTD.exec(text);
  if (dtd) {
    throw new ConfigImportError(
      'forbidden-dtd',
      file,
      lineAt(text, dtd.index),
      `<!${dtd[1]!.toUpperCase()} is not accepted: configuration XML needs no DTD (refused to avoid entity expansion)`,
    );
  }
  let valid: ReturnType<typeof XMLValidator.validate>;
  try {
    valid = XMLValidator.validate(text, { allowBooleanAttributes: false });
  } catch (error) {
    throw new ConfigImportError(
      'syntax',
      file,
      1,
      `not well-formed XML (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (valid !== true)
    throw new ConfigImportError('syntax', file, Math.max(1, valid.err.line), `not well-formed XML: ${valid.err.msg}`);
  let raw: unknown;
  try {
    raw = parser.parse(text);
  } catch (error) {
    throw new ConfigImportError(
      'syntax',
      file,
      1,
      `not well-formed XML (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  return normalise(raw, file, 0);
}

/** Child elements named `name` (empty when none). */
export function children(el: XmlElement | undefined, name: string): XmlElement[] {
  const v = el?.[name];
  return Array.isArray(v) ? v : [];
}

export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return children(el, name)[0];
}

export function attr(el: XmlElement | undefined, name: string): string | undefined {
  const v = el?.[`@${name}`];
  return typeof v === 'string' ? v : undefined;
}

export function text(el: XmlElement | undefined): string | undefined {
  const v = el?.['#text'];
  return typeof v === 'string' ? v : undefined;
}
