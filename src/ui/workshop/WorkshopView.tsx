import './workshop.css';
import { useWorkbench } from '../../store/hooks';
import { activeWorkshop, endedWorkshops } from '../../domain/workshop/workshopOps';
import { FacilitatorView } from './FacilitatorView';
import { StartWorkshopForm } from './StartWorkshopForm';
import { WorkshopSummaryPanel } from './WorkshopSummaryPanel';

/**
 * Workshop mode (route `#workshop`): the running workshop's facilitator view, or the form to
 * start one; summaries of ended workshops below.
 */
export function WorkshopView() {
  const document = useWorkbench((s) => s.document);
  const running = activeWorkshop(document);
  const ended = endedWorkshops(document);
  return (
    <main className="ws-view" aria-label="Workshop">
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
    </main>
  );
}
