import { useState } from 'react';
import { assessmentKey, type AssessmentStatus } from '../../domain/model/schema';
import type { ChecklistItem } from '../../domain/rules/types';
import { isAssessedPerComponent } from '../../domain/checklist/assessmentWorkflow';
import { useWorkbench } from '../../store/hooks';
import { useAssessmentActions } from './useAssessmentActions';
import { EntryEditor, entrySignature } from './EntryEditor';
import { EvidenceList } from './EvidenceList';
import { QuickStatusSelect } from './QuickStatusSelect';
import { own } from '../../domain/model/ownEntry';
import { plural } from '../../domain/text/plural';

/** A status picked in a menu that needs more fields (justification, approval), for one scope. */
export interface PendingStatus {
  scope: string;
  status: AssessmentStatus;
}

/**
 * The assessor's records of an item: one for the whole item, or one per component when the
 * item applies to several and they differ. `pending` is completed here, in the scope's form.
 */
export function ItemAssessment({
  item,
  pending,
  onNeedsFields,
  onPendingDone,
}: {
  item: ChecklistItem;
  pending: PendingStatus | undefined;
  onNeedsFields: (pending: PendingStatus) => void;
  onPendingDone: () => void;
}) {
  const document = useWorkbench((s) => s.document);
  const { splitPerComponent: split, mergeToPlatform: merge } = useAssessmentActions();
  const notify = useWorkbench((s) => s.notify);
  const readOnly = useWorkbench((s) => s.readOnly);
  const [openScope, setOpenScope] = useState<string | null>(null);
  const perComponent = isAssessedPerComponent(document, item.recommendationId, item.components);
  const rec = item.recommendationId;

  if (item.applicability === 'not-applicable') {
    return (
      <p className="empty-note">Nothing to assess: the model gives no component this recommendation applies to.</p>
    );
  }

  const platformEntry = own(document.assessment, assessmentKey(rec, 'platform'));
  const pendingFor = (scope: string) => (pending?.scope === scope ? pending.status : undefined);
  return (
    <div className="item-assessment">
      {item.components.length > 1 && (
        <div className="scope-switch" role="group" aria-label="Assess as">
          <span>Assess</span>
          <button
            type="button"
            aria-pressed={!perComponent}
            disabled={readOnly || !perComponent}
            onClick={() => {
              const result = merge(rec, item.components);
              if (!result.ok) notify({ kind: 'error', text: result.message });
            }}
          >
            one status for all {plural(item.components.length, 'component')}
          </button>
          <button
            type="button"
            aria-pressed={perComponent}
            disabled={readOnly || perComponent}
            onClick={() => split(rec, item.components)}
            data-testid="split-per-component"
          >
            each component
          </button>
        </div>
      )}
      {!perComponent ? (
        <>
          <EntryEditor
            key={`${entrySignature(platformEntry)}:${pendingFor('platform') ?? ''}`}
            recommendationId={rec}
            scope="platform"
            entry={platformEntry}
            initialStatus={pendingFor('platform')}
            onDone={onPendingDone}
          />
          <EvidenceList recommendationId={rec} scope="platform" entry={platformEntry} />
        </>
      ) : (
        <ul className="scope-list">
          {item.components.map((componentId) => {
            const entry = own(document.assessment, assessmentKey(rec, componentId));
            const scopePending = pendingFor(componentId);
            const open = openScope === componentId || scopePending !== undefined;
            const name = own(document.components, componentId)?.name ?? componentId;
            return (
              <li key={componentId} className="scope-row" data-testid="scope-row" data-scope={componentId}>
                <div className="scope-head">
                  <button
                    type="button"
                    className="scope-toggle"
                    aria-expanded={open}
                    onClick={() => setOpenScope(open ? null : componentId)}
                  >
                    {name}
                  </button>
                  <QuickStatusSelect
                    recommendationId={rec}
                    scope={componentId}
                    status={entry?.status ?? 'not-reviewed'}
                    label={`Status of ${rec} for ${name}`}
                    onNeedsFields={(status) => {
                      setOpenScope(componentId);
                      onNeedsFields({ scope: componentId, status });
                    }}
                  />
                </div>
                {open && (
                  <div className="scope-body">
                    <EntryEditor
                      key={`${entrySignature(entry)}:${scopePending ?? ''}`}
                      recommendationId={rec}
                      scope={componentId}
                      entry={entry}
                      initialStatus={scopePending}
                      onDone={onPendingDone}
                    />
                    <EvidenceList recommendationId={rec} scope={componentId} entry={entry} />
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
