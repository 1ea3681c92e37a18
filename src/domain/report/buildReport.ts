/**
 * Builds the report model from (document, catalog, assessment). Pure: it reads its inputs
 * and returns new data; nothing it is given is changed (report generation never mutates the
 * model, see reliability-security.md G13), and the only time it knows is `meta.generatedAt`.
 */
import { packsOf } from '../packs/applyPacks';
import type { AssessmentEntry, AssessmentStatus, WorkbenchDocument } from '../model/schema';
import type { Assessment, ChecklistItem } from '../rules/types';
import { toEngineCatalog, type CatalogSource, type EngineCatalog } from '../rules/engineCatalog';
import { isGap } from '../checklist/coverage';
import { isOpenStatus } from '../checklist/status';
import type {
  ActionItem,
  ComponentEntry,
  CoverageSection,
  FunctionSection,
  OutOfScopeItem,
  RecommendationRow,
  ReportAppendix,
  ReportEvidence,
  ReportMeta,
  ReportModel,
  RiskLevel,
  TailoringRow,
  TocEntry,
} from './reportModel';
import { APPLICABILITY_LABEL, STATUS_CHART_ORDER } from './labels';
import { STATUS_LABELS } from '../checklist/status';
import { scoreGap } from './riskRanking';
import { layoutDiagram } from './diagramLayout';
import { readEndedWorkshops } from './readWorkshops';
import { own } from '../model/ownEntry';
import { tailoringLabel } from '../checklist/tailoring';
import type { TailoringDecision } from '../model/schema';

const DEFAULT_GENERATOR = 'Hypervisor Threat Workbench';
const DEFAULT_MAX_NAMES = 12;
const TOP_GAPS = 5;

/** Section id of the core recommendations that belong to no baseline function; packs get `pack-<id>`. */
export const PLATFORM_SECTION = 'platform';

/** The report section (and OSCAL group) id of a pack's items that name no baseline function. */
export const packSectionId = (packId: string): string => `pack-${packId}`;

function evidenceOf(entry: AssessmentEntry | undefined): ReportEvidence[] {
  return (entry?.evidence ?? []).map((e) => ({ id: e.id, kind: e.kind, text: e.text, addedAt: e.addedAt }));
}

function toRow(
  item: ChecklistItem,
  cat: EngineCatalog,
  names: ReadonlyMap<string, string>,
  maxNames: number,
): RecommendationRow {
  const rec = cat.recommendations.get(item.recommendationId);
  const platform = item.entries.find((e) => e.scope === 'platform');
  const componentEntries: ComponentEntry[] = item.entries
    .filter((e) => e.scope !== 'platform')
    .map((e) => ({
      componentId: e.scope,
      componentName: names.get(e.scope) ?? e.scope,
      status: e.status,
      statusLabel: STATUS_LABELS[e.status],
      justification: e.justification,
      owner: e.owner,
      dueDate: e.dueDate,
      evidence: evidenceOf(e),
      comments: e.comments,
      approver: e.approver,
      approvedAt: e.approvedAt,
      expiresAt: e.expiresAt,
      verifiedBy: e.verifiedBy,
      verifiedAt: e.verifiedAt,
    }));
  const threats = rec?.threats ?? [];
  const row: RecommendationRow = {
    id: item.recommendationId,
    title: rec?.title ?? item.recommendationId,
    pack: rec?.pack ?? '',
    source: packsOf(cat.data).find((p) => p.id === rec?.pack)?.title ?? rec?.provenance.publication ?? '',
    requirement: rec?.requirement ?? '',
    section: rec?.section ?? '',
    ...(rec?.page !== undefined ? { page: rec.page } : {}),
    baselineFunction: rec?.baselineFunction ?? null,
    applicability: item.applicability,
    applicabilityLabel: APPLICABILITY_LABEL[item.applicability],
    status: item.status,
    statusLabel: STATUS_LABELS[item.status],
    justification: platform?.justification ?? '',
    owner: platform?.owner ?? firstNonEmpty(componentEntries.map((e) => e.owner)),
    dueDate: platform?.dueDate ?? earliest(componentEntries.map((e) => e.dueDate)),
    evidence: evidenceOf(platform),
    verifiedBy: platform?.verifiedBy ?? '',
    approver: platform?.approver ?? '',
    expiresAt: platform?.expiresAt ?? '',
    comments: platform?.comments ?? '',
    approvedAt: platform?.approvedAt ?? '',
    verifiedAt: platform?.verifiedAt ?? '',
    componentEntries,
    components: item.components.slice(0, maxNames).map((id) => names.get(id) ?? id),
    moreComponents: Math.max(0, item.components.length - maxNames),
    componentCount: item.components.length,
    componentIds: [...item.components],
    reasons: item.reasons.map((r) => r.text),
    modelEvidence: item.modelEvidence,
    modelEvidenceText: [...new Set(item.evidence.map((e) => e.text))],
    expiredAcceptances: item.expiredAcceptances.map((scope) =>
      scope === 'platform' ? 'platform' : (names.get(scope) ?? scope),
    ),
    threats: [...threats],
    tasks: [...(rec?.tasks ?? [])],
    crosswalk: [...(rec?.crosswalk.sp80053r5 ?? [])],
  };
  if (item.tailoring) row.tailoring = tailoringRow(item.tailoring, row.title);
  if (isGap(item)) {
    const risk = scoreGap(cat, gapStatus(item.status), threats);
    const priority = item.tailoring?.decision === 'reprioritised' ? item.tailoring.priority : undefined;
    if (priority) row.risk = { level: priority, score: PRIORITY_SCORE[priority] };
    else if (risk) row.risk = { level: risk.level, score: risk.score };
  }
  return row;
}

/**
 * Score a reprioritised gap is ranked at: the top, middle or bottom of the scale of
 * `scoreGap` (likelihood 1..3 times impact 1..3), so the approved priority decides its rank.
 */
const PRIORITY_SCORE: Record<RiskLevel, number> = { high: 9, medium: 4, low: 1 };

function tailoringRow(d: TailoringDecision, title: string): TailoringRow {
  return {
    recommendationId: d.recommendationId,
    title,
    decision: d.decision,
    label: tailoringLabel(d),
    ...(d.priority ? { priority: d.priority } : {}),
    justification: d.justification,
    approver: d.approver,
    decidedAt: d.decidedAt,
  };
}

/**
 * The status a gap is scored as: its own when open; a contradicted or expired item whose
 * status says addressed is scored as not implemented, since the model or the calendar says so.
 */
function gapStatus(status: AssessmentStatus): AssessmentStatus {
  return isOpenStatus(status) ? status : 'not-implemented';
}

function firstNonEmpty(values: readonly string[]): string {
  return values.find((v) => v.trim() !== '') ?? '';
}

function earliest(dates: readonly string[]): string {
  return dates.filter((d) => d !== '').sort()[0] ?? '';
}

function functionSections(cat: EngineCatalog, rows: readonly RecommendationRow[]): FunctionSection[] {
  const threatInfo = (ids: Iterable<string>) => {
    const wanted = new Set(ids);
    // Catalog order, so every format lists threats the same way.
    return cat.data.threats
      .filter((t) => wanted.has(t.id))
      .map((t) => ({ id: t.id, name: t.name, kind: t.kind, sources: [...t.sources] }));
  };
  const sections: FunctionSection[] = [];
  for (const bf of cat.data.baselineFunctions) {
    const tasks = cat.data.tasks.filter((t) => t.baselineFunction === bf.id);
    const recs = rows.filter((r) => r.baselineFunction === bf.id);
    sections.push({
      id: bf.id,
      title: `${bf.id} ${bf.name}`,
      definition: bf.definition,
      ...(bf.noRecommendationReason !== undefined ? { noRecommendationReason: bf.noRecommendationReason } : {}),
      tasks: tasks.map((t) => ({
        id: t.id,
        name: t.name,
        description: t.description,
        ...(t.outOfScope ? { outOfScope: { ...t.outOfScope } } : {}),
      })),
      threats: threatInfo([...tasks.flatMap((t) => t.threats), ...recs.flatMap((r) => r.threats)]),
      recommendations: recs,
    });
  }
  const packIds = new Set(packsOf(cat.data).map((p) => p.id));
  const platformRecs = rows.filter((r) => r.baselineFunction === null && !packIds.has(r.pack));
  if (platformRecs.length > 0) {
    sections.push({
      id: PLATFORM_SECTION,
      title: 'Platform-wide recommendations',
      definition:
        'Recommendations the publication ties to the platform as a whole rather than to one baseline function.',
      tasks: [],
      threats: threatInfo(platformRecs.flatMap((r) => r.threats)),
      recommendations: platformRecs,
    });
  }
  // One section per pack (bundled or installed), for its items that name no baseline function.
  for (const pack of packsOf(cat.data)) {
    const recs = rows.filter((r) => r.pack === pack.id && r.baselineFunction === null);
    if (recs.length === 0) continue;
    sections.push({
      id: packSectionId(pack.id),
      title: `${pack.title} (pack ${pack.id} ${pack.version})`,
      definition: pack.description,
      tasks: [],
      threats: threatInfo(recs.flatMap((r) => r.threats)),
      recommendations: recs,
    });
  }
  return sections;
}

function actionPlan(rows: readonly RecommendationRow[], cat: EngineCatalog): ActionItem[] {
  const order = new Map(cat.recommendationOrder.map((id, i) => [id, i]));
  const gaps = rows.filter((r) => r.risk !== undefined);
  gaps.sort(
    (a, b) =>
      b.risk!.score - a.risk!.score ||
      b.componentCount - a.componentCount ||
      (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0),
  );
  return gaps.map((r, i) => {
    const scored = scoreGap(cat, gapStatus(r.status), r.threats) ?? { platformThreats: [] };
    const threats =
      scored.platformThreats.length > 0
        ? `counters ${scored.platformThreats.join(', ')}`
        : 'counters no platform threat directly';
    const why = [
      r.statusLabel,
      ...(r.modelEvidence === 'contradicts' ? ['the model contradicts it'] : []),
      ...(r.expiredAcceptances.length > 0 ? [`risk acceptance expired (${r.expiredAcceptances.join(', ')})`] : []),
      ...(r.tailoring?.decision === 'reprioritised'
        ? [`${r.tailoring.label.toLowerCase()} by ${r.tailoring.approver}`]
        : []),
    ];
    return {
      rank: i + 1,
      recommendationId: r.id,
      title: r.title,
      status: r.status,
      statusLabel: r.statusLabel,
      risk: r.risk!.level,
      score: r.risk!.score,
      rationale: `${why.join('; ')}; ${threats}`,
      owner: r.owner,
      dueDate: r.dueDate,
      componentCount: r.componentCount,
      baselineFunction: r.baselineFunction,
    };
  });
}

function coverageSection(
  assessment: Assessment,
  cat: EngineCatalog,
  names: ReadonlyMap<string, string>,
): CoverageSection {
  const bfs = assessment.coverage.baselineFunctions;
  return {
    baselineFunctions: bfs.map((id) => ({ id, name: cat.baselineFunctions.get(id)?.name ?? id })),
    rows: assessment.coverage.components.map((componentId) => ({
      componentId,
      componentName: names.get(componentId) ?? componentId,
      cells: Object.fromEntries(
        bfs.map((bf) => {
          const row = own(assessment.coverage.cells, bf);
          const cell = row ? own(row, componentId) : undefined;
          return [bf, { tasks: cell?.tasks.length ?? 0, open: cell?.openRecommendations.length ?? 0 }];
        }),
      ),
    })),
  };
}

function outOfScope(cat: EngineCatalog): OutOfScopeItem[] {
  const items: OutOfScopeItem[] = [];
  for (const bf of cat.data.baselineFunctions) {
    if (bf.noRecommendationReason !== undefined) {
      items.push({
        id: bf.id,
        title: bf.name,
        reason: bf.noRecommendationReason,
        coveredBy: 'No recommendation applies.',
      });
    }
  }
  for (const t of cat.data.tasks) {
    if (t.outOfScope)
      items.push({ id: t.id, title: t.name, reason: t.outOfScope.reason, coveredBy: t.outOfScope.coveredBy });
  }
  return items;
}

const METHOD = [
  'The platform was modelled as components (hosts, hypervisors, virtual machines, devices, networks, management and storage) joined by typed connections, each carrying the attributes that decide which recommendations apply.',
  'A declarative rule set in the catalog maps each component to the baseline functions (HY-BF) it performs or exposes, the threats it faces and the recommendations (HY-SR, and VM-* for the virtual network) it calls for. Every applicability decision carries its reason; an attribute left unknown yields "needs input", never "not applicable".',
  'The assessor recorded a status per recommendation (platform-wide or per component) with a justification, evidence, an owner and a due date. Items never reviewed count as open: nothing unreviewed passes.',
  'Open gaps are ranked by likelihood (not implemented 3, not reviewed 2, partially implemented 1) times impact (1 plus the number of platform threats HYP-T* the recommendation counters, at most 3): high from 6, medium from 3, low below.',
  'Catalog texts paraphrase the publications; the page and section of each item point to the source. Assessor guidance and the SP 800-53 crosswalk are the workbench\u2019s own inference and are marked so in the catalog provenance.',
];

function appendix(cat: EngineCatalog, assessment: Assessment, names: ReadonlyMap<string, string>): ReportAppendix {
  const d = cat.data;
  const provenances = [
    ...d.baselineFunctions.map((x) => x.provenance),
    ...d.tasks.map((x) => x.provenance),
    ...d.threatSources.map((x) => x.provenance),
    ...d.threats.map((x) => x.provenance),
    ...d.recommendations.map((x) => x.provenance),
    ...d.rules.map((x) => x.provenance),
  ];
  return {
    method: [...METHOD],
    provenance: {
      catalogId: d.id,
      catalogVersion: d.version,
      catalogTitle: d.title,
      publications: d.publications.map((p) => ({ ...p })),
      basis: {
        text: provenances.filter((p) => p.basis === 'text').length,
        inferred: provenances.filter((p) => p.basis === 'inferred').length,
      },
    },
    glossary: [...d.glossary].sort((a, b) => a.term.localeCompare(b.term, 'en')).map((g) => ({ ...g })),
    warnings: assessment.warnings.map((w) => ({ code: w.code, message: w.message })),
    orphaned: assessment.orphaned.map((o) => ({
      recommendationId: o.entry.recommendationId,
      scope: o.entry.scope === 'platform' ? 'platform' : (names.get(o.entry.scope) ?? o.entry.scope),
      status: o.entry.status,
      why: o.why,
    })),
  };
}

/**
 * The report of `document` assessed against `catalog`. `assessment` must be
 * `assess(document, catalog)` (passed in so callers reuse their memoised result).
 * Deterministic: the same inputs and `meta` give an equal model.
 */
export function buildReport(
  document: WorkbenchDocument,
  catalog: CatalogSource,
  assessment: Assessment,
  meta: ReportMeta,
): ReportModel {
  const cat = toEngineCatalog(catalog);
  const names = new Map(Object.values(document.components).map((c) => [c.id, c.name]));
  const maxNames = meta.maxComponentNames ?? DEFAULT_MAX_NAMES;
  const rows = assessment.checklist.map((item) => toRow(item, cat, names, maxNames));
  const plan = actionPlan(rows, cat);
  const functions = functionSections(cat, rows);

  const openGaps = new Map<string, number>();
  for (const row of rows)
    if (row.risk) for (const id of row.componentIds) openGaps.set(id, (openGaps.get(id) ?? 0) + 1);

  const s = assessment.summary;
  const statusChart = STATUS_CHART_ORDER.map((status: AssessmentStatus) => ({
    status,
    label: STATUS_LABELS[status],
    count: s.byStatus[status],
  }));
  const workshops = readEndedWorkshops(document, cat.data);
  const sameCatalog = document.catalog.id === cat.id && document.catalog.version === cat.version;

  const toc: TocEntry[] = [
    { id: 'executive-summary', title: 'Executive summary', level: 1 },
    { id: 'architecture', title: 'Architecture', level: 1 },
    { id: 'scope', title: 'Scope, assumptions and out-of-scope items', level: 1 },
    { id: 'coverage', title: 'Coverage matrix', level: 1 },
    { id: 'functions', title: 'Baseline functions and recommendations', level: 1 },
    ...functions.map((f) => ({ id: `function-${f.id}`, title: f.title, level: 2 as const })),
    { id: 'action-plan', title: 'Action plan', level: 1 },
    ...(rows.some((r) => r.tailoring) ? [{ id: 'tailoring', title: 'Tailoring decisions', level: 1 as const }] : []),
    ...(workshops.length > 0 ? [{ id: 'workshops', title: 'Workshops', level: 1 as const }] : []),
    { id: 'appendix', title: 'Appendix: method, provenance and glossary', level: 1 },
  ];

  return {
    cover: {
      title: 'Hypervisor platform security assessment',
      project: document.name,
      organisation: document.scope.organisation,
      assessor: document.scope.assessor,
      scope: document.scope.description,
      date: meta.generatedAt.slice(0, 10),
      generatedAt: meta.generatedAt,
      generator: meta.generator ?? DEFAULT_GENERATOR,
      catalog: { id: cat.id, version: cat.version, title: cat.data.title },
      ...(sameCatalog ? {} : { documentCatalog: { ...document.catalog } }),
      documentId: document.id,
      documentUpdatedAt: document.updatedAt,
    },
    toc,
    executiveSummary: {
      summary: { ...s, byStatus: { ...s.byStatus } },
      statusChart,
      implementedPercent: s.applicable === 0 ? 0 : Math.round((100 * s.implemented) / s.applicable),
      topGaps: plan.slice(0, TOP_GAPS),
      componentCount: Object.keys(document.components).length,
      connectionCount: Object.keys(document.connections).length,
      warningCount: assessment.warnings.length,
    },
    architecture: layoutDiagram(document, cat, openGaps),
    scope: {
      description: document.scope.description,
      assumptions: document.scope.assumptions,
      outOfScope: outOfScope(cat),
    },
    coverage: coverageSection(assessment, cat, names),
    functions,
    actionPlan: plan,
    workshops,
    tailoring: rows.flatMap((r) => (r.tailoring ? [r.tailoring] : [])),
    appendix: appendix(cat, assessment, names),
  };
}
