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
export const CURRENT_SCHEMA_VERSION = 1;

/** Limits that keep hostile files from exhausting memory or the UI. */
export const LIMITS = {
  name: 200,
  notes: 10_000,
  shortText: 2_000,
  components: 5_000,
  connections: 20_000,
  evidencePerItem: 50,
} as const;

const recordId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const isoDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** Text typed by users: shown as text everywhere, never as HTML. */
const userText = (max: number) => z.string().max(max);

/** `null` means "unknown": the user has not said. It is never read as false or zero. */
export const AttributeValueSchema = z.union([z.string().max(LIMITS.shortText), z.number(), z.boolean(), z.null()]);
export const AttributesSchema = z.record(z.string().regex(/^[A-Za-z0-9._-]{1,64}$/), AttributeValueSchema);

export const ComponentSchema = z
  .object({
    id: recordId,
    /** A component type id of the catalog (`guest-vm`, `passthrough-device`, ...). */
    type: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/),
    name: userText(LIMITS.name).min(1),
    notes: userText(LIMITS.notes),
    /** Position relative to the parent when `parentId` is set, else absolute. */
    position: z.object({ x: z.number().finite(), y: z.number().finite() }).strict(),
    /** Size of container components (hosts, trust boundaries). */
    size: z.object({ width: z.number().positive().max(100_000), height: z.number().positive().max(100_000) }).strict().optional(),
    /** Host or trust boundary this component sits in. */
    parentId: recordId.optional(),
    attributes: AttributesSchema,
  })
  .strict();

export const ConnectionSchema = z
  .object({
    id: recordId,
    /** A connection type id of the catalog (`runs-on`, `device-assignment`, ...). */
    type: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/),
    source: recordId,
    target: recordId,
    label: userText(LIMITS.name),
    attributes: AttributesSchema,
  })
  .strict();

export const ASSESSMENT_STATUSES = [
  'not-reviewed',
  'implemented',
  'partially-implemented',
  'not-implemented',
  'not-applicable',
  'risk-accepted',
] as const;
export const AssessmentStatusSchema = z.enum(ASSESSMENT_STATUSES);

export const EvidenceSchema = z
  .object({
    id: recordId,
    kind: z.enum(['note', 'link', 'file']),
    /** Note text, link URL (shown as text, opened only on an explicit click) or file name. */
    text: userText(LIMITS.shortText),
    /** For files: the blob key in the attachment store, its size and type. */
    blobId: recordId.optional(),
    size: z.number().int().nonnegative().optional(),
    mediaType: z.string().max(200).optional(),
    addedAt: isoDateTime,
  })
  .strict();

/**
 * The assessor's record for one recommendation in one scope. The key in
 * `WorkbenchDocument.assessment` is `assessmentKey(recommendationId, scope)`, so state is keyed by
 * stable ids and survives model edits; an entry whose recommendation no longer applies is kept
 * and shown as orphaned.
 */
export const AssessmentEntrySchema = z
  .object({
    recommendationId: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/),
    /** `platform` for the item as a whole, or a component id for a per-component status. */
    scope: z.union([z.literal('platform'), recordId]),
    status: AssessmentStatusSchema,
    justification: userText(LIMITS.notes),
    evidence: z.array(EvidenceSchema).max(LIMITS.evidencePerItem),
    owner: userText(LIMITS.name),
    dueDate: isoDate.or(z.literal('')),
    verifiedBy: userText(LIMITS.name),
    verifiedAt: isoDate.or(z.literal('')),
    /** Risk acceptance: who approved, when, and until when. Required for `risk-accepted`. */
    approver: userText(LIMITS.name),
    approvedAt: isoDate.or(z.literal('')),
    expiresAt: isoDate.or(z.literal('')),
    comments: userText(LIMITS.notes),
    updatedAt: isoDateTime,
  })
  .strict();

export const ScopeSchema = z
  .object({
    assessor: userText(LIMITS.name),
    organisation: userText(LIMITS.name),
    description: userText(LIMITS.notes),
    assumptions: userText(LIMITS.notes),
  })
  .strict();

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
export const WorkshopParticipantSchema = z
  .object({ id: recordId, name: userText(LIMITS.name).min(1), role: z.enum(WORKSHOP_ROLES) })
  .strict();

/**
 * One agenda step. Its items (recommendation ids) are fixed when the workshop starts, so the
 * walk-through stays stable while the model is edited; the step's components, tasks and
 * threats are derived from the model when shown.
 */
export const WorkshopStepSchema = z
  .object({
    id: recordId,
    /** `baseline-function`: one HY-BF; `virtual-network`: the SP 800-125B pack; `platform`: items with no function (HY-SR-1). */
    kind: z.enum(['baseline-function', 'virtual-network', 'platform']),
    baselineFunctionId: z.string().regex(/^HY-BF[1-5]$/).optional(),
    title: userText(LIMITS.name).min(1),
    timeboxMinutes: z.number().int().min(1).max(WORKSHOP_LIMITS.timeboxMinutes),
    /** Time spent in the step on earlier visits; the current visit runs from `currentStepEnteredAt`. */
    spentSeconds: z.number().int().nonnegative(),
    items: z.array(z.string().regex(/^[A-Za-z0-9._-]{1,64}$/)).max(WORKSHOP_LIMITS.itemsPerStep),
  })
  .strict();

/** A decision, action or open question, with who recorded it and when. */
export const WorkshopLogEntrySchema = z
  .object({
    id: recordId,
    stepId: recordId,
    /** The recommendation discussed, when the entry is about one. */
    itemId: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/).optional(),
    kind: z.enum(['decision', 'action', 'question']),
    text: userText(LIMITS.shortText),
    /** Decisions: the status agreed for the item (written to the checklist as well). */
    status: AssessmentStatusSchema.optional(),
    owner: userText(LIMITS.name).optional(),
    dueDate: isoDate.optional(),
    /** Risk acceptances decided in the room: who approved and until when (also written to the checklist). */
    approver: userText(LIMITS.name).optional(),
    expiresAt: isoDate.optional(),
    /** Questions: answered later in the workshop. */
    resolved: z.boolean().optional(),
    /** Participant id. */
    by: recordId,
    at: isoDateTime,
  })
  .strict();

export const ParkedTopicSchema = z
  .object({
    id: recordId,
    stepId: recordId,
    text: userText(LIMITS.shortText),
    by: recordId,
    at: isoDateTime,
    resolved: z.boolean(),
  })
  .strict();

/** What was agreed, frozen when the workshop ends so later edits do not rewrite the record. */
export const WorkshopSummarySchema = z
  .object({
    generatedAt: isoDateTime,
    durationMinutes: z.number().int().nonnegative(),
    attendance: z
      .array(z.object({ name: userText(LIMITS.name), role: z.enum(WORKSHOP_ROLES), contributions: z.number().int().nonnegative() }).strict())
      .max(WORKSHOP_LIMITS.participants),
    decisions: z
      .array(
        z
          .object({
            itemId: z.string().max(64),
            itemTitle: userText(LIMITS.name),
            step: userText(LIMITS.name),
            status: AssessmentStatusSchema.optional(),
            text: userText(LIMITS.shortText),
            owner: userText(LIMITS.name),
            dueDate: isoDate.or(z.literal('')),
            /** Risk acceptances: who approved and until when. */
            approver: userText(LIMITS.name).optional(),
            expiresAt: isoDate.optional(),
            by: userText(LIMITS.name),
            at: isoDateTime,
          })
          .strict(),
      )
      .max(WORKSHOP_LIMITS.logEntries),
    actions: z
      .array(
        z
          .object({
            itemId: z.string().max(64),
            step: userText(LIMITS.name),
            text: userText(LIMITS.shortText),
            owner: userText(LIMITS.name),
            dueDate: isoDate.or(z.literal('')),
            by: userText(LIMITS.name),
            at: isoDateTime,
          })
          .strict(),
      )
      .max(WORKSHOP_LIMITS.logEntries),
    openQuestions: z
      .array(z.object({ itemId: z.string().max(64), step: userText(LIMITS.name), text: userText(LIMITS.shortText), by: userText(LIMITS.name), at: isoDateTime }).strict())
      .max(WORKSHOP_LIMITS.logEntries),
    parkedTopics: z.array(z.object({ step: userText(LIMITS.name), text: userText(LIMITS.shortText), by: userText(LIMITS.name) }).strict()).max(WORKSHOP_LIMITS.parkingLot),
    stepsCovered: z.array(z.object({ title: userText(LIMITS.name), timeboxMinutes: z.number().int(), spentMinutes: z.number().int().nonnegative() }).strict()).max(WORKSHOP_LIMITS.steps),
  })
  .strict();

/**
 * A facilitated session over the model (issue 9). At most one workshop of a document runs
 * (has `startedAt` and no `endedAt`) at a time. Everything lives in the document, so a reload
 * in the middle of a workshop resumes it where it was.
 */
export const WorkshopSchema = z
  .object({
    id: recordId,
    title: userText(LIMITS.name).min(1),
    startedAt: isoDateTime,
    endedAt: isoDateTime.optional(),
    participants: z.record(recordId, WorkshopParticipantSchema),
    agenda: z.array(WorkshopStepSchema).min(1).max(WORKSHOP_LIMITS.steps),
    currentStepId: recordId,
    /** The recommendation being discussed in the current step, if any. */
    currentItemId: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/).optional(),
    currentStepEnteredAt: isoDateTime,
    log: z.record(recordId, WorkshopLogEntrySchema),
    parkingLot: z.record(recordId, ParkedTopicSchema),
    /** Facilitator's notes per step id: shown to the facilitator only, never to the presenter view. */
    privateNotes: z.record(recordId, userText(LIMITS.notes)),
    summary: WorkshopSummarySchema.optional(),
  })
  .strict();

export const DocumentSchema = z
  .object({
    /** Editors' JSON Schema pointer; allowed so templates and exports validate in an editor. */
    $schema: z.string().max(300).optional(),
    format: z.literal(DOCUMENT_FORMAT),
    schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
    id: recordId,
    name: userText(LIMITS.name).min(1),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
    catalog: z.object({ id: z.string().max(64), version: z.string().max(20) }).strict(),
    scope: ScopeSchema,
    components: z.record(recordId, ComponentSchema),
    connections: z.record(recordId, ConnectionSchema),
    assessment: z.record(z.string().max(140), AssessmentEntrySchema),
    /** Workshop sessions held on this project (see the workshop feature). */
    workshops: z.record(recordId, WorkshopSchema).default({}),
  })
  .strict();

export type AttributeValue = z.infer<typeof AttributeValueSchema>;
export type Attributes = z.infer<typeof AttributesSchema>;
export type Component = z.infer<typeof ComponentSchema>;
export type Connection = z.infer<typeof ConnectionSchema>;
export type AssessmentStatus = z.infer<typeof AssessmentStatusSchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type AssessmentEntry = z.infer<typeof AssessmentEntrySchema>;
export type Scope = z.infer<typeof ScopeSchema>;
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
