import { useState } from 'react';
import { assessmentKey, type AssessmentStatus } from '../../domain/model/schema';
import type { ChecklistItem } from '../../domain/rules/types';
import { isAssessedPerComponent } from '../../domain/checklist/assessmentWorkflow';
import { useWorkbench } from '../../store/hooks';
import { EntryEditor, entrySignature } from './EntryEditor';
import { EvidenceList } from './EvidenceList';
import { QuickStatusSelect } from './QuickStatusSelect';

/**
 * The assessor's records of an item: one for the whole item, or one per component when the
 * item applies to several and they differ. `pendingStatus` is a status picked in the item's
 * header that needs more fields (justification, approval), to be completed here.
 */
export function ItemAssessment({ item, pendingStatus, onPendingDone }: { item: ChecklistItem; pendingStatus?: AssessmentStatus; onPendingDone: () => void }) {
  const document = useWorkbench((s) => s.document);
  const split = useWorkbench((s) => s.splitPerComponent);
  const merge = useWorkbench((s) => s.mergeToPlatform);
  const notify = useWorkbench((s) => s.notify);
  const readOnly = useWorkbench((s) => s.readOnly);
  const [openScope, setOpenScope] = useState<string | null>(null);
  const [scopePending, setScopePending] = useState<{ scope: string; status: AssessmentStatus } | null>(null);
  const perComponent = isAssessedPerComponent(document, item.recommendationId, item.components);
  const rec = item.recommendationId;

  if (item.applicability === 'not-applicable') {
    return <p className="empty-note">Nothing to assess: the model gives no component this recommendation applies to.</p>;
  }

  const platformEntry = document.assessment[assessmentKey(rec, 'platform')];
  return (
    <div className="item-assessment">
      {item.components.length > 1 && (
        <div className="scope-switch" role="group" aria-label="Assess as">
          <span>Assess</span>
          <button type="button" aria-pressed={!perComponent} disabled={readOnly || !perComponent} onClick={() => {
            const result = merge(rec, item.components);
            if (!result.ok) notify({ kind: 'error', text: result.message });
          }}>
            one status for all {item.components.length} components
          </button>
          <button type="button" aria-pressed={perComponent} disabled={readOnly || perComponent} onClick={() => split(rec, item.components)} data-testid="split-per-component">
            each component
          </button>
        </div>
      )}
      {!perComponent ? (
        <>
          <EntryEditor
            key={`${entrySignature(platformEntry)}:${pendingStatus ?? ''}`}
            recommendationId={rec}
            scope="platform"
            entry={platformEntry}
            initialStatus={pendingStatus}
            onDone={onPendingDone}
          />
          <EvidenceList recommendationId={rec} scope="platform" entry={platformEntry} />
        </>
      ) : (
        <ul className="scope-list">
          {item.components.map((componentId) => {
            const entry = document.assessment[assessmentKey(rec, componentId)];
            const open = openScope === componentId;
            const name = document.components[componentId]?.name ?? componentId;
            const pending = scopePending?.scope === componentId ? scopePending.status : undefined;
            return (
              <li key={componentId} className="scope-row" data-testid="scope-row" data-scope={componentId}>
                <div className="scope-head">
                  <button type="button" className="scope-toggle" aria-expanded={open} onClick={() => setOpenScope(open ? null : componentId)}>
                    {name}
                  </button>
                  <QuickStatusSelect
                    recommendationId={rec}
                    scope={componentId}
                    status={entry?.status ?? 'not-reviewed'}
                    label={`Status of ${rec} for ${name}`}
                    onNeedsFields={(status) => {
                      setScopePending({ scope: componentId, status });
                      setOpenScope(componentId);
                    }}
                  />
                </div>
                {open && (
                  <div className="scope-body">
                    <EntryEditor
                      key={`${entrySignature(entry)}:${pending ?? ''}`}
                      recommendationId={rec}
                      scope={componentId}
                      entry={entry}
                      initialStatus={pending}
                      onDone={() => setScopePending(null)}
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
