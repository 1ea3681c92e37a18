/**
 * Store slice for the ephemeral view state of the assessment workflow (never saved with the
 * project): the checklist's filter and grouping, the field to focus and the unsaved entry
 * drafts that let the checklist, dashboard and inspector lead to one another, moving between
 * them through the navigation slice (navigation.ts). It is part of the store because the
 * first page (inspector) uses it; the assessment edits load with the checklist
 * (`assessmentActions.ts`).
 */
import type { StoreApi } from 'zustand/vanilla';
import {
  EMPTY_FILTER,
  type ChecklistFilter,
  type ChecklistGrouping,
} from '../domain/checklist/checklistFilterDefaults';
import type { AssessmentEntry } from '../domain/model/schema';
import type { EntryField } from '../domain/checklist/assessmentWorkflow';
import { INITIAL_NAVIGATION, type NavigationState } from './navigation';

/** Unsaved edits of one assessment entry (every field a user can type). */
export type AssessmentDraft = Pick<AssessmentEntry, EntryField>;

/** An attribute the user was sent to fill (a needs-input reason's `missing` entry). */
export interface AttributeTarget {
  componentId: string;
  attribute: string;
  connectionId?: string;
}

/** Ephemeral view state of the assessment workflow (never saved). */
export interface AssessmentViewState {
  checklistFilter: ChecklistFilter;
  checklistGrouping: ChecklistGrouping;
  /** Set by "go to the attribute"; the view focuses the field and clears it. */
  focusAttribute: AttributeTarget | null;
  /**
   * Typed but unsaved assessment edits by `assessmentKey` (session state: kept per project in
   * this browser, never exported). They outlive the form, so collapsing an item, switching tab,
   * adding evidence or reloading never discards what was typed.
   */
  assessmentDrafts: Record<string, AssessmentDraft>;
}

/** The view state kept per project across reloads (the session wiring in `src/app/` stores it): where the user was, and this slice. */
export type PersistedViewState = NavigationState &
  Pick<AssessmentViewState, 'checklistFilter' | 'checklistGrouping' | 'assessmentDrafts'>;

export interface AssessmentViewActions {
  setChecklistFilter(patch: Partial<ChecklistFilter>): void;
  setChecklistGrouping(grouping: ChecklistGrouping): void;
  /** Shows the checklist with exactly this filter (dashboard links). */
  openChecklist(filter: Partial<ChecklistFilter>): void;
  /** Selects the component, shows the inspector and asks it to focus the attribute. */
  goToAttribute(target: AttributeTarget): void;
  clearFocusAttribute(): void;
  /** Keeps (or with `null`, drops) the unsaved edits of one entry. */
  setAssessmentDraft(key: string, draft: AssessmentDraft | null): void;
  /** Restores the view state kept for the project just opened, navigation included (unknown keys keep their defaults). */
  restoreViewState(state: Partial<PersistedViewState>): void;
}

/** What the slice needs from the rest of the store: the navigation slice and the selection. */
interface Host extends AssessmentViewState, NavigationState {
  select(selection: { components?: string[]; connections?: string[] }): void;
}

export const INITIAL_ASSESSMENT_VIEW: AssessmentViewState = {
  checklistFilter: EMPTY_FILTER,
  checklistGrouping: 'function',
  focusAttribute: null,
  assessmentDrafts: {},
};

/** Creates the slice; `set`/`get` are the enclosing store's. */
export function createAssessmentViewSlice<S extends Host>(
  set: StoreApi<S>['setState'],
  get: StoreApi<S>['getState'],
): AssessmentViewState & AssessmentViewActions {
  const patchState = (partial: Partial<AssessmentViewState & NavigationState>) => set(partial as Partial<S>);
  return {
    ...INITIAL_ASSESSMENT_VIEW,

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

    setAssessmentDraft(key, draft) {
      const { [key]: _dropped, ...rest } = get().assessmentDrafts;
      patchState({ assessmentDrafts: draft ? { ...rest, [key]: draft } : rest });
    },

    restoreViewState(state) {
      const { focusAttribute: _ignored, ...defaults } = INITIAL_ASSESSMENT_VIEW;
      patchState({
        ...INITIAL_NAVIGATION,
        ...defaults,
        ...state,
        checklistFilter: { ...EMPTY_FILTER, ...state.checklistFilter },
      });
    },
  };
}
