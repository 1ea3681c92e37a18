/**
 * Selectors the workbench needs from its first screen. Derived data is memoised on
 * (document, catalog) identity and never stored in the state; the whole assessment (coverage,
 * summary, model warnings) is `selectAssessment` (selectAssessment.ts), for the views that show it.
 */
import type { WorkbenchState } from './createWorkbenchStore';
import type { ChecklistItem } from '../domain/rules/types';
import { assessChecklist } from '../domain/rules/assessChecklist';

/** Today in the user's time zone, YYYY-MM-DD: the app assesses as of today. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The checklist items as of today (the canvas's badges): the very objects `selectAssessment`
 * returns in its `checklist`, computed once for both.
 */
export function selectChecklist(state: Pick<WorkbenchState, 'document' | 'catalog'>): readonly ChecklistItem[] {
  // Risk acceptances expire against today, so the result also changes when the date does.
  return assessChecklist(state.document, state.catalog, { asOf: localToday() }).items;
}

export const selectCanUndo = (s: WorkbenchState) => s.past.length > 0;
export const selectCanRedo = (s: WorkbenchState) => s.future.length > 0;
