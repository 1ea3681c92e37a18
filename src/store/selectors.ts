/**
 * Selectors. Derived data (the assessment) is memoised on (document, catalog) identity and
 * never stored in the state.
 */
import type { WorkbenchState } from './createWorkbenchStore';
import type { Assessment } from '../domain/rules/types';
import { assess } from '../domain/rules/assess';
import { isOpenStatus } from '../domain/checklist/status';

let lastDoc: unknown = null;
let lastCatalog: unknown = null;
let lastAsOf = '';
let lastAssessment: Assessment | null = null;

/** Today in the user's time zone, YYYY-MM-DD: the app assesses as of today. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function selectAssessment(state: Pick<WorkbenchState, 'document' | 'catalog'>): Assessment {
  // Risk acceptances expire against today, so the result also changes when the date does.
  const asOf = localToday();
  if (state.document !== lastDoc || state.catalog !== lastCatalog || asOf !== lastAsOf || !lastAssessment) {
    lastAssessment = assess(state.document, state.catalog, { asOf });
    lastDoc = state.document;
    lastCatalog = state.catalog;
    lastAsOf = asOf;
  }
  return lastAssessment;
}

export const selectDocument = (s: WorkbenchState) => s.document;
export const selectCatalog = (s: WorkbenchState) => s.catalog;
export const selectSelection = (s: WorkbenchState) => s.selection;
export const selectCanUndo = (s: WorkbenchState) => s.past.length > 0;
export const selectCanRedo = (s: WorkbenchState) => s.future.length > 0;

/** Open recommendations (applicable or needs-input, not yet implemented or accepted) per component. */
export function selectOpenCountByComponent(state: Pick<WorkbenchState, 'document' | 'catalog'>): Map<string, number> {
  const out = new Map<string, number>();
  for (const item of selectAssessment(state).checklist) {
    if (item.applicability === 'not-applicable') continue;
    if (!isOpenStatus(item.status)) continue;
    for (const id of item.components) out.set(id, (out.get(id) ?? 0) + 1);
  }
  return out;
}
