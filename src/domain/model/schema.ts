/**
 * The workbench document: the only state that is saved and exported. Everything else
 * (findings, checklist, coverage, reports) is derived from it and the catalog.
 *
 * LOUD WARNING: `DOCUMENT_FORMAT` and the record shapes below are persisted in users'
 * browsers and exported files. Any change needs a new `schemaVersion` and a migration in
 * `src/domain/io/migrations/`.
 */
import { z } from '../zod';

export const DOCUMENT_FORMAT = 'hypervisor-threat-workbench/document';
export const CURRENT_SCHEMA_VERSION = 2;

/** Limits that keep hostile files from exhausting memory or the UI. */
export const LIMITS = {
  name: 200,
  notes: 10_000,
  shortText: 2_000,
  components: 5_000,
  connections: 20_000,
  evidencePerItem: 50,
  /**
   * Largest distance of a position from the origin on either axis. Far beyond any real canvas
   * (sizes stop at 100,000); 1e308 overflowed the canvas into Infinity and NaN (issue 22 item 9).
   */
  position: 1_000_000,
} as const;

const POSITION_MESSAGE = `a position must be a number from -${LIMITS.position} to ${LIMITS.position}`;
/** One coordinate of a position. `z.number()` already refuses Infinity and NaN. */
const coordinate = () =>
  z
    .number()
    .check(z.gte(-LIMITS.position, { error: POSITION_MESSAGE }), z.lte(LIMITS.position, { error: POSITION_MESSAGE }));

const recordId = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/));
const isoDateTime = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/));
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
/** Text typed by users: shown as text everywhere, never as HTML. */
const userText = (max: number) => z.string().check(z.maxLength(max));
/** A date, or `''` for "not set". */
const isoDateOrEmpty = () => z.union([isoDate, z.literal('')]);

/** `null` means "unknown": the user has not said. It is never read as false or zero. */
export const AttributeValueSchema = z.union([
  z.string().check(z.maxLength(LIMITS.shortText)),
  z.number(),
  z.boolean(),
  z.null(),
]);
export const AttributesSchema = z.record(z.string().check(z.regex(/^[A-Za-z0-9._-]{1,64}$/)), AttributeValueSchema);

const ProvenanceSchema = () =>
  z.strictObject({ file: userText(LIMITS.name).check(z.minLength(1)), at: userText(LIMITS.shortText) });

export const ComponentSchema = z.strictObject({
  id: recordId,
  /** A component type id of the catalog (`guest-vm`, `passthrough-device`, ...). */
  type: z.string().check(z.regex(/^[A-Za-z0-9._-]{1,64}$/)),
  name: userText(LIMITS.name).check(z.minLength(1)),
  notes: userText(LIMITS.notes),
  /** Position relative to the parent when `parentId` is set, else absolute, each coordinate within ±`LIMITS.position`. */
  position: z.strictObject({ x: coordinate(), y: coordinate() }),
  /** Size of container components (hosts, trust boundaries). */
  size: z.optional(
    z.strictObject({
      width: z.number().check(z.positive(), z.lte(100_000)),
      height: z.number().check(z.positive(), z.lte(100_000)),
    }),
  ),
  /** Host or trust boundary this component sits in. */
  parentId: z.optional(recordId),
  attributes: AttributesSchema,
  /**
   * Where imported attribute values came from (issue 18): attribute id -> file and the XML path
   * or line in it. Optional: drawn components have none, and editing an attribute drops its entry.
   * No schemaVersion bump: every stored version-1 document stays valid unchanged (the field is
   * optional and additive), so there is nothing to migrate.
   */
  provenance: z.optional(z.record(z.string().check(z.regex(/^[A-Za-z0-9._-]{1,64}$/)), ProvenanceSchema())),
});

export const ConnectionSchema = z.strictObject({
  id: recordId,
  /** A connection type id of the catalog (`runs-on`, `device-assignment`, ...). */
  type: z.string().check(z.regex(/^[A-Za-z0-9._-]{1,64}$/)),
  source: recordId,
  target: recordId,
  label: userText(LIMITS.name),
  attributes: AttributesSchema,
  /** Where imported link attributes came from (issue 18), as for components; editing one drops it. */
  provenance: z.optional(z.record(z.string().check(z.regex(/^[A-Za-z0-9._-]{1,64}$/)), ProvenanceSchema())),
});

export const ASSESSMENT_STATUSES = [
  'not-reviewed',
  'implemented',
  'partially-implemented',
  'not-implemented',
  'not-applicable',
  'risk-accepted',
] as const;
export const AssessmentStatusSchema = z.enum(ASSESSMENT_STATUSES);

/** Most rule results one scan evidence item keeps (an item rarely maps to more than a few dozen rules). */
export const SCAN_RESULTS_PER_EVIDENCE = 200;

/**
 * A scanner report's results for one checklist item (issue 19), matched through a pack's
 * crosswalk. `suggested` is what the results point to; the status changes only when the user
 * accepts it (`acceptedAt`). Optional and additive like `provenance`: no schemaVersion bump.
 */
export const ScanEvidenceSchema = z.strictObject({
  scanner: userText(LIMITS.name).check(z.minLength(1)),
  format: z.enum(['xccdf', 'arf', 'ckl', 'cklb', 'lynis']),
  file: userText(LIMITS.name).check(z.minLength(1)),
  host: z.optional(userText(LIMITS.name)),
  /** As the report writes it (ISO 8601, or `YYYY-MM-DD HH:MM:SS` for Lynis). */
  date: z.optional(userText(64)),
  results: z
    .array(
      z.strictObject({
        ruleId: userText(300).check(z.minLength(1)),
        outcome: z.enum(['pass', 'fail', 'other']),
        raw: userText(64),
        /** The crosswalk id that matched (the rule id itself, a STIG V- number or a CCI). */
        matchedBy: userText(300),
        detail: z.optional(userText(LIMITS.shortText)),
      }),
    )
    .check(z.minLength(1), z.maxLength(SCAN_RESULTS_PER_EVIDENCE)),
  suggested: z.optional(z.enum(['implemented', 'not-implemented'])),
  acceptedAt: z.optional(isoDateTime),
});

export const EvidenceSchema = z.strictObject({
  id: recordId,
  kind: z.enum(['note', 'link', 'file', 'scan']),
  /** Note text, link URL (shown as text, opened only on an explicit click) or file name. */
  text: userText(LIMITS.shortText),
  /** For files: the blob key in the attachment store, its size and type. */
  blobId: z.optional(recordId),
  size: z.optional(z.number().check(z.int(), z.nonnegative())),
  mediaType: z.optional(z.string().check(z.maxLength(200))),
  /** For `scan`: the report's results for this item and the suggested status. */
  scan: z.optional(ScanEvidenceSchema),
  addedAt: isoDateTime,
});

/**
 * The assessor's record for one recommendation in one scope. The key in
 * `WorkbenchDocument.assessment` is `assessmentKey(recommendationId, scope)`, so state is keyed by
 * stable ids and survives model edits; an entry whose recommendation no longer applies is kept
 * and shown as orphaned.
 */
export const AssessmentEntrySchema = z.strictObject({
  recommendationId: z.string().check(z.regex(/^[A-Za-z0-9._-]{1,64}$/)),
  /** `platform` for the item as a whole, or a component id for a per-component status. */
  scope: z.union([z.literal('platform'), recordId]),
  status: AssessmentStatusSchema,
  justification: userText(LIMITS.notes),
  evidence: z.array(EvidenceSchema).check(z.maxLength(LIMITS.evidencePerItem)),
  owner: userText(LIMITS.name),
  dueDate: isoDateOrEmpty(),
  verifiedBy: userText(LIMITS.name),
  verifiedAt: isoDateOrEmpty(),
  /** Risk acceptance: who approved, when, and until when. Required for `risk-accepted`. */
  approver: userText(LIMITS.name),
  approvedAt: isoDateOrEmpty(),
  expiresAt: isoDateOrEmpty(),
  comments: userText(LIMITS.notes),
  updatedAt: isoDateTime,
});

export const TAILORING_DECISIONS = ['scoped-out', 'reprioritised'] as const;
export const TAILORING_PRIORITIES = ['high', 'medium', 'low'] as const;

/**
 * Tailoring (issue 19): one project's decision to scope a checklist item out or give it another
 * priority. Justification and approver are required (checked by `checklist/tailoring.ts` with a
 * readable message, and here so a hand-edited file cannot carry an unjustified decision).
 */
export const TailoringDecisionSchema = z.strictObject({
  recommendationId: z.string().check(z.regex(/^[A-Za-z0-9._-]{1,64}$/)),
  decision: z.enum(TAILORING_DECISIONS),
  /** Set for `reprioritised`: the priority the item is ranked at instead of its computed risk. */
  priority: z.optional(z.enum(TAILORING_PRIORITIES)),
  justification: userText(LIMITS.notes).check(z.minLength(1)),
  approver: userText(LIMITS.name).check(z.minLength(1)),
  decidedAt: isoDateTime,
});

export const ScopeSchema = z.strictObject({
  assessor: userText(LIMITS.name),
  organisation: userText(LIMITS.name),
  description: userText(LIMITS.notes),
  assumptions: userText(LIMITS.notes),
});

/** Limits of a workshop record (a long day of workshops stays far below them). */
export const WORKSHOP_LIMITS = {
  participants: 100,
  steps: 20,
  itemsPerStep: 200,
  logEntries: 5_000,
  parkingLot: 500,
  timeboxMinutes: 480,
} as const;

export const WORKSHOP_ROLES = ['facilitator', 'scribe', 'participant'] as const;
export const WorkshopParticipantSchema = z.strictObject({
  id: recordId,
  name: userText(LIMITS.name).check(z.minLength(1)),
  role: z.enum(WORKSHOP_ROLES),
});

/**
 * One agenda step. Its items (recommendation ids) are fixed when the workshop starts, so the
 * walk-through stays stable while the model is edited; the step's components, tasks and
 * threats are derived from the model when shown.
 */
export const WorkshopStepSchema = z.strictObject({
  id: recordId,
  /** `baseline-function`: one HY-BF; `pack`: the items of one pack (`packId`); `platform`: items with no function (HY-SR-1). */
  kind: z.enum(['baseline-function', 'pack', 'platform']),
  baselineFunctionId: z.optional(z.string().check(z.regex(/^HY-BF[1-5]$/))),
  packId: z.optional(z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{1,30}$/))),
  title: userText(LIMITS.name).check(z.minLength(1)),
  timeboxMinutes: z.number().check(z.int(), z.gte(1), z.lte(WORKSHOP_LIMITS.timeboxMinutes)),
  /** Time spent in the step on earlier visits; the current visit runs from `currentStepEnteredAt`. */
  spentSeconds: z.number().check(z.int(), z.nonnegative()),
  items: z.array(z.string().check(z.regex(/^[A-Za-z0-9._-]{1,64}$/))).check(z.maxLength(WORKSHOP_LIMITS.itemsPerStep)),
});

/** A decision, action or open question, with who recorded it and when. */
/** Checklist fields a workshop decision changed, on one side of the change (only those that differ). */
export const DecisionFieldsSchema = z.strictObject({
  status: z.optional(AssessmentStatusSchema),
  owner: z.optional(userText(LIMITS.name)),
  dueDate: z.optional(isoDateOrEmpty()),
  justification: z.optional(userText(LIMITS.notes)),
  approver: z.optional(userText(LIMITS.name)),
  approvedAt: z.optional(isoDateOrEmpty()),
  expiresAt: z.optional(isoDateOrEmpty()),
});

export const WorkshopLogEntrySchema = z.strictObject({
  id: recordId,
  stepId: recordId,
  /** The recommendation discussed, when the entry is about one. */
  itemId: z.optional(z.string().check(z.regex(/^[A-Za-z0-9._-]{1,64}$/))),
  kind: z.enum(['decision', 'action', 'question']),
  text: userText(LIMITS.shortText),
  /** Decisions: the status agreed for the item (written to the checklist as well). */
  status: z.optional(AssessmentStatusSchema),
  owner: z.optional(userText(LIMITS.name)),
  dueDate: z.optional(isoDate),
  /** Risk acceptances decided in the room: who approved and until when (also written to the checklist). */
  approver: z.optional(userText(LIMITS.name)),
  expiresAt: z.optional(isoDate),
  /** Questions: answered later in the workshop. */
  resolved: z.optional(z.boolean()),
  /**
   * Decisions: the change they made to the item's checklist entry, read from the command's
   * record-level diff (the comment note the decision appends is left out), so the log can be
   * reviewed later without the undo history. Absent in entries recorded before it existed.
   */
  change: z.optional(z.strictObject({ before: DecisionFieldsSchema, after: DecisionFieldsSchema })),
  /** Participant id. */
  by: recordId,
  at: isoDateTime,
});

export const ParkedTopicSchema = z.strictObject({
  id: recordId,
  stepId: recordId,
  text: userText(LIMITS.shortText),
  by: recordId,
  at: isoDateTime,
  resolved: z.boolean(),
});

const nonNegativeInt = () => z.number().check(z.int(), z.nonnegative());

/** What was agreed, frozen when the workshop ends so later edits do not rewrite the record. */
export const WorkshopSummarySchema = z.strictObject({
  generatedAt: isoDateTime,
  durationMinutes: nonNegativeInt(),
  attendance: z
    .array(
      z.strictObject({ name: userText(LIMITS.name), role: z.enum(WORKSHOP_ROLES), contributions: nonNegativeInt() }),
    )
    .check(z.maxLength(WORKSHOP_LIMITS.participants)),
  decisions: z
    .array(
      z.strictObject({
        itemId: z.string().check(z.maxLength(64)),
        itemTitle: userText(LIMITS.name),
        step: userText(LIMITS.name),
        status: z.optional(AssessmentStatusSchema),
        text: userText(LIMITS.shortText),
        owner: userText(LIMITS.name),
        dueDate: isoDateOrEmpty(),
        /** Risk acceptances: who approved and until when. */
        approver: z.optional(userText(LIMITS.name)),
        expiresAt: z.optional(isoDate),
        by: userText(LIMITS.name),
        at: isoDateTime,
      }),
    )
    .check(z.maxLength(WORKSHOP_LIMITS.logEntries)),
  actions: z
    .array(
      z.strictObject({
        itemId: z.string().check(z.maxLength(64)),
        step: userText(LIMITS.name),
        text: userText(LIMITS.shortText),
        owner: userText(LIMITS.name),
        dueDate: isoDateOrEmpty(),
        by: userText(LIMITS.name),
        at: isoDateTime,
      }),
    )
    .check(z.maxLength(WORKSHOP_LIMITS.logEntries)),
  openQuestions: z
    .array(
      z.strictObject({
        itemId: z.string().check(z.maxLength(64)),
        step: userText(LIMITS.name),
        text: userText(LIMITS.shortText),
        by: userText(LIMITS.name),
        at: isoDateTime,
      }),
    )
    .check(z.maxLength(WORKSHOP_LIMITS.logEntries)),
  parkedTopics: z
    .array(z.strictObject({ step: userText(LIMITS.name), text: userText(LIMITS.shortText), by: userText(LIMITS.name) }))
    .check(z.maxLength(WORKSHOP_LIMITS.parkingLot)),
  stepsCovered: z
    .array(
      z.strictObject({
        title: userText(LIMITS.name),
        timeboxMinutes: z.number().check(z.int()),
        spentMinutes: nonNegativeInt(),
      }),
    )
    .check(z.maxLength(WORKSHOP_LIMITS.steps)),
});

/**
 * A facilitated session over the model (issue 9). At most one workshop of a document runs
 * (has `startedAt` and no `endedAt`) at a time. Everything lives in the document, so a reload
 * in the middle of a workshop resumes it where it was.
 */
export const WorkshopSchema = z.strictObject({
  id: recordId,
  title: userText(LIMITS.name).check(z.minLength(1)),
  startedAt: isoDateTime,
  endedAt: z.optional(isoDateTime),
  participants: z.record(recordId, WorkshopParticipantSchema),
  agenda: z.array(WorkshopStepSchema).check(z.minLength(1), z.maxLength(WORKSHOP_LIMITS.steps)),
  currentStepId: recordId,
  /** The recommendation being discussed in the current step, if any. */
  currentItemId: z.optional(z.string().check(z.regex(/^[A-Za-z0-9._-]{1,64}$/))),
  currentStepEnteredAt: isoDateTime,
  log: z.record(recordId, WorkshopLogEntrySchema),
  parkingLot: z.record(recordId, ParkedTopicSchema),
  /** Facilitator's notes per step id: shown to the facilitator only, never to the presenter view. */
  privateNotes: z.record(recordId, userText(LIMITS.notes)),
  summary: z.optional(WorkshopSummarySchema),
});

export const DocumentSchema = z.strictObject({
  /** Editors' JSON Schema pointer; allowed so templates and exports validate in an editor. */
  $schema: z.optional(z.string().check(z.maxLength(300))),
  format: z.literal(DOCUMENT_FORMAT),
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id: recordId,
  name: userText(LIMITS.name).check(z.minLength(1)),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  catalog: z.strictObject({ id: z.string().check(z.maxLength(64)), version: z.string().check(z.maxLength(20)) }),
  scope: ScopeSchema,
  components: z.record(recordId, ComponentSchema),
  connections: z.record(recordId, ConnectionSchema),
  assessment: z.record(z.string().check(z.maxLength(140)), AssessmentEntrySchema),
  /** Workshop sessions held on this project (see the workshop feature). */
  workshops: z._default(z.record(recordId, WorkshopSchema), {}),
  /**
   * The installed packs (src/domain/packs) this project was assessed with, id and version.
   * Kept when a pack is later removed, so opening the project can say which one is missing.
   */
  packs: z.optional(
    z
      .array(
        z.strictObject({
          id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{1,30}$/)),
          version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/)),
        }),
      )
      .check(z.maxLength(50)),
  ),
  /**
   * Packs removed for this project only (bundled packs are composed in by default; see
   * src/domain/packs/bundledPacks.ts). Their items leave the checklist, reports and agenda;
   * their assessment entries stay in `assessment`, so adding the pack again restores them.
   */
  removedPacks: z.optional(z.array(z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{1,30}$/))).check(z.maxLength(50))),
  /**
   * Tailoring decisions by recommendation id (issue 19). No schemaVersion bump, as for `packs`
   * and `provenance`: the field is optional and additive, so every stored version-1 document
   * stays valid unchanged and there is nothing to migrate.
   */
  tailoring: z.optional(z.record(z.string().check(z.regex(/^[A-Za-z0-9._-]{1,64}$/)), TailoringDecisionSchema)),
});

export type AttributeValue = z.infer<typeof AttributeValueSchema>;
export type Attributes = z.infer<typeof AttributesSchema>;
export type Component = z.infer<typeof ComponentSchema>;
export type AttributeProvenance = NonNullable<Component['provenance']>[string];
export type Connection = z.infer<typeof ConnectionSchema>;
export type AssessmentStatus = z.infer<typeof AssessmentStatusSchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type ScanEvidence = z.infer<typeof ScanEvidenceSchema>;
export type AssessmentEntry = z.infer<typeof AssessmentEntrySchema>;
export type Scope = z.infer<typeof ScopeSchema>;
export type TailoringDecision = z.infer<typeof TailoringDecisionSchema>;
export type TailoringPriority = (typeof TAILORING_PRIORITIES)[number];
export type WorkbenchDocument = z.infer<typeof DocumentSchema>;
export type WorkshopRole = (typeof WORKSHOP_ROLES)[number];
export type WorkshopParticipant = z.infer<typeof WorkshopParticipantSchema>;
export type WorkshopStep = z.infer<typeof WorkshopStepSchema>;
export type WorkshopLogEntry = z.infer<typeof WorkshopLogEntrySchema>;
export type ParkedTopic = z.infer<typeof ParkedTopicSchema>;
export type WorkshopSummary = z.infer<typeof WorkshopSummarySchema>;
export type Workshop = z.infer<typeof WorkshopSchema>;

/** Key of an assessment entry: the recommendation id alone, or `id@componentId` for one component. */
export function assessmentKey(recommendationId: string, scope: 'platform' | string): string {
  return scope === 'platform' ? recommendationId : `${recommendationId}@${scope}`;
}
