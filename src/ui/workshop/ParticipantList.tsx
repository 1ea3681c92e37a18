import { useState } from 'react';
import { useWorkshopActions } from './useWorkshopActions';
import { WORKSHOP_ROLES, type Workshop, type WorkshopRole } from '../../domain/model/schema';
import { ROLE_LABEL } from './labels';

/** Who is in the room (the summary's attendance); late joiners are added here. */
export function ParticipantList({ workshop, disabled }: { workshop: Workshop; disabled: boolean }) {
  const { addWorkshopParticipant: add } = useWorkshopActions();
  const [name, setName] = useState('');
  const [role, setRole] = useState<WorkshopRole>('participant');
  const people = Object.values(workshop.participants);
  return (
    <section className="ws-card" aria-label="Participants">
      <h3>Participants ({people.length})</h3>
      <ul className="ws-compact" data-testid="participants">
        {people.map((p) => (
          <li key={p.id}>
            {p.name} <span className="ws-muted">({ROLE_LABEL[p.role]})</span>
          </li>
        ))}
      </ul>
      <form
        className="ws-row ws-join"
        onSubmit={(e) => {
          e.preventDefault();
          if (disabled || !name.trim()) return;
          add({ name: name.trim(), role });
          setName('');
        }}
      >
        <input
          aria-label="Name of a late participant"
          placeholder="Late participant"
          value={name}
          maxLength={200}
          onChange={(e) => setName(e.target.value)}
        />
        <select
          aria-label="Role of the late participant"
          value={role}
          onChange={(e) => setRole(e.target.value as WorkshopRole)}
        >
          {WORKSHOP_ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABEL[r]}
            </option>
          ))}
        </select>
        <button type="submit" disabled={disabled || !name.trim()}>
          Add
        </button>
      </form>
    </section>
  );
}
