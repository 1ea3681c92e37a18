import { useState } from 'react';
import { useWorkbench } from '../../store/hooks';
import { useWorkshopActions } from './useWorkshopActions';
import { WORKSHOP_ROLES, type WorkshopRole } from '../../domain/model/schema';
import { ROLE_LABEL } from './labels';
import { facilitatorControl, RIGHTS_NOTE_ID, useLiveRights } from '../live/useLiveRights';

interface Row {
  key: number;
  name: string;
  role: WorkshopRole;
}

/** Title and participants of a new workshop; the agenda is generated from the model on start. */
export function StartWorkshopForm() {
  const { startWorkshop } = useWorkshopActions();
  const readOnly = useWorkbench((s) => s.readOnly);
  const rights = useLiveRights();
  const [title, setTitle] = useState('Threat-modelling workshop');
  const [rows, setRows] = useState<Row[]>([
    { key: 1, name: '', role: 'facilitator' },
    { key: 2, name: '', role: 'scribe' },
  ]);
  const named = rows.filter((r) => r.name.trim());
  const hasFacilitator = named.some((r) => r.role === 'facilitator');
  const update = (key: number, patch: Partial<Row>) =>
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  return (
    <form
      className="ws-start"
      aria-label="Start a workshop"
      onSubmit={(e) => {
        e.preventDefault();
        if (hasFacilitator)
          startWorkshop({ title, participants: named.map((r) => ({ name: r.name.trim(), role: r.role })) });
      }}
    >
      <h2>Start a workshop</h2>
      <p className="ws-muted">
        The agenda is generated from the model: one step per baseline function (HY-BF1 to HY-BF5) with its components,
        tasks, threats and recommendations, then one step per pack with items to discuss (the bundled packs and any you
        installed).
      </p>
      <label className="ws-field">
        Title
        <input value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} required />
      </label>
      <fieldset className="ws-participants">
        <legend>Participants</legend>
        {rows.map((row, index) => (
          <div className="ws-participant-row" key={row.key}>
            <input
              aria-label={`Participant ${index + 1} name`}
              placeholder="Name"
              value={row.name}
              maxLength={200}
              onChange={(e) => update(row.key, { name: e.target.value })}
            />
            <select
              aria-label={`Participant ${index + 1} role`}
              value={row.role}
              onChange={(e) => update(row.key, { role: e.target.value as WorkshopRole })}
            >
              {WORKSHOP_ROLES.map((role) => (
                <option key={role} value={role}>
                  {ROLE_LABEL[role]}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="ws-link"
              onClick={() => setRows((rs) => rs.filter((r) => r.key !== row.key))}
              disabled={rows.length === 1}
            >
              Remove
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() =>
            setRows((rs) => [...rs, { key: Math.max(0, ...rs.map((r) => r.key)) + 1, name: '', role: 'participant' }])
          }
        >
          Add participant
        </button>
      </fieldset>
      {!hasFacilitator && <p className="ws-hint">Name a facilitator to start.</p>}
      {rights.facilitatorOnly && (
        <p className="ws-hint" role="note" id={RIGHTS_NOTE_ID} data-testid="live-rights-note">
          {rights.facilitatorOnly}
        </p>
      )}
      <button type="submit" className="ws-primary" {...facilitatorControl(rights, !hasFacilitator || readOnly)}>
        Start workshop
      </button>
    </form>
  );
}
