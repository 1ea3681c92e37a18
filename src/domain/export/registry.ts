/**
 * Every export format, in one list: the Export menu (src/ui/report), `htw report` and
 * `htw export` (src/cli) all read it, so a format is offered, named and built the same way
 * everywhere. A new format is its builder file plus one entry here; the menu item, the CLI's
 * `--format` choices and its help line follow from the entry.
 *
 * Two kinds: a report is made from the report model (buildReport) and says nothing lost; an
 * interchange export is made from the document for another threat-modelling tool and comes
 * with a loss report (what that format cannot hold), shown before anything is written.
 * The PDF is the one format drawn outside the domain (src/report/, it needs pdfmake): in the
 * app in a Web Worker, in the CLI in Node.
 */
import type { WorkbenchDocument } from '../model/schema';
import type { CatalogSource } from '../rules/engineCatalog';
import type { ReportModel } from '../report/reportModel';
import { reportToMarkdown } from '../report/reportToMarkdown';
import { reportToCsv } from '../report/reportToCsv';
import { toAssessmentResults } from '../report/oscal/toAssessmentResults';
import { toPoam } from '../report/oscal/toPoam';
import { toOscalCatalog } from '../report/oscal/toOscalCatalog';
import type { LossReport } from '../interchange/lossReport';
import { withoutRemovedPackEntries } from '../packs/bundledPacks';
import { otmFileText, toOtm } from '../interchange/otm/toOtm';
import { threatDragonFileText, toThreatDragon } from '../interchange/threatDragon/toThreatDragon';
import { threagileFileText, toThreagile } from '../interchange/threagile/toThreagile';
import { tmBomFileText, toTmBom } from '../interchange/tmBom/toTmBom';
import { plural, pluralWord } from '../text/plural';

/** What an interchange builder returns: the file, what it lost, and what it holds in a few words. */
export interface ExportedInterchange {
  text: string;
  losses: LossReport;
  counts: string;
}

interface FormatInfo {
  /** Stable id: `--format` value, menu test id (`export-<id>`), file-name key. */
  readonly id: string;
  /** Menu label. */
  readonly label: string;
  /** File name ending, with the dot. */
  readonly extension: string;
  readonly mediaType: string;
  /** The CLI help's description, one string per line. */
  readonly help: readonly string[];
}

/** A report format: text rendered in the domain, or the PDF drawn by src/report/. */
export interface ReportExportEntry extends FormatInfo {
  readonly kind: 'report';
  /** `htw report` renders it; `null` for the PDF (drawn by src/report/: a worker in the app, Node in the CLI). */
  readonly render: ((model: ReportModel, catalog: CatalogSource) => string) | null;
}

/** A format of another tool, built from the document, always with a loss report. */
export interface InterchangeExportEntry extends FormatInfo {
  readonly kind: 'interchange';
  /** The format in running text ("Export OTM"), for the loss-report dialog. */
  readonly shortName: string;
  readonly build: (document: WorkbenchDocument, catalog: CatalogSource) => ExportedInterchange;
}

export type ExportEntry = ReportExportEntry | InterchangeExportEntry;

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The registry, in menu order: reports first, then the formats for other tools (issue 21). */
export const EXPORTS = [
  {
    kind: 'report',
    id: 'pdf',
    help: [
      'the full report (cover, contents, summary, diagram, coverage, sections,',
      'action plan, appendix); A4 unless --page-size letter',
    ],
    label: 'PDF report',
    extension: '.pdf',
    mediaType: 'application/pdf',
    render: null,
  },
  {
    kind: 'report',
    id: 'csv',
    help: ['the checklist, one row per recommendation (formula-injection safe)'],
    label: 'Checklist (CSV)',
    extension: '.csv',
    mediaType: 'text/csv;charset=utf-8',
    render: (model) => reportToCsv(model),
  },
  {
    kind: 'report',
    id: 'md',
    help: ['the same report in Markdown'],
    label: 'Markdown report',
    extension: '.md',
    mediaType: 'text/markdown;charset=utf-8',
    render: (model) => reportToMarkdown(model),
  },
  {
    kind: 'report',
    id: 'oscal-ar',
    help: ['OSCAL 1.2.1 assessment-results JSON'],
    label: 'OSCAL assessment results',
    extension: '.oscal-ar.json',
    mediaType: 'application/json',
    render: (model) => json(toAssessmentResults(model)),
  },
  {
    kind: 'report',
    id: 'oscal-poam',
    help: ['OSCAL 1.2.1 plan-of-action-and-milestones JSON'],
    label: 'OSCAL POA&M',
    extension: '.oscal-poam.json',
    mediaType: 'application/json',
    render: (model) => json(toPoam(model)),
  },
  // The OSCAL catalog is made from the catalog itself, dated like the report.
  {
    kind: 'report',
    id: 'oscal-catalog',
    help: ["the catalog's recommendations as an OSCAL 1.2.1 catalog"],
    label: 'OSCAL catalog (HY-SR)',
    extension: '.oscal-catalog.json',
    mediaType: 'application/json',
    render: (model, catalog) => json(toOscalCatalog(catalog, model.cover.generatedAt)),
  },
  {
    kind: 'interchange',
    id: 'otm',
    help: [
      'Open Threat Model 0.2.0 (IriusRisk, Threat Dragon import, StartLeft). Hosts and',
      'trust boundaries become trust zones, connections data flows, the catalog threats',
      'the rules raise threats, the HY-SR items mitigations with their status.',
    ],
    shortName: 'OTM',
    label: 'OTM (Open Threat Model 0.2.0)',
    extension: '.otm.json',
    mediaType: 'application/json',
    build(document, catalog) {
      const { otm, losses } = toOtm(document, catalog);
      return {
        text: otmFileText(otm),
        losses,
        counts: `${otm.trustZones.length} trust zones, ${otm.components.length} components, ${otm.dataflows.length} data flows, ${otm.threats.length} threats, ${otm.mitigations.length} mitigations`,
      };
    },
  },
  {
    kind: 'interchange',
    id: 'tmbom',
    help: [
      'OWASP Threat Model Library 1.0.2 (TM-BOM, read by Threat Dragon) inside a CycloneDX',
      '1.6 BOM: trust boundaries become trust zones, hosts and the rest components, the',
      "rules' threats threats, the HY-SR items controls with their status.",
    ],
    shortName: 'TM-BOM',
    label: 'TM-BOM (Threat Model Library 1.0, CycloneDX 1.6)',
    extension: '.tmbom.cdx.json',
    mediaType: 'application/vnd.cyclonedx+json',
    build(document, catalog) {
      const { bom, tmBom, losses } = toTmBom(document, catalog);
      return {
        text: tmBomFileText(bom),
        losses,
        counts: `${tmBom.trust_zones.length} trust zones, ${tmBom.components.length} components, ${tmBom.data_flows.length} data flows, ${tmBom.threats.length} threats, ${tmBom.controls.length} controls`,
      };
    },
  },
  {
    kind: 'interchange',
    id: 'threat-dragon',
    help: [
      "OWASP Threat Dragon v2 JSON: one diagram, boundaries as boxes, the rules' threats",
      'on each element with the countering HY-SR items and their status as mitigation.',
    ],
    shortName: 'Threat Dragon model',
    label: 'Threat Dragon v2',
    extension: '.threat-dragon.json',
    mediaType: 'application/json',
    build(document, catalog) {
      const { model, losses } = toThreatDragon(document, catalog);
      const cells = (model as { detail: { diagrams: { cells: { shape: string }[] }[] } }).detail.diagrams[0]!.cells;
      return {
        text: threatDragonFileText(model),
        losses,
        counts: `one diagram of ${cells.filter((c) => c.shape !== 'flow').length} elements and ${cells.filter((c) => c.shape === 'flow').length} flows`,
      };
    },
  },
  {
    kind: 'interchange',
    id: 'threagile',
    help: [
      'Threagile YAML: VMs and emulators as virtual technical assets, each host a shared',
      "runtime and an execution-environment boundary, so Threagile's rules can run on it.",
    ],
    shortName: 'Threagile model',
    label: 'Threagile model (YAML)',
    extension: '.threagile.yaml',
    mediaType: 'application/yaml',
    build(document, catalog) {
      const { model, losses } = toThreagile(document, catalog);
      const count = (key: string) => Object.keys(model[key] as object).length;
      return {
        text: threagileFileText(model),
        losses,
        counts: `${count('technical_assets')} technical assets, ${count('trust_boundaries')} trust boundaries, ${count('shared_runtimes')} shared runtimes`,
      };
    },
  },
] as const satisfies readonly ExportEntry[];

type Entry = (typeof EXPORTS)[number];
/** Everything the Export menu offers. */
export type ExportFormat = Entry['id'];
export type ReportFormat = Extract<Entry, { kind: 'report' }>['id'];
/** Report formats rendered as text in the domain (all but the PDF). */
export type TextReportFormat = Exclude<ReportFormat, 'pdf'>;
/** Formats of other threat-modelling tools: made from the document, shown with their loss report before export. */
export type InterchangeExportFormat = Extract<Entry, { kind: 'interchange' }>['id'];

const isReport = (e: ExportEntry): e is ReportExportEntry => e.kind === 'report';
const isInterchange = (e: ExportEntry): e is InterchangeExportEntry => e.kind === 'interchange';

/** The report formats in menu order (`htw report --format`). */
export const REPORT_FORMATS: readonly (ReportExportEntry & { id: ReportFormat })[] = (
  EXPORTS as readonly ExportEntry[]
).filter(isReport) as (ReportExportEntry & { id: ReportFormat })[];
/** The formats for other tools in menu order (`htw export --format`). */
export const INTERCHANGE_FORMATS: readonly (InterchangeExportEntry & { id: InterchangeExportFormat })[] = (
  EXPORTS as readonly ExportEntry[]
).filter(isInterchange) as (InterchangeExportEntry & { id: InterchangeExportFormat })[];

/** The entry of `format`. */
export function exportEntry<F extends ExportFormat>(format: F): Extract<Entry, { id: F }> {
  return EXPORTS.find((e) => e.id === format) as Extract<Entry, { id: F }>;
}

export function isInterchangeFormat(format: ExportFormat): format is InterchangeExportFormat {
  return exportEntry(format).kind === 'interchange';
}

/** The CLI help's "Formats:" lines for `entries`: id, then the description, aligned. */
export function formatHelp(entries: readonly ExportEntry[]): string {
  const width = Math.max(...entries.map((e) => e.id.length)) + 2;
  return entries
    .map((e) => e.help.map((line, i) => `  ${(i === 0 ? e.id : '').padEnd(width)}${line}`).join('\n'))
    .join('\n');
}

/** Renders a text report format of `model`. */
export function renderTextReport(format: TextReportFormat, model: ReportModel, catalog: CatalogSource): string {
  return (exportEntry(format) as ReportExportEntry).render!(model, catalog);
}

/** Builds an interchange export of `document`, with its loss report. */
export function exportInterchange(
  format: InterchangeExportFormat,
  document: WorkbenchDocument,
  catalog: CatalogSource,
): ExportedInterchange {
  // Packs the project removed for itself are omitted: their kept entries stay in the project only.
  const { document: exported, setAside } = withoutRemovedPackEntries(document);
  const result = (exportEntry(format) as InterchangeExportEntry).build(exported, catalog);
  if (setAside === 0) return result;
  const packs = (document.removedPacks ?? []).join(', ');
  const text = `${plural(setAside, 'assessment entry', 'assessment entries')} of ${pluralWord(document.removedPacks!.length, 'pack')} ${packs}, removed from this project: kept in the project, not exported.`;
  return {
    ...result,
    losses: { ...result.losses, items: [...result.losses.items, { key: 'removed-packs', count: setAside, text }] },
  };
}

/**
 * A safe download name: the project name reduced to letters, digits, `-` and `_` (no path
 * separators, no leading dots), the date and the format's ending.
 */
export function reportFileName(project: string, date: string, format: ExportFormat): string {
  const base =
    project
      .normalize('NFKD')
      .replace(/[^\p{L}\p{N}_-]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'assessment';
  return `${base}-${date}${exportEntry(format).extension}`;
}
