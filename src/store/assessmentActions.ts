/**
 * Store actions that edit the assessment: each change is one undo step, validated by the
 * domain before it is applied.
 *
 * They are not part of the store's state: that would put the assessment workflow rules into
 * the first download. The checklist (loaded on demand) gets them with
 * `assessmentActionsFor(store)`. The view state (filter, panel, focus) stays in the store
 * (`assessmentView.ts`).
 */
import type { Clock, IdFactory } from '../domain/ports';
import type { AssessmentStatus, Evidence, WorkbenchDocument } from '../domain/model/schema';
import { assessmentKey, LIMITS } from '../domain/model/schema';
import { addEvidence, clearAssessment, emptyAssessmentEntry, removeEvidence, type AssessmentPatch, type AssessmentScope } from '../domain/checklist/assessmentOps';
import {
  applyToTargets,
  mergeToPlatform,
  splitPerComponent,
  STATUS_LABELS,
  validateEntry,
  type AssessmentTarget,
  type EntryProblem,
} from '../domain/checklist/assessmentWorkflow';
import type { WorkbenchStore } from './createWorkbenchStore';
import { removeTailoring, setTailoring, type TailoringInput } from '../domain/checklist/tailoring';
import { own } from '../domain/model/ownEntry';

/** Outcome of an assessment edit: applied, or refused with what is wrong (nothing changed). */
export type AssessmentResult = { ok: true } | { ok: false; message: string; problems: EntryProblem[] };

export interface AssessmentActions {
  /** Saves fields of one entry, validated as a whole; one undo step. */
  saveAssessment(recommendationId: string, scope: AssessmentScope, patch: AssessmentPatch): AssessmentResult;
  /** Sets a status on many items/scopes at once, with any fields the status needs; one undo step, all or nothing. */
  bulkSetStatus(targets: AssessmentTarget[], status: AssessmentStatus, extra?: AssessmentPatch): AssessmentResult;
  /** Appends evidence (id and time are assigned here); returns its id, or a refusal. */
  addEvidence(recommendationId: string, scope: AssessmentScope, evidence: Omit<Evidence, 'id' | 'addedAt'>): AssessmentResult & { id?: string };
  removeEvidence(recommendationId: string, scope: AssessmentScope, evidenceId: string): void;
  /** Deletes a saved record (an orphaned one the assessor no longer needs); one undo step. */
  clearAssessment(recommendationId: string, scope: AssessmentScope): void;
  /** One status per component instead of one for the item (and back); one undo step each. */
  splitPerComponent(recommendationId: string, componentIds: string[]): void;
  mergeToPlatform(recommendationId: string, componentIds: string[]): AssessmentResult;
  /** Scopes an item out or changes its priority (issue 19); refused, nothing saved, without justification and approver. */
  tailorItem(input: TailoringInput): AssessmentResult;
  /** Removes the item's tailoring decision; one undo step. */
  untailorItem(recommendationId: string): void;
}

/** What the actions need from the store. */
interface Deps {
  getState: () => { document: WorkbenchDocument; readOnly: boolean };
  commit: (change: (doc: WorkbenchDocument, now: string) => WorkbenchDocument) => void;
  clock: Clock;
  ids: IdFactory;
}

const READ_ONLY: AssessmentResult = {
  ok: false,
  message: 'This project is open read-only in this tab; edits are not applied.',
  problems: [],
};

function refused(problems: EntryProblem[], where: string): AssessmentResult {
  return { ok: false, message: `${where}: ${problems.map((p) => p.message).join(' ')}`, problems };
}

/** Builds the assessment edit actions over the store's `commit`. */
export function createAssessmentActions({ getState, commit, clock, ids }: Deps): AssessmentActions {
  return {
    saveAssessment(recommendationId, scope, patch) {
      const { document, readOnly } = getState();
      if (readOnly) return READ_ONLY;
      const current = own(document.assessment, assessmentKey(recommendationId, scope)) ?? emptyAssessmentEntry(recommendationId, scope, clock());
      const problems = validateEntry({ ...current, ...patch });
      if (problems.length > 0) return refused(problems, recommendationId);
      commit((doc, now) => {
        const result = applyToTargets(doc, [{ recommendationId, scope }], patch, now);
        return result.ok ? result.document : doc;
      });
      return { ok: true };
    },

    bulkSetStatus(targets, status, extra) {
      if (getState().readOnly) return READ_ONLY;
      if (targets.length === 0) return { ok: false, message: 'Select the items to change first.', problems: [] };
      const check = applyToTargets(getState().document, targets, { ...extra, status }, clock());
      if (!check.ok) {
        return refused(check.problems, `${check.target.recommendationId} cannot be set to “${STATUS_LABELS[status]}”`);
      }
      commit((doc, now) => {
        const result = applyToTargets(doc, targets, { ...extra, status }, now);
        return result.ok ? result.document : doc;
      });
      return { ok: true };
    },

    addEvidence(recommendationId, scope, evidence) {
      if (getState().readOnly) return READ_ONLY;
      const count = own(getState().document.assessment, assessmentKey(recommendationId, scope))?.evidence.length ?? 0;
      if (count >= LIMITS.evidencePerItem) {
        return { ok: false, message: `An item holds at most ${LIMITS.evidencePerItem} pieces of evidence; remove one first.`, problems: [] };
      }
      const id = ids();
      commit((doc, now) => addEvidence(doc, recommendationId, scope, { ...evidence, id, addedAt: now }, now));
      return { ok: true, id };
    },

    removeEvidence(recommendationId, scope, evidenceId) {
      commit((doc, now) => removeEvidence(doc, recommendationId, scope, evidenceId, now));
    },

    clearAssessment(recommendationId, scope) {
      commit((doc, now) => clearAssessment(doc, recommendationId, scope, now));
    },

    tailorItem(input) {
      if (getState().readOnly) return READ_ONLY;
      const check = setTailoring(getState().document, input, clock());
      if (!check.ok) return { ok: false, message: check.error, problems: [] };
      commit((doc, now) => {
        const result = setTailoring(doc, input, now);
        return result.ok ? result.document : doc;
      });
      return { ok: true };
    },

    untailorItem(recommendationId) {
      if (getState().readOnly) return;
      commit((doc, now) => removeTailoring(doc, recommendationId, now));
    },

    splitPerComponent(recommendationId, componentIds) {
      commit((doc, now) => splitPerComponent(doc, recommendationId, componentIds, now));
    },

    mergeToPlatform(recommendationId, componentIds) {
      const { document, readOnly } = getState();
      if (readOnly) return READ_ONLY;
      const components = componentIds.map((id) => ({ id, name: own(document.components, id)?.name ?? id }));
      const check = mergeToPlatform(document, recommendationId, components, clock());
      if (!check.ok) return { ok: false, message: check.message, problems: [] };
      commit((doc, now) => {
        const result = mergeToPlatform(doc, recommendationId, components, now);
        return result.ok ? result.document : doc;
      });
      return { ok: true };
    },
  };
}

const actionsByStore = new WeakMap<WorkbenchStore, AssessmentActions>();

/** The assessment edit actions of `store`, built once per store so components get stable functions. */
export function assessmentActionsFor(store: WorkbenchStore): AssessmentActions {
  let actions = actionsByStore.get(store);
  if (!actions) {
    const { clock, ids } = store.getState();
    actions = createAssessmentActions({
      getState: () => store.getState(),
      commit: (change) => store.getState().commit(change),
      clock,
      ids,
    });
    actionsByStore.set(store, actions);
  }
  return actions;
}
