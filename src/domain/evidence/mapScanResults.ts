/**
 * Scan results through the packs' crosswalks (issue 19): a crosswalk target in the `xccdf`,
 * `stig`, `lynis`, `cci` or `cis` scheme names a rule id a scanner reports; each result whose
 * rule id (or STIG V- number, or CCI) a crosswalk names becomes evidence on that item. The
 * status the results point to is only *suggested*: `attachScanEvidence` never changes a status,
 * `acceptScanSuggestion` does, on the user's click. Results no crosswalk names are returned as
 * `unmatched`, so the preview and the CLI can list them.
 */
import { packsOf } from '../packs/applyPacks';
import type { CatalogData } from '../catalog/schema';
import { setAssessment, getAssessment } from '../checklist/assessmentOps';
import { SCAN_RESULTS_PER_EVIDENCE, type Evidence, type ScanEvidence, type WorkbenchDocument } from '../model/schema';
import { LIMITS } from '../model/schema';
import type { ScanReport, ScanResult } from './types';

const SCAN_SCHEMES = new Set(['xccdf', 'stig', 'lynis', 'cci', 'cis']);

export interface ItemScanMatch {
  /** Checklist item id (`example-org-baseline.VS-10`, or a core id a pack annotates). */
  itemId: string;
  results: (ScanResult & { matchedBy: string })[];
  suggested?: 'implemented' | 'not-implemented';
}

export interface ScanMapping {
  report: ScanReport;
  matches: ItemScanMatch[];
  unmatched: ScanResult[];
}

/** Scanner id -> checklist items, from every applied pack's crosswalks. */
export function scanCrosswalkIndex(catalog: CatalogData): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const pack of packsOf(catalog)) {
    for (const c of pack.crosswalks) {
      for (const t of c.targets) {
        if (!SCAN_SCHEMES.has(t.scheme)) continue;
        const items = index.get(t.id) ?? [];
        if (!items.includes(c.item)) items.push(c.item);
        index.set(t.id, items);
      }
    }
  }
  return index;
}

/**
 * Any failing result suggests "not implemented"; passes with no failure suggest "implemented";
 * only "other" results (not applicable, not reviewed, suggestions) suggest nothing.
 */
export function suggestedStatus(results: readonly { outcome: ScanResult['outcome'] }[]): ItemScanMatch['suggested'] {
  if (results.some((r) => r.outcome === 'fail')) return 'not-implemented';
  if (results.some((r) => r.outcome === 'pass')) return 'implemented';
  return undefined;
}

export function mapScanResults(report: ScanReport, catalog: CatalogData): ScanMapping {
  const index = scanCrosswalkIndex(catalog);
  const byItem = new Map<string, ItemScanMatch['results']>();
  const unmatched: ScanResult[] = [];
  for (const result of report.results) {
    const ids = [result.ruleId, ...result.otherIds];
    let matched = false;
    const seenItems = new Set<string>();
    for (const id of ids) {
      for (const item of index.get(id) ?? []) {
        matched = true;
        if (seenItems.has(item)) continue;
        seenItems.add(item);
        const list = byItem.get(item) ?? [];
        list.push({ ...result, matchedBy: id });
        byItem.set(item, list);
      }
    }
    if (!matched) unmatched.push(result);
  }
  const matches = [...byItem.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([itemId, results]) => {
      const suggested = suggestedStatus(results);
      return { itemId, results, ...(suggested ? { suggested } : {}) };
    });
  return { report, matches, unmatched };
}

/** One line for the evidence list: scanner, host, date and counts. */
export function scanEvidenceText(scan: ScanEvidence): string {
  const count = (o: string) => scan.results.filter((r) => r.outcome === o).length;
  const where = [scan.host ? `on ${scan.host}` : undefined, scan.date ? `at ${scan.date}` : undefined]
    .filter(Boolean)
    .join(' ');
  return `${scan.scanner} ${where ? `${where} ` : ''}(${scan.file}): ${count('pass')} pass, ${count('fail')} fail, ${count('other')} other`.slice(
    0,
    LIMITS.shortText,
  );
}

export function toScanEvidence(report: ScanReport, match: ItemScanMatch): ScanEvidence {
  const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
  return {
    scanner: clip(report.scanner, LIMITS.name),
    format: report.format,
    file: clip(report.file, LIMITS.name),
    ...(report.host ? { host: clip(report.host, LIMITS.name) } : {}),
    ...(report.date ? { date: clip(report.date, 64) } : {}),
    results: match.results.slice(0, SCAN_RESULTS_PER_EVIDENCE).map((r) => ({
      ruleId: clip(r.ruleId, 300),
      outcome: r.outcome,
      raw: clip(r.raw, 64),
      matchedBy: clip(r.matchedBy, 300),
      ...(r.detail ? { detail: clip(r.detail, LIMITS.shortText) } : {}),
    })),
    ...(match.suggested ? { suggested: match.suggested } : {}),
  };
}

/**
 * Adds one scan evidence item per matched item (platform scope). Statuses are left alone. A
 * second import of the same file for the same host replaces the earlier evidence from it.
 * An item already at the evidence limit is skipped and named in `skipped`.
 */
export function attachScanEvidence(
  doc: WorkbenchDocument,
  mapping: ScanMapping,
  now: string,
  newId: () => string,
): { document: WorkbenchDocument; attached: string[]; skipped: string[] } {
  let next = doc;
  const attached: string[] = [];
  const skipped: string[] = [];
  for (const match of mapping.matches) {
    const scan = toScanEvidence(mapping.report, match);
    const current = getAssessment(next, match.itemId, 'platform')?.evidence ?? [];
    const kept = current.filter(
      (e) =>
        !(
          e.kind === 'scan' &&
          e.scan?.file === scan.file &&
          e.scan.host === scan.host &&
          e.scan.format === scan.format
        ),
    );
    if (kept.length >= LIMITS.evidencePerItem) {
      skipped.push(match.itemId);
      continue;
    }
    const evidence: Evidence = { id: newId(), kind: 'scan', text: scanEvidenceText(scan), scan, addedAt: now };
    next = setAssessment(next, match.itemId, 'platform', { evidence: [...kept, evidence] }, now);
    attached.push(match.itemId);
  }
  return { document: next, attached, skipped };
}

/** The user accepts a scan evidence item's suggested status: the status is set and the evidence stamped. */
export function acceptScanSuggestion(
  doc: WorkbenchDocument,
  itemId: string,
  evidenceId: string,
  now: string,
): WorkbenchDocument {
  const entry = getAssessment(doc, itemId, 'platform');
  const evidence = entry?.evidence.find((e) => e.id === evidenceId);
  const suggested = evidence?.scan?.suggested;
  if (!entry || !evidence?.scan || !suggested) return doc;
  const stamped: Evidence = { ...evidence, scan: { ...evidence.scan, acceptedAt: now } };
  return setAssessment(
    doc,
    itemId,
    'platform',
    { status: suggested, evidence: entry.evidence.map((e) => (e.id === evidenceId ? stamped : e)) },
    now,
  );
}
