/**
 * Store actions that edit the assessment: each dispatches one command
 * (`domain/commands/assessmentCommands.ts`), one undo step, validated before it is applied.
 *
 * They are not part of the store's state: that would put the assessment workflow rules into
 * the first download. The checklist (loaded on demand) gets them with
 * `assessmentActionsFor(store)`. The view state (filter, panel, focus) stays in the store
 * (`assessmentView.ts`).
 */
import type { AssessmentStatus, Evidence } from '../domain/model/schema';
import type { AssessmentPatch, AssessmentScope } from '../domain/checklist/assessmentOps';
import type { AssessmentTarget, EntryProblem } from '../domain/checklist/assessmentWorkflow';
import type { WorkbenchStore, WorkbenchActions } from './createWorkbenchStore';
import type { TailoringInput } from '../domain/checklist/tailoring';
import type { CommandResult } from '../domain/commands/command';
import * as commands from '../domain/commands/assessmentCommands';

/** Outcome of an assessment edit: applied, or refused with what is wrong (nothing changed). */
export type AssessmentResult = { ok: true } | { ok: false; message: string; problems: EntryProblem[] };

export interface AssessmentActions {
  /** Saves fields of one entry, validated as a whole; one undo step. */
  saveAssessment(recommendationId: string, scope: AssessmentScope, patch: AssessmentPatch): AssessmentResult;
  /** Sets a status on many items/scopes at once, with any fields the status needs; one undo step, all or nothing. */
  bulkSetStatus(targets: AssessmentTarget[], status: AssessmentStatus, extra?: AssessmentPatch): AssessmentResult;
  /** Appends evidence (id and time are assigned here); returns its id, or a refusal. */
  addEvidence(
    recommendationId: string,
    scope: AssessmentScope,
    evidence: Omit<Evidence, 'id' | 'addedAt'>,
  ): AssessmentResult & { id?: string };
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
  getState: () => { readOnly: boolean };
  dispatch: WorkbenchActions['dispatch'];
}

const READ_ONLY: AssessmentResult = {
  ok: false,
  message: 'This project is open read-only in this tab; edits are not applied.',
  problems: [],
};

const outcome = (result: CommandResult<unknown>): AssessmentResult =>
  result.refusal ? { ok: false, message: result.refusal.message, problems: result.refusal.problems } : { ok: true };

/** Builds the assessment edit actions over the store's `dispatch` (commands in domain/commands/assessmentCommands). */
export function createAssessmentActions({ getState, dispatch }: Deps): AssessmentActions {
  // A read-only tab refuses with a result (the form shows it), not with the store's notice.
  const guarded = (run: () => CommandResult<unknown>): AssessmentResult =>
    getState().readOnly ? READ_ONLY : outcome(run());
  return {
    saveAssessment: (recommendationId, scope, patch) =>
      guarded(() => dispatch(commands.saveAssessment, { recommendationId, scope, patch })),
    bulkSetStatus: (targets, status, extra) =>
      guarded(() => dispatch(commands.bulkSetStatus, { targets, status, ...(extra ? { extra } : {}) })),
    addEvidence(recommendationId, scope, evidence) {
      if (getState().readOnly) return READ_ONLY;
      const result = dispatch(commands.addEvidence, { recommendationId, scope, evidence });
      return result.refusal ? outcome(result) : { ok: true, id: result.value! };
    },
    removeEvidence(recommendationId, scope, evidenceId) {
      dispatch(commands.removeEvidence, { recommendationId, scope, evidenceId });
    },
    clearAssessment(recommendationId, scope) {
      dispatch(commands.clearAssessment, { recommendationId, scope });
    },
    tailorItem: (input) => guarded(() => dispatch(commands.tailorItem, input)),
    untailorItem(recommendationId) {
      if (getState().readOnly) return;
      dispatch(commands.untailorItem, recommendationId);
    },
    splitPerComponent(recommendationId, componentIds) {
      dispatch(commands.splitPerComponent, { recommendationId, componentIds });
    },
    mergeToPlatform: (recommendationId, componentIds) =>
      guarded(() => dispatch(commands.mergeToPlatform, { recommendationId, componentIds })),
  };
}

const actionsByStore = new WeakMap<WorkbenchStore, AssessmentActions>();

/** The assessment edit actions of `store`, built once per store so components get stable functions. */
export function assessmentActionsFor(store: WorkbenchStore): AssessmentActions {
  let actions = actionsByStore.get(store);
  if (!actions) {
    actions = createAssessmentActions({
      getState: () => store.getState(),
      dispatch: (command, args, options) => store.getState().dispatch(command, args, options),
    });
    actionsByStore.set(store, actions);
  }
  return actions;
}
