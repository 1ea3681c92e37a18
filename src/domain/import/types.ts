/**
 * What an import of platform configuration files produces, before it touches a document:
 * components, connections and attributes in the palette's own vocabulary, each attribute
 * with the place in the file it came from. Attributes a file is silent about are absent here
 * and stay unknown (null) in the model; nothing is guessed.
 */
import type { AttributeValue } from '../model/schema';

/** Where a fact came from: the file name and an XPath-like path (XML) or `line N` (key=value formats). */
export interface Provenance {
  file: string;
  at: string;
}

export interface ImportedAttribute {
  value: Exclude<AttributeValue, null>;
  source: Provenance;
}

/** A fact the palette has no attribute for (VNC on 0.0.0.0, secure boot, SEV); shown and kept as a note. */
export interface Observation {
  text: string;
  source: Provenance;
}

export interface ImportedComponent {
  /** Stable merge key: the same key from two files is one component (`host`, `switch:br0`, `guest:web-01`). */
  key: string;
  /** A component type id of the catalog. */
  type: string;
  name: string;
  attributes: Record<string, ImportedAttribute>;
  observations: Observation[];
  source: Provenance;
}

export interface ImportedConnection {
  type: string;
  from: string;
  to: string;
  label: string;
  attributes: Record<string, ImportedAttribute>;
  source: Provenance;
}

export interface ImportResult {
  components: ImportedComponent[];
  connections: ImportedConnection[];
}

export interface ConfigFile {
  name: string;
  text: string;
}

export type ConfigErrorKind = 'forbidden-dtd' | 'syntax' | 'unsupported' | 'too-large' | 'invalid';

/** Every parser failure is one of these: it names the file and the line (1-based). */
export class ConfigImportError extends Error {
  readonly kind: ConfigErrorKind;
  readonly file: string;
  readonly line: number;
  readonly detail: string;
  constructor(kind: ConfigErrorKind, file: string, line: number, detail: string) {
    super(`${file}:${line}: ${detail}`);
    this.name = 'ConfigImportError';
    this.kind = kind;
    this.file = file;
    this.line = line;
    this.detail = detail;
  }
}

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Largest configuration file accepted: real domain XML and xl.cfg files are a few KiB. */
export const MAX_CONFIG_BYTES = 2 * 1024 * 1024;
