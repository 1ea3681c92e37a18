/**
 * The assessor's workflow rules, as pure functions: which fields a status requires, how an
 * entry is checked before it is saved, how links and attachments are vetted, and how an item
 * switches between one status for all its components and a status per component.
 *
 * The storage operations themselves are the engine's (`assessmentOps.ts`); this module only
 * decides whether a change is acceptable and composes those operations.
 */
import {
  assessmentKey,
  LIMITS,
  type AssessmentEntry,
  type AssessmentStatus,
  type Evidence,
  type WorkbenchDocument,
} from '../model/schema';
import {
  clearAssessment,
  emptyAssessmentEntry,
  setAssessment,
  type AssessmentPatch,
  type AssessmentScope,
} from './assessmentOps';
import { isOpenStatus, STATUS_LABELS, worstStatus } from './status';
import { own } from '../model/ownEntry';

// Labels and attachment limits live apart so the first page can use them without this module.
export { STATUS_LABELS } from './status';
export { checkAttachment, formatBytes, MAX_ATTACHMENT_BYTES } from './attachmentLimits';

/** Field names of an entry the workflow can complain about. */
export type EntryField = keyof Pick<
  AssessmentEntry,
  | 'status'
  | 'justification'
  | 'approver'
  | 'approvedAt'
  | 'expiresAt'
  | 'dueDate'
  | 'verifiedBy'
  | 'verifiedAt'
  | 'owner'
  | 'comments'
>;

/** One reason an entry cannot be saved, tied to the field to fix. */
export interface EntryProblem {
  field: EntryField;
  message: string;
}

/** The fields an assessor must fill for `status` (beyond the status itself). */
export function requiredFields(status: AssessmentStatus): EntryField[] {
  if (status === 'not-applicable') return ['justification'];
  if (status === 'risk-accepted') return ['justification', 'approver', 'approvedAt', 'expiresAt'];
  return [];
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a real calendar date written `YYYY-MM-DD` (rejects 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const FIELD_NAMES: Record<EntryField, string> = {
  status: 'Status',
  justification: 'Justification',
  approver: 'Approver',
  approvedAt: 'Approval date',
  expiresAt: 'Expiry date',
  dueDate: 'Due date',
  verifiedBy: 'Verified by',
  verifiedAt: 'Verification date',
  owner: 'Owner',
  comments: 'Comments',
};

/** The name of a field as shown next to it, for messages. */
export function fieldName(field: EntryField): string {
  return FIELD_NAMES[field];
}

/**
 * Checks an entry as it would be saved. Returns every problem (empty when it may be saved):
 * - `not-applicable` needs a justification (why it does not apply here, despite the model);
 * - `risk-accepted` needs a justification, an approver, an approval date and an expiry date
 *   after the approval date: an acceptance without an end is a permanent exception;
 * - every date present must be a real calendar date;
 * - a verification date without a verifier (or the reverse) is incomplete.
 */
export function validateEntry(entry: Pick<AssessmentEntry, EntryField>): EntryProblem[] {
  const problems: EntryProblem[] = [];
  for (const field of requiredFields(entry.status)) {
    if (entry[field].trim() === '') {
      problems.push({
        field,
        message: `${FIELD_NAMES[field]} is required when the status is “${STATUS_LABELS[entry.status]}”.`,
      });
    }
  }
  for (const field of ['dueDate', 'verifiedAt', 'approvedAt', 'expiresAt'] as const) {
    const value = entry[field];
    if (value !== '' && !isCalendarDate(value)) {
      problems.push({ field, message: `${FIELD_NAMES[field]} “${value}” is not a date (use YYYY-MM-DD).` });
    }
  }
  if (
    entry.status === 'risk-accepted' &&
    isCalendarDate(entry.approvedAt) &&
    isCalendarDate(entry.expiresAt) &&
    entry.expiresAt <= entry.approvedAt
  ) {
    problems.push({ field: 'expiresAt', message: 'Expiry date must be after the approval date.' });
  }
  if (entry.verifiedAt !== '' && entry.verifiedBy.trim() === '') {
    problems.push({ field: 'verifiedBy', message: 'Say who verified it, or clear the verification date.' });
  }
  if (entry.verifiedBy.trim() !== '' && entry.verifiedAt === '') {
    problems.push({ field: 'verifiedAt', message: 'Give the verification date, or clear Verified by.' });
  }
  return problems;
}

/** Whether a risk acceptance has run out on `today` (`YYYY-MM-DD`): it must be decided again. */
export function isAcceptanceExpired(entry: Pick<AssessmentEntry, 'status' | 'expiresAt'>, today: string): boolean {
  return entry.status === 'risk-accepted' && entry.expiresAt !== '' && entry.expiresAt <= today;
}

/** Whether an open item's due date has passed on `today`. */
export function isOverdue(entry: Pick<AssessmentEntry, 'status' | 'dueDate'>, today: string): boolean {
  return isOpenStatus(entry.status) && entry.dueDate !== '' && entry.dueDate < today;
}

/**
 * Vets a link given as evidence. Only absolute `http:` and `https:` URLs are accepted, so a
 * `javascript:` or `data:` link can never be stored and later opened.
 */
export function checkEvidenceLink(raw: string): { ok: true; url: string } | { ok: false; message: string } {
  const text = raw.trim();
  if (text === '') return { ok: false, message: 'Enter a link starting with https:// or http://.' };
  if (text.length > 2000) return { ok: false, message: 'The link is longer than 2,000 characters.' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return {
      ok: false,
      message: `“${text.slice(0, 80)}” is not a web address (it must start with https:// or http://).`,
    };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, message: `Only http and https links are accepted, not “${url.protocol}”.` };
  }
  return { ok: true, url: url.href };
}

/** Where a status change goes: one recommendation in one scope. */
export interface AssessmentTarget {
  recommendationId: string;
  scope: AssessmentScope;
}

/**
 * Applies one patch to many (recommendation, scope) pairs, refusing the whole change when any
 * resulting entry would be invalid (so a bulk change is all or nothing, and one undo step).
 * Returns the new document, or the problems of the first invalid entry with its target.
 * Entries are merged as `setAssessment` merges them, but into one copy of the record:
 * calling `setAssessment` per target copies the whole record each time, which is quadratic
 * (37 s for 5,000 targets).
 */
export function applyToTargets(
  doc: WorkbenchDocument,
  targets: readonly AssessmentTarget[],
  patch: AssessmentPatch,
  now: string,
): { ok: true; document: WorkbenchDocument } | { ok: false; target: AssessmentTarget; problems: EntryProblem[] } {
  const defined = definedOnly(patch);
  const assessment = { ...doc.assessment };
  for (const target of targets) {
    const key = assessmentKey(target.recommendationId, target.scope);
    const current = assessment[key] ?? emptyAssessmentEntry(target.recommendationId, target.scope, now);
    const entry: AssessmentEntry = {
      ...current,
      ...defined,
      recommendationId: target.recommendationId,
      scope: target.scope,
      updatedAt: now,
    };
    const problems = validateEntry(entry);
    if (problems.length > 0) return { ok: false, target, problems };
    assessment[key] = entry;
  }
  return { ok: true, document: targets.length === 0 ? doc : { ...doc, updatedAt: now, assessment } };
}

function definedOnly(patch: AssessmentPatch): AssessmentPatch {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as AssessmentPatch;
}

/** Whether an item is assessed per component (component entries and no platform entry). */
export function isAssessedPerComponent(
  doc: WorkbenchDocument,
  recommendationId: string,
  components: readonly string[],
): boolean {
  if (own(doc.assessment, assessmentKey(recommendationId, 'platform'))) return false;
  return components.some((c) => own(doc.assessment, assessmentKey(recommendationId, c)) !== undefined);
}

/**
 * Switches an item to a status per component: each component gets a copy of the platform
 * entry (status, texts, evidence), and the platform entry is removed, because the engine lets
 * a platform entry override every component. Without a platform entry each component starts
 * as not reviewed. Lossless; one document change.
 */
export function splitPerComponent(
  doc: WorkbenchDocument,
  recommendationId: string,
  components: readonly string[],
  now: string,
): WorkbenchDocument {
  const platform = own(doc.assessment, assessmentKey(recommendationId, 'platform'));
  let next = doc;
  for (const componentId of components) {
    if (own(next.assessment, assessmentKey(recommendationId, componentId))) continue;
    const {
      recommendationId: _r,
      scope: _s,
      updatedAt: _u,
      ...fields
    } = platform ?? emptyAssessmentEntry(recommendationId, componentId, now);
    next = setAssessment(next, recommendationId, componentId, fields, now);
  }
  return platform ? clearAssessment(next, recommendationId, 'platform', now) : next;
}

/**
 * Joins the per-component entries of an item back into one platform entry and removes them.
 * Nothing is dropped: the status is the worst of the components (an unassessed component
 * counts as not reviewed); texts that differ are kept, each prefixed with its component's
 * name; evidence is the union; the due and expiry dates are the earliest, the approval and
 * verification dates the latest. Refused (with a message) when the joined record would
 * exceed the document's limits, rather than cutting anything off.
 */
export function mergeToPlatform(
  doc: WorkbenchDocument,
  recommendationId: string,
  components: readonly { id: string; name: string }[],
  now: string,
): { ok: true; document: WorkbenchDocument } | { ok: false; message: string } {
  const entries = components
    .map((c) => ({ name: c.name, entry: own(doc.assessment, assessmentKey(recommendationId, c.id)) }))
    .filter((e): e is { name: string; entry: AssessmentEntry } => e.entry !== undefined);
  if (entries.length === 0) return { ok: true, document: doc };
  const text = (field: 'justification' | 'owner' | 'verifiedBy' | 'approver' | 'comments', separator: string) => {
    const values = entries.filter((e) => e.entry[field].trim() !== '');
    const distinct = new Set(values.map((e) => e.entry[field]));
    if (distinct.size <= 1) return values[0]?.entry[field] ?? '';
    return values.map((e) => `${e.name}: ${e.entry[field]}`).join(separator);
  };
  const dates = (field: 'dueDate' | 'verifiedAt' | 'approvedAt' | 'expiresAt', pick: 'min' | 'max') => {
    const values = entries
      .map((e) => e.entry[field])
      .filter((v) => v !== '')
      .sort();
    return (pick === 'min' ? values[0] : values[values.length - 1]) ?? '';
  };
  const evidence: Evidence[] = [];
  for (const { entry } of entries)
    for (const ev of entry.evidence) if (!evidence.some((e) => e.id === ev.id)) evidence.push(ev);
  const statuses = components.map(
    (c) => own(doc.assessment, assessmentKey(recommendationId, c.id))?.status ?? 'not-reviewed',
  );
  const patch = {
    status: worstStatus(statuses),
    justification: text('justification', '\n'),
    owner: text('owner', '; '),
    verifiedBy: text('verifiedBy', '; '),
    approver: text('approver', '; '),
    comments: text('comments', '\n'),
    dueDate: dates('dueDate', 'min'),
    verifiedAt: dates('verifiedAt', 'max'),
    approvedAt: dates('approvedAt', 'max'),
    expiresAt: dates('expiresAt', 'min'),
    evidence,
  } satisfies AssessmentPatch;
  if (evidence.length > LIMITS.evidencePerItem) {
    return {
      ok: false,
      message: `Together the components hold ${evidence.length} pieces of evidence; one record holds at most ${LIMITS.evidencePerItem}.`,
    };
  }
  for (const field of ['owner', 'verifiedBy', 'approver'] as const) {
    if (patch[field].length > LIMITS.name)
      return {
        ok: false,
        message: `The components' ${fieldName(field)} values differ and do not fit in one record; make them agree first.`,
      };
  }
  for (const field of ['justification', 'comments'] as const) {
    if (patch[field].length > LIMITS.notes)
      return {
        ok: false,
        message: `The components' ${fieldName(field)} texts together exceed ${LIMITS.notes} characters; shorten them first.`,
      };
  }
  let next = setAssessment(doc, recommendationId, 'platform', patch, now);
  for (const c of components) next = clearAssessment(next, recommendationId, c.id, now);
  return { ok: true, document: next };
}
