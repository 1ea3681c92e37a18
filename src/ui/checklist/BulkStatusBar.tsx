import { useId, useState } from 'react';
import { LIMITS, type AssessmentStatus } from '../../domain/model/schema';
import { TextLimit } from '../shared/TextLimit';
import type { AssessmentTarget } from '../../domain/checklist/assessmentWorkflow';
import { requiredFields, STATUS_LABELS } from '../../domain/checklist/assessmentWorkflow';
import { useWorkbench } from '../../store/hooks';
import { useAssessmentActions } from './useAssessmentActions';
import { STATUS_OPTIONS } from './statusOptions';
import { plural } from '../../domain/text/plural';

/**
 * Sets one status on every selected item (every component of items assessed per component),
 * with the fields that status needs; one undo step, and nothing changes if any entry would be
 * invalid.
 */
export function BulkStatusBar({
  count,
  targets,
  onSelectAll,
  onClear,
  shown,
}: {
  count: number;
  targets: () => AssessmentTarget[];
  onSelectAll: () => void;
  onClear: () => void;
  shown: number;
}) {
  const { bulkSetStatus } = useAssessmentActions();
  const notify = useWorkbench((s) => s.notify);
  const [status, setStatus] = useState<AssessmentStatus>('implemented');
  const [fields, setFields] = useState({ justification: '', approver: '', approvedAt: '', expiresAt: '' });
  const [error, setError] = useState<string | null>(null);
  const uid = useId();
  const needs = new Set(requiredFields(status));

  const apply = () => {
    const extra = Object.fromEntries([...needs].map((f) => [f, fields[f as keyof typeof fields]]));
    const result = bulkSetStatus(targets(), status, extra);
    if (!result.ok) return setError(result.message);
    setError(null);
    notify({
      kind: 'info',
      text: `${plural(count, 'item')} set to “${STATUS_LABELS[status]}”. Undo restores them in one step.`,
    });
    onClear();
  };

  return (
    <div className="bulk-bar" role="region" aria-label="Bulk status change" data-testid="bulk-bar">
      <div className="filter-row">
        <strong>{count} selected</strong>
        {count < shown && (
          <button type="button" className="link-button" onClick={onSelectAll}>
            Select all {shown} shown
          </button>
        )}
        <button type="button" className="link-button" onClick={onClear}>
          Clear selection
        </button>
      </div>
      <div className="filter-row">
        <label htmlFor={`${uid}-status`}>Set status</label>
        <select
          id={`${uid}-status`}
          value={status}
          onChange={(e) => (setStatus(e.target.value as AssessmentStatus), setError(null))}
          data-testid="bulk-status"
        >
          {STATUS_OPTIONS.map((o) => (
            <option key={o.status} value={o.status}>
              {o.label}
            </option>
          ))}
        </select>
        <button type="button" className="primary-button" onClick={apply} data-testid="bulk-apply">
          Apply to {count}
        </button>
      </div>
      {needs.has('justification') && (
        <textarea
          aria-label="Justification for all selected items"
          placeholder="Justification (required)"
          rows={2}
          maxLength={LIMITS.notes}
          value={fields.justification}
          onChange={(e) => setFields({ ...fields, justification: e.target.value })}
          data-testid="bulk-justification"
        />
      )}
      {needs.has('justification') && <TextLimit value={fields.justification} max={LIMITS.notes} />}
      {needs.has('approver') && (
        <div className="filter-row">
          <input
            aria-label="Approver"
            placeholder="Approver"
            maxLength={200}
            value={fields.approver}
            onChange={(e) => setFields({ ...fields, approver: e.target.value })}
          />
          <input
            aria-label="Approved on"
            type="date"
            value={fields.approvedAt}
            onChange={(e) => setFields({ ...fields, approvedAt: e.target.value })}
          />
          <input
            aria-label="Expires on"
            type="date"
            value={fields.expiresAt}
            onChange={(e) => setFields({ ...fields, expiresAt: e.target.value })}
          />
        </div>
      )}
      {error && (
        <p className="field-error" role="alert" data-testid="bulk-error">
          {error}
        </p>
      )}
    </div>
  );
}
