/**
 * The whole assessment of the open project as of today: findings, checklist, coverage,
 * threat sources, summary and model warnings, memoised on (document, catalog) identity and
 * never stored in the state. Its checklist is the canvas's (`selectChecklist`, selectors.ts).
 */
import type { WorkbenchState } from './createWorkbenchStore';
import type { Assessment } from '../domain/rules/types';
import { assess } from '../domain/rules/assess';
import { localToday } from './selectors';

let lastDoc: unknown = null;
let lastCatalog: unknown = null;
let lastAsOf = '';
let lastAssessment: Assessment | null = null;

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
