import { useWorkbench } from '../../store/hooks';
import './dashboard.css';

/** Switches the main area between the architecture model and the assessment dashboard. */
export function ViewSwitch() {
  const view = useWorkbench((s) => s.mainView);
  const showView = useWorkbench((s) => s.showView);
  return (
    <div className="view-switch" role="group" aria-label="View">
      <button type="button" aria-pressed={view === 'model'} onClick={() => showView('model')}>
        Model
      </button>
      <button type="button" aria-pressed={view === 'dashboard'} onClick={() => showView('dashboard')} data-testid="show-dashboard">
        Dashboard
      </button>
    </div>
  );
}
