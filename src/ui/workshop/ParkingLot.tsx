import { useState } from 'react';
import { useWorkshopActions } from './useWorkshopActions';
import type { Workshop } from '../../domain/model/schema';

/** Topics to come back to: parked from any step, ticked off when dealt with. */
export function ParkingLot({
  workshop,
  recorder,
  disabled,
}: {
  workshop: Workshop;
  recorder: string;
  disabled: boolean;
}) {
  const { parkWorkshopTopic: park, setParkedTopicResolved: setResolved } = useWorkshopActions();
  const [text, setText] = useState('');
  const topics = Object.values(workshop.parkingLot).sort((a, b) => (a.at < b.at ? -1 : 1));
  const stepTitle = new Map(workshop.agenda.map((s) => [s.id, s.title]));
  return (
    <section className="ws-card" aria-label="Parking lot">
      <h3>Parking lot</h3>
      <form
        className="ws-row"
        onSubmit={(e) => {
          e.preventDefault();
          if (!text.trim() || disabled) return;
          park({ text, by: recorder });
          setText('');
        }}
      >
        <input
          aria-label="Topic to park"
          placeholder="Topic to come back to"
          value={text}
          maxLength={2000}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" disabled={disabled || !text.trim()}>
          Park
        </button>
      </form>
      <ul className="ws-parked">
        {topics.map((t) => (
          <li key={t.id} className={t.resolved ? 'resolved' : undefined} data-testid="parked-topic">
            <label>
              <input
                type="checkbox"
                checked={t.resolved}
                disabled={disabled}
                onChange={(e) => setResolved(t.id, e.target.checked)}
              />
              <span>{t.text}</span>
            </label>
            <span className="ws-muted"> · {stepTitle.get(t.stepId) ?? t.stepId}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
