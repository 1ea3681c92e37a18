import './workshop.css';
import { useWorkbench } from '../../store/hooks';
import { leaveWorkshopView, useHashRoute, WORKSHOP_HASH } from './useHashRoute';

/** Top-bar entry to workshop mode (a hash route, so a reload stays in the workshop). */
export function WorkshopLink() {
  const inWorkshop = useHashRoute() === WORKSHOP_HASH;
  // The test of `activeWorkshop` (workshopOps), written out: this button is on the first page,
  // and importing workshopOps here would put all of it (shared with the lazy workshop chunks)
  // into the first download.
  const running = useWorkbench((s) => Object.values(s.document.workshops).some((w) => w.endedAt === undefined));
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
