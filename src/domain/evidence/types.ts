/**
 * Scan results as evidence (issue 19): what a scanner report says, rule by rule, before it
 * touches a document. Every parser returns a `ScanReport` or throws a `ScanParseError` naming the
 * file, the line and (for structured formats) the path of the problem.
 */

/** `other`: not applicable, not checked, not reviewed, error, informational or a Lynis suggestion. */
export type ScanOutcome = 'pass' | 'fail' | 'other';

export type ScanFormat = 'xccdf' | 'arf' | 'ckl' | 'cklb' | 'lynis';

export interface ScanResult {
  /** The scanner's own rule id: `xccdf_org.ssgproject.content_rule_...`, `SV-230221r1017040_rule`, `KRNL-5820`. */
  ruleId: string;
  /** Other ids of the same check the crosswalk may name: STIG group `V-230221`, CCIs. */
  otherIds: string[];
  title?: string;
  outcome: ScanOutcome;
  /** The result word as the report spells it (`notapplicable`, `NotAFinding`, `suggestion`). */
  raw: string;
  /** Finding details or the scanner's message, when the report has one. */
  detail?: string;
  /** Where in the file: an XML path or `line N`. */
  at: string;
}

export interface ScanReport {
  format: ScanFormat;
  /** `OpenSCAP 1.3.7`, `DISA STIG Viewer checklist`, `Lynis 3.0.8`. */
  scanner: string;
  file: string;
  /** Host the scan ran on, as the report names it; undefined when it does not. */
  host?: string;
  /** When the scan ran (ISO 8601 as written, or `YYYY-MM-DD HH:MM:SS` for Lynis); undefined when not stated. */
  date?: string;
  results: ScanResult[];
  /** Rules the report lists but did not evaluate (XCCDF `notselected`), counted, not listed. */
  notSelected: number;
}

export type ScanErrorKind = 'too-large' | 'syntax' | 'forbidden-dtd' | 'unsupported' | 'invalid';

export class ScanParseError extends Error {
  readonly kind: ScanErrorKind;
  readonly file: string;
  readonly line: number;
  /** Path inside the file (`/CHECKLIST/STIGS/iSTIG[1]/VULN[3]`, `stigs[0].rules[2].status`), when known. */
  readonly path?: string;
  readonly detail: string;
  constructor(kind: ScanErrorKind, file: string, line: number, detail: string, path?: string) {
    super(`${file}:${line}${path ? ` (${path})` : ''}: ${detail}`);
    this.name = 'ScanParseError';
    this.kind = kind;
    this.file = file;
    this.line = line;
    this.path = path;
    this.detail = detail;
  }
}

/** Largest report accepted: a full-profile OpenSCAP ARF with its embedded data stream is 10–40 MB. */
export const MAX_SCAN_BYTES = 48 * 1024 * 1024;
/** Most results kept from one report: a full STIG is a few hundred rules, an SSG profile under 2,000. */
export const MAX_SCAN_RESULTS = 20_000;
