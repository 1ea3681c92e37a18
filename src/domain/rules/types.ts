/**
 * What the engine derives from (document, catalog). Never stored: computed and memoised.
 */
import type { AssessmentEntry, AssessmentStatus, TailoringDecision } from '../model/schema';

export type Applicability = 'applicable' | 'not-applicable' | 'needs-input';

/** One reason an item applies (or not, or needs input), readable by a person. */
export interface Reason {
  ruleId: string;
  /** The component the rule was evaluated on; absent for platform-wide reasons. */
  componentId?: string;
  /** e.g. "HY-SR-6C applies: GPU-1 is assigned to vm-analytics by passthrough". */
  text: string;
  /** For needs-input reasons: the attributes that decide, so the UI can lead the user there. */
  missing?: { componentId: string; attribute: string; connectionId?: string }[];
  /** For needs-input reasons that no attribute can answer (a part not drawn): what to ask. */
  question?: string;
}

/** A rule that fired on a component: what the component performs/exposes and why. */
export interface Finding {
  ruleId: string;
  componentId: string;
  /** `applicable` when the rule's condition holds, `needs-input` when it is unknown. */
  applicability: Exclude<Applicability, 'not-applicable'>;
  tasks: string[];
  threats: string[];
  recommendations: string[];
  reason: Reason;
}

/** A (rule, component) whose condition a stated attribute made false. */
export interface ExplicitNo {
  ruleId: string;
  componentId: string;
  text: string;
}

export type Verdict = 'contradicts' | 'supports';

/** One fact of the model that contradicts or supports a recommendation (a verdict rule held). */
export interface ModelEvidence {
  verdictId: string;
  verdict: Verdict;
  recommendationId: string;
  componentId: string;
  /** The stated attribute values that decided it. */
  facts: { componentId: string; connectionId?: string; subject: string; attribute: string; value: string }[];
  /** e.g. "The model contradicts this: kvm-node-01, CPU virtualization extensions = no (SP 800-125A Rev. 1 sec. 4.1)". */
  text: string;
}

export interface ChecklistItem {
  recommendationId: string;
  applicability: Applicability;
  /** Components the item applies to (or may apply to, when needs-input), in document order. */
  components: string[];
  reasons: Reason[];
  /** The platform-wide status, or the worst per-component status when scoped per component. */
  status: AssessmentStatus;
  /** Saved entries for this recommendation: `platform` and per-component scopes. */
  entries: AssessmentEntry[];
  /**
   * What the model's own facts say: `contradicts` when any stated fact violates the
   * recommendation (a gap unless risk-accepted), `supports` when facts suggest it is met
   * (to confirm, never implemented by itself), else `none`. Always `none` when not applicable.
   */
  modelEvidence: Verdict | 'none';
  /** The facts behind `modelEvidence`, contradictions first, then by component id. */
  evidence: ModelEvidence[];
  /** Risk acceptances (by scope) whose expiry date is before the assessment date: gaps again. */
  expiredAcceptances: string[];
  /** The project's tailoring decision (issue 19): a scoped-out item is listed but is not a gap. */
  tailoring?: TailoringDecision;
}

/** An assessment entry whose recommendation or component no longer applies: kept, never dropped. */
export interface OrphanedEntry {
  key: string;
  entry: AssessmentEntry;
  why: 'recommendation-not-applicable' | 'recommendation-not-in-catalog' | 'component-removed';
}

/** HY-BF x component: how many tasks of each function each component performs or exposes. */
export interface CoverageMatrix {
  baselineFunctions: string[];
  components: string[];
  /** cells[bf][componentId] = { tasks, open recommendations } */
  cells: Record<string, Record<string, { tasks: string[]; openRecommendations: string[] }>>;
}

export interface ThreatSourceView {
  threatSourceId: string;
  threats: { threatId: string; components: string[]; recommendations: string[]; openGaps: string[] }[];
}

export interface Summary {
  total: number;
  applicable: number;
  needsInput: number;
  /** Needs-input items nobody has answered yet (status still not reviewed): what `--fail-on needs-input` counts. */
  unanswered: number;
  notApplicable: number;
  assessed: number;
  implemented: number;
  gaps: number;
  /** Applicable items the model's facts contradict (see `ChecklistItem.modelEvidence`). */
  contradicted: number;
  /** Applicable items whose risk acceptance has expired. */
  expiredAcceptances: number;
  orphaned: number;
  byStatus: Record<AssessmentStatus, number>;
}

export interface ValidationWarning {
  code:
    | 'dangling-connection'
    | 'vm-outside-host'
    | 'invalid-parent'
    | 'missing-attribute'
    | 'unknown-type'
    | 'disallowed-connection'
    | 'needs-type';
  componentId?: string;
  connectionId?: string;
  attribute?: string;
  message: string;
}

export interface Assessment {
  catalog: { id: string; version: string };
  /** The date the assessment is made on (YYYY-MM-DD), when given: acceptances expire against it. */
  asOf: string | null;
  findings: Finding[];
  checklist: ChecklistItem[];
  orphaned: OrphanedEntry[];
  coverage: CoverageMatrix;
  threatSources: ThreatSourceView[];
  summary: Summary;
  warnings: ValidationWarning[];
}
