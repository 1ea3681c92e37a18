import './workshop.css';
import { useWorkbench } from '../../store/hooks';
import { activeWorkshop } from '../../domain/workshop/workshopOps';
import { leaveWorkshopView, useHashRoute, WORKSHOP_HASH } from './useHashRoute';

/** Top-bar entry to workshop mode (a hash route, so a reload stays in the workshop). */
export function WorkshopLink() {
  const inWorkshop = useHashRoute() === WORKSHOP_HASH;
  const running = useWorkbench((s) => activeWorkshop(s.document) !== undefined);
  return (
    <button
      type="button"
      className={`workshop-link${running ? ' running' : ''}`}
      aria-pressed={inWorkshop}
      data-testid="workshop-link"
      title={running ? 'A workshop is running on this project' : 'Run a facilitated workshop over the model'}
      onClick={() => (inWorkshop ? leaveWorkshopView() : (window.location.hash = WORKSHOP_HASH))}
    >
      {running ? 'Workshop (running)' : 'Workshop'}
    </button>
  );
}
