import { useWorkshopActions } from './useWorkshopActions';
import type { Workshop } from '../../domain/model/schema';
import { clock } from '../../domain/workshop/timebox';
import { plural } from '../../domain/text/plural';

/** The agenda: every step with its item count, time box (editable) and time spent; click to go there. */
export function AgendaList({ workshop, disabled }: { workshop: Workshop; disabled: boolean }) {
  const { goToWorkshopStep: goTo, setWorkshopTimebox: setTimebox } = useWorkshopActions();
  return (
    <nav className="ws-agenda" aria-label="Agenda">
      <h3>Agenda</h3>
      <ol>
        {workshop.agenda.map((step) => {
          const current = step.id === workshop.currentStepId;
          return (
            <li key={step.id} className={current ? 'current' : undefined} data-testid="agenda-step" data-step={step.id}>
              <button
                type="button"
                className="ws-step-link"
                aria-current={current ? 'step' : undefined}
                disabled={disabled}
                onClick={() => goTo(step.id)}
              >
                {step.title}
              </button>
              <span className="ws-muted ws-step-meta">
                {plural(step.items.length, 'item')} ·{' '}
                <input
                  type="number"
                  className="ws-timebox"
                  aria-label={`Time box of ${step.title} in minutes`}
                  min={1}
                  max={480}
                  value={step.timeboxMinutes}
                  disabled={disabled}
                  onChange={(e) => setTimebox(step.id, Number(e.target.value))}
                />{' '}
                min{step.spentSeconds > 0 ? ` · ${clock(step.spentSeconds)} spent` : ''}
              </span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
