import { useState } from 'react';
import type { AssessmentStatus } from '../../domain/model/schema';
import type { Recommendation } from '../../domain/catalog/schema';
import type { ChecklistItem } from '../../domain/rules/types';
import { isAssessedPerComponent } from '../../domain/checklist/assessmentWorkflow';
import { useWorkbench } from '../../store/hooks';
import { ItemAssessment } from './ItemAssessment';
import { ItemDetails } from './ItemDetails';
import { StatusPill } from './StatusPill';
import { QuickStatusSelect } from './QuickStatusSelect';
import { EntrySummary } from './EntrySummary';

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

  // A status that needs more (a justification, an approval) is completed in the open form.
  const needsFields = (status: AssessmentStatus) => {
    setPendingStatus(status);
    setOpen(true);
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
            <QuickStatusSelect recommendationId={rec} scope="platform" status={item.status} label={`Status of ${rec}`} onNeedsFields={needsFields} />
          ))}
      </div>
      {assessable && <EntrySummary entries={item.entries} />}
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
