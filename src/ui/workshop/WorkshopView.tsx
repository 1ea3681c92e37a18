import './workshop.css';
import { useEffect } from 'react';
import { useWorkbench } from '../../store/hooks';
import { activeWorkshop, endedWorkshops } from '../../domain/workshop/workshopOps';
import { FacilitatorView } from './FacilitatorView';
import { StartWorkshopForm } from './StartWorkshopForm';
import { WorkshopSummaryPanel } from './WorkshopSummaryPanel';
import { leaveWorkshopView } from './useHashRoute';
import { SharePanel } from '../live/SharePanel';

/**
 * Workshop mode (route `#workshop`): the running workshop's facilitator view, or the form to
 * start one, with the last workshop's summary on top and earlier ones below.
 */
export function WorkshopView() {
  const document = useWorkbench((s) => s.document);
  const running = activeWorkshop(document);
  const ended = endedWorkshops(document);
  useLeaveOnViewSwitch();
  useClearCanvasSelection();
  return (
    <div className="ws-view" role="region" aria-label="Workshop">
      {/* The outline h1 > h2 > h3 (axe heading-order): the agenda and panels are h3. */}
      <h2 className="visually-hidden">Workshop</h2>
      <SharePanel />
      {running ? (
        <FacilitatorView workshop={running} />
      ) : (
        <div className="ws-home">
          {ended[0] && (
            <section aria-label="Last workshop" className="ws-past">
              <WorkshopSummaryPanel workshop={ended[0]} />
            </section>
          )}
          <StartWorkshopForm />
          {ended.length > 1 && (
            <section aria-label="Earlier workshops" className="ws-past">
              <h2>Earlier workshops</h2>
              {ended.slice(1).map((w) => (
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

/**
 * Canvas shortcuts stay live in this view (undo is useful here); clearing the canvas selection
 * on entry keeps a stray Delete key from removing components nobody can see.
 */
function useClearCanvasSelection(): void {
  const select = useWorkbench((s) => s.select);
  useEffect(() => select({}), [select]);
}
