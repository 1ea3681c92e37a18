import { useWorkbenchStore } from '../../store/hooks';
import { assessmentActionsFor, type AssessmentActions } from '../../store/assessmentActions';

/**
 * The assessment edit actions of the current store. They live outside the store's state so
 * they (and the workflow rules they use) load with the checklist, not on a first visit.
 */
export function useAssessmentActions(): AssessmentActions {
  return assessmentActionsFor(useWorkbenchStore());
}
