import { useWorkshopActions } from './useWorkshopActions';
import { LIMITS, type Workshop } from '../../domain/model/schema';
import { TextLimit } from '../shared/TextLimit';
import { own } from '../../domain/model/ownEntry';

/** The facilitator's notes for the current step; saved with the project, never shown on the presenter view. */
export function PrivateNotes({ workshop, disabled }: { workshop: Workshop; disabled: boolean }) {
  const { setWorkshopPrivateNote: setNote } = useWorkshopActions();
  const stepId = workshop.currentStepId;
  return (
    <section className="ws-card ws-private" aria-label="Private notes">
      <label className="ws-field">
        Private notes <span className="ws-muted">(facilitator only, not on the presenter view)</span>
        <textarea
          rows={3}
          maxLength={LIMITS.notes}
          value={own(workshop.privateNotes, stepId) ?? ''}
          disabled={disabled}
          onChange={(e) => setNote(stepId, e.target.value)}
        />
        <TextLimit value={own(workshop.privateNotes, stepId) ?? ''} max={LIMITS.notes} />
      </label>
    </section>
  );
}
