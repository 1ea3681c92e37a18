/**
 * Small, dependency-free renderings of an assessment (JSON for machines, CSV for
 * spreadsheets, Markdown for reviews), shared by the app and the `htw` command line.
 * User text is treated as data everywhere: CSV cells are quoted and defused against
 * formula injection (CWE-1236); Markdown text is escaped so it cannot form links, HTML or
 * table cells.
 */
import type { TailoringDecision, WorkbenchDocument } from '../model/schema';
import { tailoringLabel } from './tailoring';
import type { Assessment, ChecklistItem } from '../rules/types';
import { toEngineCatalog, type CatalogSource } from '../rules/engineCatalog';
import { own } from '../model/ownEntry';
import { crosswalksOf, packsOf } from '../packs/applyPacks';
import type { ScanEvidence } from '../model/schema';

/** Scan evidence (issue 19) on an item's platform entry, newest last. */
function scansOf(item: ChecklistItem): ScanEvidence[] {
  return (item.entries.find((e) => e.scope === 'platform')?.evidence ?? []).flatMap((e) =>
    e.kind === 'scan' && e.scan ? [e.scan] : [],
  );
}

/** `Lynis 3.0.8 on vm (report.dat): KRNL-5820 other, ... — suggested: implemented (accepted)`. */
function scanLabel(scan: ScanEvidence): string {
  const where = scan.host ? ` on ${scan.host}` : '';
  const results = scan.results.map((r) => `${r.ruleId} ${r.outcome}`).join(', ');
  const suggested = scan.suggested
    ? `suggested: ${scan.suggested}${scan.acceptedAt ? ' (accepted)' : ' (not yet accepted)'}`
    : 'no suggested status';
  return `${scan.scanner}${where}${scan.date ? ` at ${scan.date}` : ''} (${scan.file}): ${results}; ${suggested}`;
}

/** `scheme id (basis, pack)` for every crosswalk the installed packs give an item. */
function crosswalkLabels(catalog: Parameters<typeof packsOf>[0], itemId: string): string[] {
  return crosswalksOf(catalog, itemId).map(
    ({ pack, target }) => `${target.scheme} ${target.id} (${target.basis}, ${pack})`,
  );
}

// ---------------------------------------------------------------------------------- JSON

export interface ChecklistJsonItem {
  id: string;
  title: string;
  baselineFunction: string | null;
  applicability: ChecklistItem['applicability'];
  status: ChecklistItem['status'];
  components: string[];
  reasons: string[];
  /** Attributes to fill in, for needs-input items. */
  missing: { componentId: string; attribute: string; connectionId?: string }[];
  /** Questions to answer, for needs-input items whose parts are not drawn. */
  questions: string[];
  /** What the model's own facts say (see `ChecklistItem.modelEvidence`). */
  modelEvidence: ChecklistItem['modelEvidence'];
  /** The facts behind it, one per (verdict rule, component). */
  evidence: { verdict: string; verdictId: string; componentId: string; text: string }[];
  /** Components whose own verdict differs from the item's (e.g. one host contradicts, another supports). */
  componentEvidence: { componentId: string; modelEvidence: ChecklistItem['modelEvidence'] }[];
  /** Scopes whose risk acceptance has expired by `asOf`. */
  expiredAcceptances: string[];
  /** Only when packs are installed: the pack that added the item (null for core items)... */
  pack?: string | null;
  /** ... and the crosswalks packs give it. */
  crosswalks?: { pack: string; scheme: string; id: string; title?: string; basis: string }[];
  /** Only when the project tailored the item (issue 19): the decision, justification and approver. */
  tailoring?: TailoringDecision;
}

/** Per component: contradicts when any of its facts does, else supports. */
function componentVerdicts(
  item: ChecklistItem,
): { componentId: string; modelEvidence: ChecklistItem['modelEvidence'] }[] {
  const byComponent = new Map<string, ChecklistItem['modelEvidence']>();
  for (const e of item.evidence)
    if (byComponent.get(e.componentId) !== 'contradicts') byComponent.set(e.componentId, e.verdict);
  return [...byComponent]
    .filter(([, v]) => v !== item.modelEvidence)
    .map(([componentId, modelEvidence]) => ({ componentId, modelEvidence }))
    .sort((a, b) => (a.componentId < b.componentId ? -1 : a.componentId > b.componentId ? 1 : 0));
}

/** The machine-readable assessment written by `htw assess --format json`. */
export interface AssessmentJson {
  catalog: { id: string; version: string };
  /** The assessment date acceptances expire against (YYYY-MM-DD), or null. */
  asOf: string | null;
  document: { id: string; name: string; catalog: { id: string; version: string } };
  components: { id: string; name: string; type: string }[];
  checklist: ChecklistJsonItem[];
  orphaned: { key: string; recommendationId: string; scope: string; status: string; why: string }[];
  coverage: Assessment['coverage'];
  threatSources: Assessment['threatSources'];
  summary: Assessment['summary'];
  warnings: Assessment['warnings'];
  /** Only when packs are installed: which ones, at which version. */
  packs?: { id: string; version: string; title: string; publisher: string }[];
}

/** A plain JSON view of an assessment: stable field order, ids and readable reasons. */
export function assessmentToJson(
  assessment: Assessment,
  document: WorkbenchDocument,
  catalog: CatalogSource,
): AssessmentJson {
  const cat = toEngineCatalog(catalog);
  const packs = packsOf(cat.data);
  const packIds = new Set(packs.map((p) => p.id));
  const json: AssessmentJson = {
    catalog: assessment.catalog,
    asOf: assessment.asOf,
    document: { id: document.id, name: document.name, catalog: document.catalog },
    components: Object.values(document.components)
      .map((c) => ({ id: c.id, name: c.name, type: c.type }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    checklist: assessment.checklist.map((item) => {
      const rec = cat.recommendations.get(item.recommendationId);
      return {
        id: item.recommendationId,
        title: rec?.title ?? '',
        baselineFunction: rec?.baselineFunction ?? null,
        applicability: item.applicability,
        status: item.status,
        components: item.components,
        reasons: item.reasons.map((r) => r.text),
        missing: item.reasons.flatMap((r) => r.missing ?? []),
        questions: item.reasons.flatMap((r) => (r.question ? [r.question] : [])),
        modelEvidence: item.modelEvidence,
        evidence: item.evidence.map((e) => ({
          verdict: e.verdict,
          verdictId: e.verdictId,
          componentId: e.componentId,
          text: e.text,
        })),
        componentEvidence: componentVerdicts(item),
        expiredAcceptances: item.expiredAcceptances,
        ...(item.tailoring ? { tailoring: { ...item.tailoring } } : {}),
        ...(scansOf(item).length > 0
          ? { scanEvidence: scansOf(item).map((scan) => ({ ...scan, results: scan.results.map((r) => ({ ...r })) })) }
          : {}),
        ...(packs.length > 0
          ? {
              pack: rec && packIds.has(rec.pack) ? rec.pack : null,
              crosswalks: crosswalksOf(cat.data, item.recommendationId).map(({ pack, target }) => ({
                pack,
                scheme: target.scheme,
                id: target.id,
                ...(target.title !== undefined ? { title: target.title } : {}),
                basis: target.basis,
              })),
            }
          : {}),
      };
    }),
    orphaned: assessment.orphaned.map((o) => ({
      key: o.key,
      recommendationId: o.entry.recommendationId,
      scope: o.entry.scope,
      status: o.entry.status,
      why: o.why,
    })),
    coverage: assessment.coverage,
    threatSources: assessment.threatSources,
    summary: assessment.summary,
    warnings: assessment.warnings,
  };
  if (packs.length > 0)
    json.packs = packs.map((p) => ({ id: p.id, version: p.version, title: p.title, publisher: p.publisher }));
  return json;
}

// ----------------------------------------------------------------------------------- CSV

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell: prefixed with `'` when it starts with `=`, `+`, `-`, `@`, tab or CR (so a
 * spreadsheet shows it as text, not a formula), then always quoted with `"` doubled.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** Rows to RFC 4180 CSV (CRLF line ends, every cell quoted and defused). */
export function toCsv(rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export const CHECKLIST_CSV_HEADER = [
  'Recommendation',
  'Title',
  'Baseline function',
  'Applicability',
  'Status',
  'Components',
  'Reasons',
  'Owner',
  'Due date',
  'Justification',
  'Model evidence',
  'Expired acceptance',
] as const;

/**
 * The checklist as CSV: one row per recommendation (catalog order), then one row per orphaned
 * entry (applicability `orphaned: <why>`), so no saved state is lost in the export. Components
 * are given by name; owner, due date and justification come from the platform entry.
 */
export function checklistToCsv(assessment: Assessment, document: WorkbenchDocument, catalog: CatalogSource): string {
  const cat = toEngineCatalog(catalog);
  const name = (id: string) => own(document.components, id)?.name ?? id;
  // With packs installed, one more column lists the crosswalks they give each item.
  const withPacks = packsOf(cat.data).length > 0;
  // With tailoring decisions, three more columns carry them (issue 19).
  const withTailoring = assessment.checklist.some((i) => i.tailoring);
  // With scan evidence, two more columns: the results and the suggested status (issue 19).
  const withScans = assessment.checklist.some((i) => scansOf(i).length > 0);
  const rows: (string | null)[][] = [
    [
      ...CHECKLIST_CSV_HEADER,
      ...(withPacks ? ['Crosswalks (packs)'] : []),
      ...(withTailoring ? ['Tailoring', 'Tailoring justification', 'Tailoring approver'] : []),
      ...(withScans ? ['Scan evidence', 'Suggested status (scans)'] : []),
    ],
  ];
  for (const item of assessment.checklist) {
    const rec = cat.recommendations.get(item.recommendationId);
    const platform = item.entries.find((e) => e.scope === 'platform');
    rows.push([
      item.recommendationId,
      rec?.title ?? '',
      rec?.baselineFunction ?? '',
      item.applicability,
      item.status,
      item.components.map(name).join('; '),
      item.reasons.map((r) => r.text).join(' | '),
      platform?.owner ?? '',
      platform?.dueDate ?? '',
      platform?.justification ?? '',
      [...new Set(item.evidence.map((e) => e.text))].join(' | '),
      item.expiredAcceptances.map((scope) => (scope === 'platform' ? scope : name(scope))).join('; '),
      ...(withPacks ? [crosswalkLabels(cat.data, item.recommendationId).join('; ')] : []),
      ...(withTailoring
        ? [
            item.tailoring ? tailoringLabel(item.tailoring) : '',
            item.tailoring?.justification ?? '',
            item.tailoring?.approver ?? '',
          ]
        : []),
      ...(withScans
        ? [
            scansOf(item).map(scanLabel).join(' | '),
            [...new Set(scansOf(item).flatMap((x) => (x.suggested ? [x.suggested] : [])))].join('; '),
          ]
        : []),
    ]);
  }
  for (const o of assessment.orphaned) {
    const rec = cat.recommendations.get(o.entry.recommendationId);
    rows.push([
      o.entry.recommendationId,
      rec?.title ?? '',
      rec?.baselineFunction ?? '',
      `orphaned: ${o.why}`,
      o.entry.status,
      o.entry.scope === 'platform' ? '' : name(o.entry.scope),
      '',
      o.entry.owner,
      o.entry.dueDate,
      o.entry.justification,
      '',
      '',
      ...(withPacks ? [''] : []),
      ...(withTailoring ? ['', '', ''] : []),
      ...(withScans ? ['', ''] : []),
    ]);
  }
  return toCsv(rows);
}

// ------------------------------------------------------------------------------ Markdown

/**
 * Escapes text for Markdown (inline and table cells): line breaks become spaces, HTML
 * metacharacters become entities, and Markdown punctuation that could start emphasis,
 * links, images, code or cells is backslash-escaped.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~#!()]/g, '\\$&');
}

const APPLICABILITY_LABEL: Record<ChecklistItem['applicability'], string> = {
  applicable: 'Applicable',
  'needs-input': 'Needs input',
  'not-applicable': 'Not applicable',
};

/** A review-ready Markdown report: summary, checklist table, reasons, warnings, orphaned entries. */
export function assessmentToMarkdown(
  assessment: Assessment,
  document: WorkbenchDocument,
  catalog: CatalogSource,
): string {
  const cat = toEngineCatalog(catalog);
  const md = escapeMarkdown;
  const name = (id: string) => md(own(document.components, id)?.name ?? id);
  const s = assessment.summary;
  const lines: string[] = [
    `# Assessment: ${md(document.name)}`,
    '',
    `Catalog: ${md(assessment.catalog.id)} ${md(assessment.catalog.version)}${assessment.asOf ? `; assessed as of ${assessment.asOf}` : ''}`,
    '',
    '## Summary',
    '',
    '| Recommendations | Applicable | Needs input | Not applicable | Assessed | Implemented | Gaps | Contradicted by the model | Expired acceptances | Orphaned |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    `| ${s.total} | ${s.applicable} | ${s.needsInput} | ${s.notApplicable} | ${s.assessed} | ${s.implemented} | ${s.gaps} | ${s.contradicted} | ${s.expiredAcceptances} | ${s.orphaned} |`,
    '',
  ];
  const packs = packsOf(cat.data);
  if (packs.length > 0) {
    lines.push('## Packs', '', 'Assessed with these installed packs (their items are namespaced `<pack>.<id>`):', '');
    for (const p of packs) lines.push(`- ${md(p.id)} ${md(p.version)}: ${md(p.title)} (${md(p.publisher)})`);
    lines.push('');
  }
  lines.push(
    '## Checklist',
    '',
    '| Recommendation | Title | Applicability | Status | Components |',
    '| --- | --- | --- | --- | --- |',
  );
  for (const item of assessment.checklist) {
    const rec = cat.recommendations.get(item.recommendationId);
    lines.push(
      `| ${md(item.recommendationId)} | ${md(rec?.title ?? '')} | ${APPLICABILITY_LABEL[item.applicability]} | ${item.status}${item.tailoring ? ` (tailored: ${tailoringLabel(item.tailoring).toLowerCase()})` : ''} | ${item.components.map(name).join(', ')} |`,
    );
  }
  lines.push('', '## Reasons', '');
  for (const item of assessment.checklist) {
    lines.push(`### ${md(item.recommendationId)}`, '');
    for (const reason of item.reasons) lines.push(`- ${md(reason.text)}`);
    for (const text of new Set(item.evidence.map((e) => e.text))) lines.push(`- ${md(text)}`);
    for (const scan of scansOf(item)) lines.push(`- Scan evidence: ${md(scanLabel(scan))}`);
    const crosswalks = crosswalkLabels(cat.data, item.recommendationId);
    if (crosswalks.length > 0) lines.push(`- Crosswalk: ${md(crosswalks.join('; '))}`);
    if (item.expiredAcceptances.length > 0) {
      lines.push(
        `- Risk acceptance expired: ${item.expiredAcceptances.map((scope) => (scope === 'platform' ? scope : name(scope))).join(', ')}`,
      );
    }
    lines.push('');
  }
  const tailored = assessment.checklist.filter((i) => i.tailoring);
  if (tailored.length > 0) {
    lines.push(
      '## Tailoring decisions',
      '',
      'A scoped-out item is not counted as a gap; it stays in the checklist above.',
      '',
    );
    for (const { tailoring: t } of tailored)
      lines.push(
        `- ${md(t!.recommendationId)}: ${tailoringLabel(t!)}, approved by ${md(t!.approver)} on ${t!.decidedAt.slice(0, 10)}: ${md(t!.justification)}`,
      );
    lines.push('');
  }
  if (assessment.warnings.length > 0) {
    lines.push('## Model warnings', '');
    for (const w of assessment.warnings) lines.push(`- ${w.code}: ${md(w.message)}`);
    lines.push('');
  }
  if (assessment.orphaned.length > 0) {
    lines.push(
      '## Orphaned assessment entries',
      '',
      'Saved statuses that no longer count for an item; kept, never dropped.',
      '',
    );
    for (const o of assessment.orphaned) {
      const scope = o.entry.scope === 'platform' ? 'platform' : name(o.entry.scope);
      lines.push(`- ${md(o.entry.recommendationId)} (${scope}): ${o.entry.status}, ${o.why}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
