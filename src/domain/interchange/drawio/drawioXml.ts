/**
 * The cells of a draw.io (mxGraph) file, one list per page. A page is either plain XML
 * (`<diagram><mxGraphModel>…`) or compressed the way draw.io writes it: base64 of raw DEFLATE of
 * the URI-encoded XML. XML goes through `parseXml` (no DTD, no entity expansion); inflating is
 * capped so a small file cannot expand without bound.
 */
import { Inflate } from 'pako/lib/inflate';
import { attr, child, children, parseXml, type XmlElement } from '../../import/safeXml';

export const DRAWIO_FORMAT_NAME = 'draw.io';
/** An inflated page larger than this is refused (draw.io pages are kilobytes). */
export const MAX_INFLATED_BYTES = 4 * 1024 * 1024;
/** Compressed payload cap: bounds the inflate work (DEFLATE expands at most ~1000:1). */
export const MAX_COMPRESSED_CHARS = 512 * 1024;

export class DrawioError extends Error {
  constructor(
    readonly where: string,
    readonly detail: string,
  ) {
    super(`${where}: ${detail}`);
  }
}

export interface DrawioCell {
  id: string;
  value: string;
  style: string;
  vertex: boolean;
  edge: boolean;
  parent?: string;
  source?: string;
  target?: string;
  geometry?: { x: number; y: number; width: number; height: number };
}

export interface DrawioPage {
  name: string;
  cells: DrawioCell[];
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Entity references left by the parser (it expands none), decoded as plain characters. */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '';
    }
    return XML_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** A label as text: draw.io labels with `html=1` hold markup; we keep only its text. */
export function labelText(value: string, html: boolean): string {
  const decoded = decodeEntities(value);
  if (!html) return decoded.trim();
  return decodeEntities(decoded.replace(/<br\s*\/?>|<\/(div|p|li)>/gi, ' ').replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}

function inflatePage(payload: string, where: string): string {
  const compact = payload.replace(/\s+/g, '');
  if (compact.length > MAX_COMPRESSED_CHARS)
    throw new DrawioError(where, `the compressed diagram is larger than ${MAX_COMPRESSED_CHARS / 1024} KB`);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact))
    throw new DrawioError(where, 'the diagram is neither XML nor base64 (compressed draw.io)');
  let bytes: Uint8Array;
  try {
    const binary = atob(compact);
    bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    throw new DrawioError(where, 'the compressed diagram is not valid base64');
  }
  // Streamed in chunks so the size cap stops a deflate bomb before it is expanded.
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate({ raw: true, chunkSize: 64 * 1024 });
  inflater.onData = (chunk) => {
    total += chunk.length;
    if (total > MAX_INFLATED_BYTES)
      throw new DrawioError(where, `the diagram inflates to more than ${MAX_INFLATED_BYTES / 1024 / 1024} MB`);
    chunks.push(chunk);
  };
  let endStatus: number | undefined;
  inflater.onEnd = (status) => {
    endStatus = status;
  };
  try {
    inflater.push(bytes, true);
  } catch (error) {
    if (error instanceof DrawioError) throw error;
    throw new DrawioError(where, 'the compressed diagram is not valid DEFLATE data');
  }
  if (endStatus !== 0 || inflater.err !== 0 || !inflater.ended)
    throw new DrawioError(where, 'the compressed diagram is not valid DEFLATE data (damaged or cut short)');
  const inflated = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    inflated.set(chunk, at);
    at += chunk.length;
  }
  const encoded = new TextDecoder('utf-8', { fatal: false }).decode(inflated);
  try {
    return decodeURIComponent(encoded);
  } catch {
    throw new DrawioError(where, 'the inflated diagram is not URI-encoded text');
  }
}

function num(value: string | undefined, where: string, name: string): number {
  if (value === undefined || value === '') return 0;
  const n = Number(value);
  if (!Number.isFinite(n)) throw new DrawioError(where, `${name} "${value.slice(0, 40)}" is not a number`);
  return n;
}

function cellOf(el: XmlElement, wrapper: XmlElement | undefined, where: string): DrawioCell {
  const id = attr(wrapper, 'id') ?? attr(el, 'id');
  if (id === undefined || id === '') throw new DrawioError(where, 'a cell has no id');
  const g = children(el, 'mxGeometry').find((x) => attr(x, 'as') === 'geometry') ?? child(el, 'mxGeometry');
  const at = `${where}, cell "${id.slice(0, 64)}"`;
  const style = decodeEntities(attr(el, 'style') ?? '');
  const raw = wrapper ? (attr(wrapper, 'label') ?? '') : (attr(el, 'value') ?? '');
  const cell: DrawioCell = {
    id,
    value: labelText(raw, /(^|;)html=1(;|$)/.test(style)),
    style,
    vertex: attr(el, 'vertex') === '1',
    edge: attr(el, 'edge') === '1',
  };
  const parent = attr(el, 'parent');
  if (parent !== undefined) cell.parent = parent;
  const source = attr(el, 'source');
  if (source !== undefined) cell.source = source;
  const target = attr(el, 'target');
  if (target !== undefined) cell.target = target;
  if (g)
    cell.geometry = {
      x: num(attr(g, 'x'), at, 'x'),
      y: num(attr(g, 'y'), at, 'y'),
      width: num(attr(g, 'width'), at, 'width'),
      height: num(attr(g, 'height'), at, 'height'),
    };
  return cell;
}

function cellsOf(model: XmlElement, where: string): DrawioCell[] {
  const root = child(model, 'root');
  if (!root) throw new DrawioError(where, 'the mxGraphModel has no <root>');
  const cells: DrawioCell[] = children(root, 'mxCell').map((el) => cellOf(el, undefined, where));
  // Cells with custom properties are wrapped: <object label="…" id="…"><mxCell …/></object>.
  for (const name of ['object', 'UserObject']) {
    for (const wrapper of children(root, name)) {
      const inner = child(wrapper, 'mxCell');
      if (inner) cells.push(cellOf(inner, wrapper, where));
    }
  }
  return cells;
}

function modelOfText(xml: string, where: string): XmlElement {
  const parsed = parse(xml, where);
  const model = child(parsed, 'mxGraphModel');
  if (!model) throw new DrawioError(where, 'the diagram holds no <mxGraphModel>');
  return model;
}

function parse(xml: string, where: string): XmlElement {
  try {
    return parseXml(xml, where);
  } catch (error) {
    throw new DrawioError(where, error instanceof Error ? error.message.replace(/^[^:]*:\d+: /, '') : String(error));
  }
}

/** The pages of a `.drawio` file (an `<mxfile>` of `<diagram>`s, or a bare `<mxGraphModel>`). */
export function readDrawioPages(text: string): DrawioPage[] {
  const top = parse(text, 'the file');
  const bare = child(top, 'mxGraphModel');
  if (bare) return [{ name: 'Page-1', cells: cellsOf(bare, 'the diagram') }];
  const file = child(top, 'mxfile');
  if (!file) throw new DrawioError('the file', 'its root element is neither <mxfile> nor <mxGraphModel>');
  const diagrams = children(file, 'diagram');
  if (diagrams.length === 0) throw new DrawioError('<mxfile>', 'it holds no <diagram>');
  return diagrams.map((d, i) => {
    const name = decodeEntities(attr(d, 'name') ?? `Page-${i + 1}`);
    const where = `page ${i + 1} ("${name.slice(0, 60)}")`;
    const inline = child(d, 'mxGraphModel');
    const payload = typeof d['#text'] === 'string' ? d['#text'] : '';
    const model = inline ?? (payload.trim() === '' ? undefined : modelOfText(inflatePage(payload, where), where));
    return { name, cells: model ? cellsOf(model, where) : [] };
  });
}
