import { useWorkbench } from '../../store/hooks';
import { leaveWorkshopView, useHashRoute, WORKSHOP_HASH } from '../workshop/useHashRoute';
import './dashboard.css';

/**
 * Switches the main area between the architecture model and the assessment dashboard. In the
 * workshop view neither is shown, so neither is marked pressed (the Workshop button is); either
 * leads out of the workshop view to itself.
 */
export function ViewSwitch() {
  const view = useWorkbench((s) => s.mainView);
  const showView = useWorkbench((s) => s.showView);
  const inWorkshop = useHashRoute() === WORKSHOP_HASH;
  const show = (next: 'model' | 'dashboard') => {
    if (inWorkshop) leaveWorkshopView();
    showView(next);
  };
  return (
    <div className="view-switch" role="group" aria-label="View">
      <button
        type="button"
        aria-pressed={!inWorkshop && view === 'model'}
        onClick={() => show('model')}
        data-testid="show-model"
      >
        Model
      </button>
      <button
        type="button"
        aria-pressed={!inWorkshop && view === 'dashboard'}
        onClick={() => show('dashboard')}
        data-testid="show-dashboard"
      >
        Dashboard
      </button>
    </div>
  );
}
