/**
 * Pure operations on the assessment record of a document. Entries are keyed by
 * `assessmentKey(recommendationId, scope)`: stable catalog ids and component ids, never
 * positions, so model edits (adding, moving, removing components) never touch them. A
 * removed component's entries stay in the document and are shown as orphaned; only
 * `clearAssessment`, an explicit user action, removes an entry.
 */
import { assessmentKey, type AssessmentEntry, type Evidence, type WorkbenchDocument } from '../model/schema';
import { own } from '../model/ownEntry';

/** `platform` for the recommendation as a whole, or a component id. */
export type AssessmentScope = 'platform' | string;

/** The editable fields of an entry (ids, scope and `updatedAt` are managed here). */
export type AssessmentPatch = Partial<Omit<AssessmentEntry, 'recommendationId' | 'scope' | 'updatedAt'>>;

/** A fresh entry: not reviewed, every text empty. `now` is an ISO date-time (injected clock). */
export function emptyAssessmentEntry(recommendationId: string, scope: AssessmentScope, now: string): AssessmentEntry {
  return {
    recommendationId,
    scope,
    status: 'not-reviewed',
    justification: '',
    evidence: [],
    owner: '',
    dueDate: '',
    verifiedBy: '',
    verifiedAt: '',
    approver: '',
    approvedAt: '',
    expiresAt: '',
    comments: '',
    updatedAt: now,
  };
}

/** The saved entry for (recommendation, scope), if any. */
export function getAssessment(
  doc: WorkbenchDocument,
  recommendationId: string,
  scope: AssessmentScope,
): AssessmentEntry | undefined {
  return own(doc.assessment, assessmentKey(recommendationId, scope));
}

/**
 * Creates or updates the entry for (recommendation, scope) with `patch`, stamping `updatedAt`
 * on the entry and the document with `now`. Returns a new document; `doc` is not changed.
 * Fields absent from `patch` keep their saved values.
 */
export function setAssessment(
  doc: WorkbenchDocument,
  recommendationId: string,
  scope: AssessmentScope,
  patch: AssessmentPatch,
  now: string,
): WorkbenchDocument {
  const key = assessmentKey(recommendationId, scope);
  const base = own(doc.assessment, key) ?? emptyAssessmentEntry(recommendationId, scope, now);
  const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as AssessmentPatch;
  const entry: AssessmentEntry = { ...base, ...defined, recommendationId, scope, updatedAt: now };
  return { ...doc, updatedAt: now, assessment: { ...doc.assessment, [key]: entry } };
}

/** Sets only the status (shorthand for the checklist's status menu). */
export function setAssessmentStatus(
  doc: WorkbenchDocument,
  recommendationId: string,
  scope: AssessmentScope,
  status: AssessmentEntry['status'],
  now: string,
): WorkbenchDocument {
  return setAssessment(doc, recommendationId, scope, { status }, now);
}

/** Removes the entry for (recommendation, scope): an explicit user action. No-op when absent. */
export function clearAssessment(
  doc: WorkbenchDocument,
  recommendationId: string,
  scope: AssessmentScope,
  now: string,
): WorkbenchDocument {
  const key = assessmentKey(recommendationId, scope);
  if (!Object.hasOwn(doc.assessment, key)) return doc;
  const { [key]: _removed, ...rest } = doc.assessment;
  return { ...doc, updatedAt: now, assessment: rest };
}

/** Appends evidence (its id comes from the caller's id factory); replaces one with the same id. */
export function addEvidence(
  doc: WorkbenchDocument,
  recommendationId: string,
  scope: AssessmentScope,
  evidence: Evidence,
  now: string,
): WorkbenchDocument {
  const current = getAssessment(doc, recommendationId, scope)?.evidence ?? [];
  return setAssessment(
    doc,
    recommendationId,
    scope,
    { evidence: [...current.filter((e) => e.id !== evidence.id), evidence] },
    now,
  );
}

/** Removes one evidence item by id. No-op when the entry or the item is absent. */
export function removeEvidence(
  doc: WorkbenchDocument,
  recommendationId: string,
  scope: AssessmentScope,
  evidenceId: string,
  now: string,
): WorkbenchDocument {
  const current = getAssessment(doc, recommendationId, scope);
  if (!current || !current.evidence.some((e) => e.id === evidenceId)) return doc;
  return setAssessment(
    doc,
    recommendationId,
    scope,
    { evidence: current.evidence.filter((e) => e.id !== evidenceId) },
    now,
  );
}

/**
 * Moves an entry to another scope (e.g. an orphaned per-component status onto the component
 * that replaced it, or onto `platform`). Refuses to overwrite an existing entry: returns `doc`.
 */
export function moveAssessment(
  doc: WorkbenchDocument,
  recommendationId: string,
  from: AssessmentScope,
  to: AssessmentScope,
  now: string,
): WorkbenchDocument {
  const fromKey = assessmentKey(recommendationId, from);
  const toKey = assessmentKey(recommendationId, to);
  const entry = own(doc.assessment, fromKey);
  if (!entry || fromKey === toKey || Object.hasOwn(doc.assessment, toKey)) return doc;
  const { [fromKey]: _moved, ...rest } = doc.assessment;
  return { ...doc, updatedAt: now, assessment: { ...rest, [toKey]: { ...entry, scope: to, updatedAt: now } } };
}
