import { useId, useState } from 'react';
import { assessmentKey } from '../../domain/model/schema';
import type { Recommendation } from '../../domain/catalog/schema';
import type { ChecklistItem } from '../../domain/rules/types';
import { isAssessedPerComponent } from '../../domain/checklist/assessmentWorkflow';
import { useWorkbench } from '../../store/hooks';
import { ItemAssessment, type PendingStatus } from './ItemAssessment';
import { TailoringEditor } from './TailoringEditor';
import { tailoringLabel } from '../../domain/checklist/tailoring';
import { ItemDetails } from './ItemDetails';
import { StatusPill } from './StatusPill';
import { QuickStatusSelect } from './QuickStatusSelect';
import { EntrySummary } from './EntrySummary';
import { own } from '../../domain/model/ownEntry';

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
  groupComponentId,
}: {
  item: ChecklistItem;
  recommendation: Recommendation | undefined;
  checked: boolean;
  onCheck: (checked: boolean) => void;
  /** Set when the list is grouped by component: the header then speaks for that component. */
  groupComponentId?: string;
}) {
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState<PendingStatus | undefined>();
  const document = useWorkbench((s) => s.document);
  const highlight = useWorkbench((s) => s.highlight);
  const setHighlight = useWorkbench((s) => s.setHighlight);
  const readOnly = useWorkbench((s) => s.readOnly);
  const rec = item.recommendationId;
  const assessable = item.applicability !== 'not-applicable';
  const perComponent = isAssessedPerComponent(document, rec, item.components);
  // An item shows once per group it belongs to (by component, by source): ids must differ.
  const titleId = useId();

  const toggle = () => {
    setOpen(!open);
    // Opening an item shows its components on the canvas.
    setHighlight(!open ? rec : highlight === rec ? null : highlight);
  };

  // A status that needs more (a justification, an approval) is completed in the open form.
  const needsFields = (next: PendingStatus) => {
    setPending(next);
    setOpen(true);
  };
  // Grouped by component, an item assessed per component shows and sets that component's own status.
  const headerScope =
    perComponent && groupComponentId && item.components.includes(groupComponentId) ? groupComponentId : undefined;
  const headerStatus = headerScope
    ? (own(document.assessment, assessmentKey(rec, headerScope))?.status ?? 'not-reviewed')
    : item.status;

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
          <input
            type="checkbox"
            checked={checked}
            onChange={(e) => onCheck(e.target.checked)}
            aria-label={`Select ${rec} for a bulk change`}
            data-testid="bulk-check"
          />
        )}
        <button type="button" className="checklist-toggle" aria-expanded={open} onClick={toggle} id={titleId}>
          <code>{rec}</code>
          <span className="checklist-title">{recommendation?.title ?? rec}</span>
        </button>
        {item.applicability !== 'applicable' && (
          <span className={`pill ${item.applicability}`}>{APPLICABILITY_LABEL[item.applicability]}</span>
        )}
        {item.modelEvidence === 'contradicts' && (
          <span
            className="pill model-contradicts"
            data-testid="model-verdict"
            title="A fact stated in the model contradicts this recommendation: a gap unless risk-accepted"
          >
            Model contradicts
          </span>
        )}
        {item.modelEvidence === 'supports' && (
          <span
            className="pill model-supports"
            data-testid="model-verdict"
            title="Facts stated in the model suggest this is met: confirm it"
          >
            Model suggests met
          </span>
        )}
        {item.tailoring && (
          <span
            className="pill tailored"
            data-testid="tailored"
            title={`${tailoringLabel(item.tailoring)} by ${item.tailoring.approver}: ${item.tailoring.justification}`}
          >
            Tailored: {tailoringLabel(item.tailoring)}
          </span>
        )}
        {item.expiredAcceptances.length > 0 && (
          <span
            className="pill model-contradicts"
            data-testid="acceptance-expired"
            title="A risk acceptance of this item has expired: it counts as a gap again"
          >
            Acceptance expired
          </span>
        )}
        {assessable &&
          (readOnly || (perComponent && !headerScope) ? (
            <StatusPill status={item.status} note={perComponent ? 'Worst status of its components' : undefined} />
          ) : (
            <QuickStatusSelect
              recommendationId={rec}
              scope={headerScope ?? 'platform'}
              status={headerStatus}
              label={
                headerScope
                  ? `Status of ${rec} for ${own(document.components, headerScope)?.name ?? headerScope}`
                  : `Status of ${rec}`
              }
              onNeedsFields={(status) => needsFields({ scope: headerScope ?? 'platform', status })}
            />
          ))}
      </div>
      {assessable && <EntrySummary entries={item.entries} />}
      {open && (
        <div className="checklist-body">
          <ItemDetails item={item} recommendation={recommendation} />
          <h5>Assessment</h5>
          <ItemAssessment
            item={item}
            pending={pending}
            onNeedsFields={needsFields}
            onPendingDone={() => setPending(undefined)}
          />
          <TailoringEditor item={item} readOnly={readOnly} />
        </div>
      )}
    </li>
  );
}
