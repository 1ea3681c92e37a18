/**
 * Commands of the assessment workflow (checklist, inspector findings, dashboard): each is
 * validated as a whole and refused, changing nothing, with what is wrong.
 */
import type { AssessmentStatus, Evidence } from '../model/schema';
import { assessmentKey, LIMITS } from '../model/schema';
import {
  addEvidence as addEvidenceOp,
  clearAssessment as clearOp,
  emptyAssessmentEntry,
  removeEvidence as removeEvidenceOp,
  type AssessmentPatch,
  type AssessmentScope,
} from '../checklist/assessmentOps';
import {
  applyToTargets,
  mergeToPlatform as mergeOp,
  splitPerComponent as splitOp,
  STATUS_LABELS,
  validateEntry,
  type AssessmentTarget,
  type EntryProblem,
} from '../checklist/assessmentWorkflow';
import { removeTailoring, setTailoring, type TailoringInput } from '../checklist/tailoring';
import { own } from '../model/ownEntry';
import { changed, fromOperation, refused, type Command } from './command';

const problemsMessage = (where: string, problems: EntryProblem[]) =>
  `${where}: ${problems.map((p) => p.message).join(' ')}`;

/** Saves fields of one entry (status, owner, due date, notes, ...), validated as a whole. */
export const saveAssessment: Command<{ recommendationId: string; scope: AssessmentScope; patch: AssessmentPatch }> = (
  doc,
  { recommendationId, scope, patch },
  { now },
) => {
  const current =
    own(doc.assessment, assessmentKey(recommendationId, scope)) ?? emptyAssessmentEntry(recommendationId, scope, now);
  const problems = validateEntry({ ...current, ...patch });
  if (problems.length > 0) return refused(doc, problemsMessage(recommendationId, problems), undefined, problems);
  const result = applyToTargets(doc, [{ recommendationId, scope }], patch, now);
  return result.ok
    ? changed(doc, result.document, undefined)
    : refused(doc, problemsMessage(recommendationId, result.problems), undefined, result.problems);
};

/** Sets one status on many items/scopes at once, with the fields the status needs; all or nothing. */
export const bulkSetStatus: Command<{
  targets: readonly AssessmentTarget[];
  status: AssessmentStatus;
  extra?: AssessmentPatch;
}> = (doc, { targets, status, extra }, { now }) => {
  if (targets.length === 0) return refused(doc, 'Select the items to change first.', undefined);
  const result = applyToTargets(doc, targets, { ...extra, status }, now);
  if (!result.ok)
    return refused(
      doc,
      problemsMessage(`${result.target.recommendationId} cannot be set to “${STATUS_LABELS[status]}”`, result.problems),
      undefined,
      result.problems,
    );
  return changed(doc, result.document, undefined);
};

/** Appends evidence (its id and time are assigned here); value: its id. */
export const addEvidence: Command<
  { recommendationId: string; scope: AssessmentScope; evidence: Omit<Evidence, 'id' | 'addedAt'> },
  string | undefined
> = (doc, { recommendationId, scope, evidence }, { ids, now }) => {
  const count = own(doc.assessment, assessmentKey(recommendationId, scope))?.evidence.length ?? 0;
  if (count >= LIMITS.evidencePerItem)
    return refused(
      doc,
      `An item holds at most ${LIMITS.evidencePerItem} pieces of evidence; remove one first.`,
      undefined,
    );
  const id = ids();
  return changed(doc, addEvidenceOp(doc, recommendationId, scope, { ...evidence, id, addedAt: now }, now), id);
};

export const removeEvidence: Command<{ recommendationId: string; scope: AssessmentScope; evidenceId: string }> =
  fromOperation((doc, { recommendationId, scope, evidenceId }, { now }) =>
    removeEvidenceOp(doc, recommendationId, scope, evidenceId, now),
  );

/** Deletes a saved record (an orphaned one the assessor no longer needs). */
export const clearAssessment: Command<{ recommendationId: string; scope: AssessmentScope }> = fromOperation(
  (doc, { recommendationId, scope }, { now }) => clearOp(doc, recommendationId, scope, now),
);

/** One status per component instead of one for the item. */
export const splitPerComponent: Command<{ recommendationId: string; componentIds: readonly string[] }> = fromOperation(
  (doc, { recommendationId, componentIds }, { now }) => splitOp(doc, recommendationId, componentIds, now),
);

/** Back to one status for the item; refused when the components disagree. */
export const mergeToPlatform: Command<{ recommendationId: string; componentIds: readonly string[] }> = (
  doc,
  { recommendationId, componentIds },
  { now },
) => {
  const components = componentIds.map((id) => ({ id, name: own(doc.components, id)?.name ?? id }));
  const result = mergeOp(doc, recommendationId, components, now);
  return result.ok ? changed(doc, result.document, undefined) : refused(doc, result.message, undefined);
};

/** Scopes an item out or changes its priority (issue 19); refused without justification and approver. */
export const tailorItem: Command<TailoringInput> = (doc, input, { now }) => {
  const result = setTailoring(doc, input, now);
  return result.ok ? changed(doc, result.document, undefined) : refused(doc, result.error, undefined);
};

export const untailorItem: Command<string> = fromOperation((doc, recommendationId, { now }) =>
  removeTailoring(doc, recommendationId, now),
);
