import { useState } from 'react';
import type { ChecklistItem } from '../../domain/rules/types';
import { TAILORING_PRIORITIES, type TailoringPriority } from '../../domain/model/schema';
import { tailoringLabel } from '../../domain/checklist/tailoring';
import { useAssessmentActions } from './useAssessmentActions';

/**
 * Tailoring of one item (issue 19): scope it out or give it another priority, with a
 * justification and an approver (both required). A decision stays visible on the item.
 */
export function TailoringEditor({ item, readOnly }: { item: ChecklistItem; readOnly: boolean }) {
  const actions = useAssessmentActions();
  const rec = item.recommendationId;
  const t = item.tailoring;
  const [decision, setDecision] = useState<'scoped-out' | 'reprioritised'>(t?.decision ?? 'scoped-out');
  const [priority, setPriority] = useState<TailoringPriority>(t?.priority ?? 'medium');
  const [justification, setJustification] = useState(t?.justification ?? '');
  const [approver, setApprover] = useState(t?.approver ?? '');
  const [error, setError] = useState('');

  const save = () => {
    const result = actions.tailorItem({
      recommendationId: rec,
      decision,
      ...(decision === 'reprioritised' ? { priority } : {}),
      justification,
      approver,
    });
    setError(result.ok ? '' : result.message);
  };

  return (
    <div className="tailoring" data-testid="tailoring">
      <h5>Tailoring</h5>
      {t && (
        <p data-testid="tailoring-current">
          {tailoringLabel(t)}, approved by {t.approver}: {t.justification}
        </p>
      )}
      {!readOnly && (
        <fieldset>
          <legend className="visually-hidden">Tailor {rec}</legend>
          <label>
            Decision{' '}
            <select
              value={decision}
              onChange={(e) => setDecision(e.target.value as 'scoped-out' | 'reprioritised')}
              aria-label={`Tailoring decision for ${rec}`}
            >
              <option value="scoped-out">Scope out</option>
              <option value="reprioritised">Change priority</option>
            </select>
          </label>
          {decision === 'reprioritised' && (
            <label>
              Priority{' '}
              <select
                value={priority}
                onChange={(e) => setPriority(e.target.value as TailoringPriority)}
                aria-label={`New priority for ${rec}`}
              >
                {TAILORING_PRIORITIES.map((p) => (
                  <option key={p} value={p}>
                    {p}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label>
            Justification{' '}
            <textarea
              value={justification}
              onChange={(e) => setJustification(e.target.value)}
              aria-label={`Tailoring justification for ${rec}`}
              rows={2}
            />
          </label>
          <label>
            Approver{' '}
            <input
              value={approver}
              onChange={(e) => setApprover(e.target.value)}
              aria-label={`Tailoring approver for ${rec}`}
            />
          </label>
          <button type="button" onClick={save}>
            Save tailoring
          </button>
          {t && (
            <button type="button" onClick={() => actions.untailorItem(rec)}>
              Remove tailoring
            </button>
          )}
          {error && (
            <p role="alert" className="error">
              {error}
            </p>
          )}
        </fieldset>
      )}
    </div>
  );
}
