/**
 * Provenance as a person reads it in the inspector: the file, and the element and attribute
 * (XML) or the line (key=value formats). The full path stays available as `full`.
 */
import type { AttributeProvenance } from '../model/schema';

export interface ProvenanceText {
  /** `from web-01.xml, <model type> of interface 1` */
  text: string;
  /** `from web-01.xml, /domain/devices/interface[1]/model/@type` */
  full: string;
}

const SEGMENT = /^([A-Za-z_][\w.-]*)(?:\[(\d+)\])?$/;

/** `/domain/devices/interface[1]/model/@type` -> `<model type> of interface 1`; anything else as it is. */
export function shortLocation(at: string): string {
  if (!at.startsWith('/')) return at;
  const parts = at.slice(1).split('/');
  const attribute = parts[parts.length - 1]?.startsWith('@') ? parts.pop()!.slice(1) : undefined;
  const elements = parts.map((p) => SEGMENT.exec(p));
  if (elements.length === 0 || elements.some((m) => m === null)) return at;
  const last = elements[elements.length - 1]!;
  const tag = `<${last[1]}${attribute ? ` ${attribute}` : ''}>${last[2] ? ` ${last[2]}` : ''}`;
  // The nearest numbered ancestor tells which of several devices (the second NIC, the first disk).
  const numbered = elements
    .slice(0, -1)
    .reverse()
    .find((m) => m![2] !== undefined);
  return numbered ? `${tag} of ${numbered[1]} ${numbered[2]}` : tag;
}

export function describeProvenance(p: AttributeProvenance): ProvenanceText {
  return { text: `from ${p.file}, ${shortLocation(p.at)}`, full: `from ${p.file}, ${p.at}` };
}
