/**
 * The report model: everything a report says, computed once from (document, catalog,
 * assessment) by `buildReport` and rendered to PDF, Markdown, CSV and OSCAL alike, so every
 * format carries the same content. Plain data (JSON-serialisable), no formatting decisions
 * beyond labels. User text is kept raw here; each renderer escapes it for its own syntax.
 */
import type { AssessmentStatus, Evidence } from '../model/schema';
import type { Applicability, Summary } from '../rules/types';
import type { WorkshopSummaryView } from '../workshop/summarizeWorkshop';

/** Inputs a report needs from outside the pure domain. */
export interface ReportMeta {
  /** When the report is generated (ISO-8601 UTC); the only clock the report reads. */
  generatedAt: string;
  /** Tool name and version written into the report, e.g. "Hypervisor Threat Workbench 0.1.0". */
  generator?: string;
  /** Longest list of component names printed for one recommendation before "and N more". */
  maxComponentNames?: number;
}

export type RiskLevel = 'high' | 'medium' | 'low';

export interface ReportCover {
  title: string;
  project: string;
  organisation: string;
  assessor: string;
  /** Scope description typed by the user. */
  scope: string;
  /** Date of the report (YYYY-MM-DD, from `generatedAt`). */
  date: string;
  generatedAt: string;
  generator: string;
  catalog: { id: string; version: string; title: string };
  /** The catalog the document was last edited with, when it differs from the one assessed. */
  documentCatalog?: { id: string; version: string };
  documentId: string;
  documentUpdatedAt: string;
}

export interface TocEntry {
  /** Stable anchor id of the section (`executive-summary`, `function-HY-BF2`, ...). */
  id: string;
  title: string;
  level: 1 | 2;
}

export interface StatusCount {
  status: AssessmentStatus;
  label: string;
  count: number;
}

export interface ExecutiveSummary {
  summary: Summary;
  /** Statuses of the applicable and needs-input items, in a fixed order, zeros included. */
  statusChart: StatusCount[];
  /** Percentage (0..100, integer) of applicable items implemented. */
  implementedPercent: number;
  /** The highest-risk open gaps (the head of the action plan). */
  topGaps: ActionItem[];
  componentCount: number;
  connectionCount: number;
  warningCount: number;
}

export interface DiagramBox {
  id: string;
  name: string;
  typeName: string;
  category: string;
  container: boolean;
  /** Absolute position and size in document units (pixels of the canvas). */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Nesting depth: 0 for top-level components; containers draw before their children. */
  depth: number;
  /** Open gaps naming this component (for a marker on the box). */
  openGaps: number;
}

export interface DiagramEdge {
  id: string;
  source: string;
  target: string;
  label: string;
  typeName: string;
  directed: boolean;
}

export interface ArchitectureSection {
  boxes: DiagramBox[];
  edges: DiagramEdge[];
  /** Bounding box of all boxes; width/height 0 when there are no components. */
  bounds: { x: number; y: number; width: number; height: number };
  /** Every component, for the inventory table: name, type, parent name. */
  inventory: { id: string; name: string; typeName: string; parent: string }[];
}

export interface OutOfScopeItem {
  /** `HY-BF3` or a task id (`HY-BF5.T4`). */
  id: string;
  title: string;
  reason: string;
  coveredBy: string;
}

export interface ScopeSection {
  description: string;
  assumptions: string;
  outOfScope: OutOfScopeItem[];
}

export interface CoverageRow {
  componentId: string;
  componentName: string;
  /** Per baseline function id: tasks performed or exposed and open recommendations. */
  cells: Record<string, { tasks: number; open: number }>;
}

export interface CoverageSection {
  baselineFunctions: { id: string; name: string }[];
  rows: CoverageRow[];
}

export interface ComponentEntry {
  componentId: string;
  componentName: string;
  status: AssessmentStatus;
  statusLabel: string;
  justification: string;
  owner: string;
  dueDate: string;
  evidence: ReportEvidence[];
  /** The rest of what the assessor typed (empty strings when not recorded): every field reaches every format. */
  comments: string;
  approver: string;
  approvedAt: string;
  expiresAt: string;
  verifiedBy: string;
  verifiedAt: string;
}

export interface ReportEvidence {
  id: string;
  kind: Evidence['kind'];
  text: string;
  addedAt: string;
}

export interface RecommendationRow {
  id: string;
  title: string;
  pack: string;
  /** Where the item comes from, for readers: the core publication, or the pack's title. */
  source: string;
  requirement: string;
  section: string;
  page?: number;
  baselineFunction: string | null;
  applicability: Applicability;
  applicabilityLabel: string;
  status: AssessmentStatus;
  statusLabel: string;
  /** Platform-wide assessment fields (empty strings when not recorded). */
  justification: string;
  owner: string;
  dueDate: string;
  evidence: ReportEvidence[];
  verifiedBy: string;
  approver: string;
  expiresAt: string;
  comments: string;
  approvedAt: string;
  verifiedAt: string;
  /** Per-component entries, when the assessor recorded any. */
  componentEntries: ComponentEntry[];
  /** Names of the components concerned (capped), and how many were left out. */
  components: string[];
  moreComponents: number;
  componentCount: number;
  componentIds: string[];
  reasons: string[];
  /** What the model's own facts say (`none` when they say nothing or the item does not apply). */
  modelEvidence: 'contradicts' | 'supports' | 'none';
  /** One line per fact: "The model contradicts this: <component>, <attribute> = <value> (<section>)". */
  modelEvidenceText: string[];
  /** Scopes (platform or component names) whose risk acceptance expired by the assessment date. */
  expiredAcceptances: string[];
  threats: string[];
  tasks: string[];
  crosswalk: string[];
  /** Set for gaps: applicable and open, contradicted by the model, or with an expired acceptance. */
  risk?: { level: RiskLevel; score: number };
  /** The project's tailoring decision for this item (issue 19), when there is one. */
  tailoring?: TailoringRow;
}

/** One tailoring decision as every format lists it (issue 19). */
export interface TailoringRow {
  recommendationId: string;
  title: string;
  decision: 'scoped-out' | 'reprioritised';
  /** "Scoped out" or "Priority set to high". */
  label: string;
  priority?: RiskLevel;
  justification: string;
  approver: string;
  decidedAt: string;
}

export interface FunctionSection {
  /** `HY-BF1`..`HY-BF5`, `platform` (HY-SR-1) or `pack-<pack id>` (a pack's items without a function). */
  id: string;
  title: string;
  definition: string;
  noRecommendationReason?: string;
  tasks: { id: string; name: string; description: string; outOfScope?: { reason: string; coveredBy: string } }[];
  threats: { id: string; name: string; kind: string; sources: string[] }[];
  recommendations: RecommendationRow[];
}

export interface ActionItem {
  rank: number;
  recommendationId: string;
  title: string;
  status: AssessmentStatus;
  statusLabel: string;
  risk: RiskLevel;
  score: number;
  /** Why the score: the platform threats (HYP-T*) the item counters and the status. */
  rationale: string;
  owner: string;
  dueDate: string;
  componentCount: number;
  baselineFunction: string | null;
}

/** An ended workshop, as the workshop feature summarises it (decisions, actions, attendance...). */
export type WorkshopSummary = WorkshopSummaryView;

export interface ReportAppendix {
  method: string[];
  provenance: {
    catalogId: string;
    catalogVersion: string;
    catalogTitle: string;
    publications: { id: string; title: string; date: string; identifier: string }[];
    /** How many catalog items state their basis as the publication's text vs our inference. */
    basis: { text: number; inferred: number };
  };
  glossary: { term: string; definition: string }[];
  warnings: { code: string; message: string }[];
  orphaned: { recommendationId: string; scope: string; status: AssessmentStatus; why: string }[];
}

export interface ReportModel {
  cover: ReportCover;
  toc: TocEntry[];
  executiveSummary: ExecutiveSummary;
  architecture: ArchitectureSection;
  scope: ScopeSection;
  coverage: CoverageSection;
  functions: FunctionSection[];
  actionPlan: ActionItem[];
  /** Ended workshops, when the document holds any (empty otherwise). */
  workshops: WorkshopSummary[];
  /** The project's tailoring decisions, by recommendation id (empty when none). */
  tailoring: TailoringRow[];
  appendix: ReportAppendix;
}
