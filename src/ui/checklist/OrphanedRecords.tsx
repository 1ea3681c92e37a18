import type { OrphanedEntry } from '../../domain/rules/types';
import { STATUS_LABELS } from '../../domain/checklist/status';
import { useWorkbench } from '../../store/hooks';
import { useAssessmentActions } from './useAssessmentActions';
import { plural } from '../../domain/text/plural';

const WHY: Record<OrphanedEntry['why'], string> = {
  'recommendation-not-applicable': 'the item no longer applies to this scope',
  'recommendation-not-in-catalog': 'the recommendation is not in this catalog',
  'component-removed': 'the component was removed',
};

/** Saved records the model no longer calls for: kept until the assessor removes them, never dropped silently. */
export function OrphanedRecords({ orphaned }: { orphaned: readonly OrphanedEntry[] }) {
  const components = useWorkbench((s) => s.document.components);
  const { clearAssessment: clear } = useAssessmentActions();
  const readOnly = useWorkbench((s) => s.readOnly);
  if (orphaned.length === 0) return null;
  return (
    <details className="orphaned" data-testid="orphaned-records">
      <summary>{plural(orphaned.length, 'saved record')} kept for items that no longer apply</summary>
      <ul className="evidence-list">
        {orphaned.map(({ key, entry, why }) => (
          <li key={key}>
            <code>{entry.recommendationId}</code>
            <span className="evidence-text">
              {entry.scope === 'platform' ? 'whole item' : (components[entry.scope]?.name ?? entry.scope)} ·{' '}
              {STATUS_LABELS[entry.status]} · {WHY[why]}
            </span>
            <button
              type="button"
              className="link-button danger"
              disabled={readOnly}
              onClick={() => clear(entry.recommendationId, entry.scope)}
            >
              Remove record
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
