/**
 * Store slice for the assessment workflow: editing assessment entries (each change one undo
 * step, validated by the domain before it is applied), and the ephemeral view state that lets
 * the checklist, dashboard and inspector lead to one another (filter, panel, field to focus).
 */
import type { StoreApi } from 'zustand/vanilla';
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
import { EMPTY_FILTER, type ChecklistFilter, type ChecklistGrouping } from '../domain/checklist/checklistFilter';

export type SidePanel = 'inspector' | 'checklist';
export type MainView = 'model' | 'dashboard';

/** An attribute the user was sent to fill (a needs-input reason's `missing` entry). */
export interface AttributeTarget {
  componentId: string;
  attribute: string;
  connectionId?: string;
}

/** Ephemeral view state of the assessment workflow (never saved). */
export interface AssessmentViewState {
  sidePanel: SidePanel;
  mainView: MainView;
  checklistFilter: ChecklistFilter;
  checklistGrouping: ChecklistGrouping;
  /** Set by "go to the attribute"; the view focuses the field and clears it. */
  focusAttribute: AttributeTarget | null;
}

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
  showPanel(panel: SidePanel): void;
  showView(view: MainView): void;
  setChecklistFilter(patch: Partial<ChecklistFilter>): void;
  setChecklistGrouping(grouping: ChecklistGrouping): void;
  /** Shows the checklist with exactly this filter (dashboard links). */
  openChecklist(filter: Partial<ChecklistFilter>): void;
  /** Selects the component, shows the inspector and asks it to focus the attribute. */
  goToAttribute(target: AttributeTarget): void;
  clearFocusAttribute(): void;
}

/** What the slice needs from the rest of the store. */
interface Host extends AssessmentViewState, AssessmentActions {
  document: WorkbenchDocument;
  readOnly: boolean;
  commit(change: (doc: WorkbenchDocument, now: string) => WorkbenchDocument, options?: { coalesce?: string }): void;
  select(selection: { components?: string[]; connections?: string[] }): void;
}

const READ_ONLY: AssessmentResult = {
  ok: false,
  message: 'This project is open read-only in this tab; edits are not applied.',
  problems: [],
};

function refused(problems: EntryProblem[], where: string): AssessmentResult {
  return { ok: false, message: `${where}: ${problems.map((p) => p.message).join(' ')}`, problems };
}

export const INITIAL_ASSESSMENT_VIEW: AssessmentViewState = {
  sidePanel: 'inspector',
  mainView: 'model',
  checklistFilter: EMPTY_FILTER,
  checklistGrouping: 'function',
  focusAttribute: null,
};

/** Creates the slice; `set`/`get` are the enclosing store's. */
export function createAssessmentSlice<S extends Host>(
  set: StoreApi<S>['setState'],
  get: StoreApi<S>['getState'],
  deps: { clock: Clock; ids: IdFactory },
): AssessmentViewState & AssessmentActions {
  const patchState = (partial: Partial<AssessmentViewState>) => set(partial as Partial<S>);
  return {
    ...INITIAL_ASSESSMENT_VIEW,

    saveAssessment(recommendationId, scope, patch) {
      const { document, readOnly } = get();
      if (readOnly) return READ_ONLY;
      const current = document.assessment[assessmentKey(recommendationId, scope)] ?? emptyAssessmentEntry(recommendationId, scope, deps.clock());
      const problems = validateEntry({ ...current, ...patch });
      if (problems.length > 0) return refused(problems, recommendationId);
      get().commit((doc, now) => {
        const result = applyToTargets(doc, [{ recommendationId, scope }], patch, now);
        return result.ok ? result.document : doc;
      });
      return { ok: true };
    },

    bulkSetStatus(targets, status, extra) {
      if (get().readOnly) return READ_ONLY;
      if (targets.length === 0) return { ok: false, message: 'Select the items to change first.', problems: [] };
      const check = applyToTargets(get().document, targets, { ...extra, status }, deps.clock());
      if (!check.ok) {
        return refused(check.problems, `${check.target.recommendationId} cannot be set to “${STATUS_LABELS[status]}”`);
      }
      get().commit((doc, now) => {
        const result = applyToTargets(doc, targets, { ...extra, status }, now);
        return result.ok ? result.document : doc;
      });
      return { ok: true };
    },

    addEvidence(recommendationId, scope, evidence) {
      if (get().readOnly) return READ_ONLY;
      const count = get().document.assessment[assessmentKey(recommendationId, scope)]?.evidence.length ?? 0;
      if (count >= LIMITS.evidencePerItem) {
        return { ok: false, message: `An item holds at most ${LIMITS.evidencePerItem} pieces of evidence; remove one first.`, problems: [] };
      }
      const id = deps.ids();
      get().commit((doc, now) => addEvidence(doc, recommendationId, scope, { ...evidence, id, addedAt: now }, now));
      return { ok: true, id };
    },

    removeEvidence(recommendationId, scope, evidenceId) {
      get().commit((doc, now) => removeEvidence(doc, recommendationId, scope, evidenceId, now));
    },

    clearAssessment(recommendationId, scope) {
      get().commit((doc, now) => clearAssessment(doc, recommendationId, scope, now));
    },

    splitPerComponent(recommendationId, componentIds) {
      get().commit((doc, now) => splitPerComponent(doc, recommendationId, componentIds, now));
    },

    mergeToPlatform(recommendationId, componentIds) {
      const { document, readOnly } = get();
      if (readOnly) return READ_ONLY;
      const components = componentIds.map((id) => ({ id, name: document.components[id]?.name ?? id }));
      const check = mergeToPlatform(document, recommendationId, components, deps.clock());
      if (!check.ok) return { ok: false, message: check.message, problems: [] };
      get().commit((doc, now) => {
        const result = mergeToPlatform(doc, recommendationId, components, now);
        return result.ok ? result.document : doc;
      });
      return { ok: true };
    },

    showPanel(sidePanel) {
      patchState({ sidePanel });
    },

    showView(mainView) {
      patchState({ mainView });
    },

    setChecklistFilter(patch) {
      patchState({ checklistFilter: { ...get().checklistFilter, ...patch } });
    },

    setChecklistGrouping(checklistGrouping) {
      patchState({ checklistGrouping });
    },

    openChecklist(filter) {
      patchState({ checklistFilter: { ...EMPTY_FILTER, ...filter }, sidePanel: 'checklist' });
    },

    goToAttribute(target) {
      if (target.connectionId) get().select({ connections: [target.connectionId] });
      else get().select({ components: [target.componentId] });
      patchState({ sidePanel: 'inspector', mainView: 'model', focusAttribute: target });
    },

    clearFocusAttribute() {
      patchState({ focusAttribute: null });
    },
  };
}
