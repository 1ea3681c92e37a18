import { useMemo, useState } from 'react';
import { useWorkbench } from '../../store/hooks';
import { useWorkshopActions } from './useWorkshopActions';
import { selectAssessment } from '../../store/selectAssessment';
import type { Workshop } from '../../domain/model/schema';
import { describeStep } from '../../domain/workshop/describeStep';
import { buildAgenda } from '../../domain/workshop/buildAgenda';
import { missingAgendaItems } from '../../domain/workshop/workshopOps';
import { StepTimer } from './StepTimer';
import { AgendaList } from './AgendaList';
import { StepOverview } from './StepOverview';
import { ItemWalkthrough } from './ItemWalkthrough';
import { LogEntryForm } from './LogEntryForm';
import { DecisionLog } from './DecisionLog';
import { ParkingLot } from './ParkingLot';
import { PrivateNotes } from './PrivateNotes';
import { ParticipantList } from './ParticipantList';
import { openPresenter } from './openPresenter';
import { facilitatorControl, RIGHTS_NOTE_ID, useLiveRights } from '../live/useLiveRights';
import { ProposalList } from '../live/ProposalList';

/** The facilitator's screen of a running workshop: agenda, timer, items, log, parking lot, notes. */
export function FacilitatorView({ workshop }: { workshop: Workshop }) {
  const document = useWorkbench((s) => s.document);
  const catalog = useWorkbench((s) => s.catalog);
  const assessment = useWorkbench((s) => selectAssessment(s));
  const readOnly = useWorkbench((s) => s.readOnly);
  const { moveWorkshopStep: moveStep, endWorkshop, addNewAgendaItems } = useWorkshopActions();
  const [confirmingEnd, setConfirmingEnd] = useState(false);
  // In a live session a participant's or observer's browser disables what only the facilitator
  // may do (htw serve refuses it anyway) and says why.
  const rights = useLiveRights();
  const runLocked = readOnly || !!rights.facilitatorOnly;

  const stepIndex = Math.max(
    0,
    workshop.agenda.findIndex((s) => s.id === workshop.currentStepId),
  );
  const step = workshop.agenda[stepIndex]!;
  const view = useMemo(() => describeStep(step, document, catalog, assessment), [step, document, catalog, assessment]);
  // The model may be edited during the workshop: offer what applies now but is not on the agenda.
  const newItems = useMemo(
    () => [...missingAgendaItems(workshop, buildAgenda(document, catalog, assessment)).values()].flat(),
    [workshop, document, catalog, assessment],
  );
  const facilitator = Object.values(workshop.participants).find((p) => p.role === 'facilitator')?.id ?? '';

  return (
    <div className="ws-facilitator" data-testid="facilitator-view">
      <div className="ws-bar">
        <div className="ws-bar-title">
          <strong>{workshop.title}</strong>
          <span className="ws-muted">
            Step {stepIndex + 1} of {workshop.agenda.length}
          </span>
        </div>
        <div className="ws-nav">
          <button
            type="button"
            onClick={() => moveStep(-1)}
            {...facilitatorControl(rights, readOnly || stepIndex === 0)}
          >
            Previous step
          </button>
          <button
            type="button"
            className="ws-primary"
            onClick={() => moveStep(1)}
            {...facilitatorControl(rights, readOnly || stepIndex === workshop.agenda.length - 1)}
          >
            Next step
          </button>
        </div>
        <StepTimer
          timeboxMinutes={step.timeboxMinutes}
          spentSeconds={step.spentSeconds}
          enteredAt={workshop.currentStepEnteredAt}
          running
        />
        <span className="spacer" />
        <button type="button" onClick={() => openPresenter(document.id)}>
          Open presenter view
        </button>
        {confirmingEnd ? (
          <span className="ws-confirm" role="group" aria-label="Confirm the end of the workshop">
            <button
              type="button"
              className="ws-danger"
              {...facilitatorControl(rights, readOnly)}
              onClick={() => {
                setConfirmingEnd(false);
                endWorkshop();
              }}
            >
              End now and write the summary
            </button>
            <button type="button" onClick={() => setConfirmingEnd(false)}>
              Keep going
            </button>
          </span>
        ) : (
          <button
            type="button"
            className="ws-danger"
            {...facilitatorControl(rights, readOnly)}
            onClick={() => setConfirmingEnd(true)}
          >
            End workshop…
          </button>
        )}
      </div>
      {rights.facilitatorOnly && (
        <p className="ws-rights-note" role="note" id={RIGHTS_NOTE_ID} data-testid="live-rights-note">
          {rights.facilitatorOnly}
        </p>
      )}
      <div className="ws-layout">
        <AgendaList workshop={workshop} disabled={runLocked} />
        <div className="ws-main">
          {newItems.length > 0 && (
            <p className="ws-new-items" role="status" data-testid="new-agenda-items">
              Since the start, the model makes{' '}
              {newItems.length === 1 ? 'one more item apply' : `${newItems.length} more items apply`}:{' '}
              {newItems.join(', ')}.{' '}
              <button type="button" {...facilitatorControl(rights, readOnly)} onClick={addNewAgendaItems}>
                Add to the agenda
              </button>
            </p>
          )}
          <h2 className="ws-step-title" data-testid="step-title">
            {step.title}
          </h2>
          <StepOverview view={view} />
          <ItemWalkthrough view={view} currentItemId={workshop.currentItemId} disabled={runLocked} />
        </div>
        <div className="ws-side">
          <LogEntryForm
            key={workshop.id}
            workshop={workshop}
            disabled={readOnly}
            proposesDecisions={rights.proposesDecisions}
          />
          <ProposalList workshopId={workshop.id} />
          <DecisionLog workshop={workshop} disabled={readOnly} />
          <ParkingLot workshop={workshop} recorder={facilitator} disabled={readOnly} />
          <PrivateNotes workshop={workshop} disabled={readOnly} />
          <ParticipantList workshop={workshop} disabled={readOnly} />
        </div>
      </div>
    </div>
  );
}
