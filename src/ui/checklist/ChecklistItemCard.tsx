import { useState } from 'react';
import { assessmentKey, type AssessmentStatus } from '../../domain/model/schema';
import type { Recommendation } from '../../domain/catalog/schema';
import type { ChecklistItem } from '../../domain/rules/types';
import { isAssessedPerComponent, validateEntry } from '../../domain/checklist/assessmentWorkflow';
import { emptyAssessmentEntry } from '../../domain/checklist/assessmentOps';
import { useWorkbench } from '../../store/hooks';
import { ItemAssessment } from './ItemAssessment';
import { ItemDetails } from './ItemDetails';
import { StatusPill } from './StatusPill';
import { STATUS_OPTIONS } from './statusOptions';

const APPLICABILITY_LABEL: Record<ChecklistItem['applicability'], string> = {
  applicable: 'Applies',
  'needs-input': 'Needs input',
  'not-applicable': 'Not applicable (model)',
};

/**
 * One checklist item: a header (select for bulk, id, title, applicability, status) and, when
 * open, the requirement, the reasons and the assessor's records.
 */
export function ChecklistItemCard({
  item,
  recommendation,
  checked,
  onCheck,
}: {
  item: ChecklistItem;
  recommendation: Recommendation | undefined;
  checked: boolean;
  onCheck: (checked: boolean) => void;
}) {
  const [open, setOpen] = useState(false);
  const [pendingStatus, setPendingStatus] = useState<AssessmentStatus | undefined>();
  const document = useWorkbench((s) => s.document);
  const highlight = useWorkbench((s) => s.highlight);
  const setHighlight = useWorkbench((s) => s.setHighlight);
  const saveAssessment = useWorkbench((s) => s.saveAssessment);
  const readOnly = useWorkbench((s) => s.readOnly);
  const rec = item.recommendationId;
  const assessable = item.applicability !== 'not-applicable';
  const perComponent = isAssessedPerComponent(document, rec, item.components);
  const titleId = `item-${rec}-title`;

  const toggle = () => {
    setOpen(!open);
    // Opening an item shows its components on the canvas.
    setHighlight(!open ? rec : highlight === rec ? null : highlight);
  };

  const quickStatus = (status: AssessmentStatus) => {
    const current = document.assessment[assessmentKey(rec, 'platform')] ?? emptyAssessmentEntry(rec, 'platform', '1970-01-01T00:00:00Z');
    if (validateEntry({ ...current, status }).length > 0) {
      // The status needs more (a justification, an approval): complete it in the form.
      setPendingStatus(status);
      setOpen(true);
      return;
    }
    saveAssessment(rec, 'platform', { status });
  };

  return (
    <li
      className={`checklist-item ${item.applicability}${open ? ' is-open' : ''}`}
      data-testid="checklist-item"
      data-recommendation={rec}
      data-applicability={item.applicability}
      data-status={item.status}
      aria-labelledby={titleId}
    >
      <div className="checklist-head">
        {assessable && (
          <input type="checkbox" checked={checked} onChange={(e) => onCheck(e.target.checked)} aria-label={`Select ${rec} for a bulk change`} data-testid="bulk-check" />
        )}
        <button type="button" className="checklist-toggle" aria-expanded={open} onClick={toggle} id={titleId}>
          <code>{rec}</code>
          <span className="checklist-title">{recommendation?.title ?? rec}</span>
        </button>
        {item.applicability !== 'applicable' && <span className={`pill ${item.applicability}`}>{APPLICABILITY_LABEL[item.applicability]}</span>}
        {assessable &&
          (perComponent || readOnly ? (
            <StatusPill status={item.status} note={perComponent ? 'Worst status of its components' : undefined} />
          ) : (
            <select
              className={`status-select status-${item.status}`}
              aria-label={`Status of ${rec}`}
              value={item.status}
              data-testid="item-status"
              onChange={(e) => quickStatus(e.target.value as AssessmentStatus)}
            >
              {STATUS_OPTIONS.map((o) => (
                <option key={o.status} value={o.status}>
                  {o.label}
                </option>
              ))}
            </select>
          ))}
      </div>
      {open && (
        <div className="checklist-body">
          <ItemDetails item={item} recommendation={recommendation} />
          <h5>Assessment</h5>
          <ItemAssessment item={item} pendingStatus={pendingStatus} onPendingDone={() => setPendingStatus(undefined)} />
        </div>
      )}
    </li>
  );
}
