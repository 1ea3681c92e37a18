import { useWorkbenchStore } from '../../store/hooks';
import { workshopActionsFor, type WorkshopActions } from '../../store/workshopActions';

/**
 * The workshop actions of the current store. They live outside the store's state so they
 * (and the workshop domain they use) load with the workshop view, not on a first visit.
 */
export function useWorkshopActions(): WorkshopActions {
  return workshopActionsFor(useWorkbenchStore());
}
