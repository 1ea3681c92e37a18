/**
 * What a workshop decision changed in the checklist, read from the record-level diff of the
 * command that recorded it: the checklist entry's fields before and after, only those that
 * differ. The decision log keeps it with the entry (`WorkshopLogEntry.change`), so a review
 * after the workshop sees "open → implemented" and not only the status agreed.
 */
import type { AssessmentEntry, WorkshopLogEntry } from '../model/schema';
import { emptyAssessmentEntry } from '../checklist/assessmentOps';
import type { DocumentDiff } from './diff';

export type DecisionChange = NonNullable<WorkshopLogEntry['change']>;

/** The fields a decision can set (`decisionPatch` in domain/workshop); `comments` only gains a note and is left out. */
const DECISION_FIELDS = ['status', 'owner', 'dueDate', 'justification', 'approver', 'approvedAt', 'expiresAt'] as const;

/**
 * The change `diff` made to the platform-wide checklist entry `key`, or undefined when it made
 * none. An entry the diff added had the defaults of a new entry before (`emptyAssessmentEntry`).
 */
export function decisionChange(diff: DocumentDiff, key: string, now: string): DecisionChange | undefined {
  const assessment = diff.collections.assessment;
  if (!assessment) return undefined;
  let before: AssessmentEntry | undefined;
  let after: AssessmentEntry | undefined;
  if (Object.hasOwn(assessment.changed, key)) ({ before, after } = assessment.changed[key]!);
  else if (Object.hasOwn(assessment.added, key)) {
    after = assessment.added[key]!;
    before = emptyAssessmentEntry(after.recommendationId, after.scope, now);
  }
  if (!before || !after) return undefined;
  const change: DecisionChange = { before: {}, after: {} };
  let any = false;
  for (const field of DECISION_FIELDS) {
    if (before[field] === after[field]) continue;
    (change.before as Record<string, unknown>)[field] = before[field];
    (change.after as Record<string, unknown>)[field] = after[field];
    any = true;
  }
  return any ? change : undefined;
}
