import './workshop.css';
import { useEffect } from 'react';
import { useWorkbench } from '../../store/hooks';
import { activeWorkshop, endedWorkshops } from '../../domain/workshop/workshopOps';
import { FacilitatorView } from './FacilitatorView';
import { StartWorkshopForm } from './StartWorkshopForm';
import { WorkshopSummaryPanel } from './WorkshopSummaryPanel';
import { leaveWorkshopView } from './useHashRoute';

/**
 * Workshop mode (route `#workshop`): the running workshop's facilitator view, or the form to
 * start one; summaries of ended workshops below.
 */
export function WorkshopView() {
  const document = useWorkbench((s) => s.document);
  const running = activeWorkshop(document);
  const ended = endedWorkshops(document);
  useLeaveOnViewSwitch();
  return (
    <div className="ws-view" role="region" aria-label="Workshop">
      {running ? (
        <FacilitatorView workshop={running} />
      ) : (
        <div className="ws-home">
          <StartWorkshopForm />
          {ended.length > 0 && (
            <section aria-label="Past workshops" className="ws-past">
              <h2>Past workshops</h2>
              {ended.map((w) => (
                <WorkshopSummaryPanel key={w.id} workshop={w} />
              ))}
            </section>
          )}
        </div>
      )}
    </div>
  );
}

/**
 * The top bar's Model/Dashboard switch belongs to the store's `mainView`, which knows nothing
 * of this hash route; a click on it while here means "leave the workshop view".
 */
function useLeaveOnViewSwitch(): void {
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (event.target instanceof Element && event.target.closest('.view-switch')) leaveWorkshopView();
    };
    window.addEventListener('click', onClick, true);
    return () => window.removeEventListener('click', onClick, true);
  }, []);
}
