import type { DocumentComparison, RecordChange, RecordRef } from '../../domain/io';
import { ASSESSMENT_STATUS_LABEL } from './labels';

function RefList({ title, items, testId }: { title: string; items: RecordRef[]; testId: string }) {
  if (items.length === 0) return null;
  return (
    <div data-testid={testId}>
      <h4>
        {title} ({items.length})
      </h4>
      <ul>
        {items.map((r) => (
          <li key={r.id}>
            <strong>{r.name}</strong> <span className="field-help">{r.type}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function ChangeList({ title, items, testId }: { title: string; items: RecordChange[]; testId: string }) {
  if (items.length === 0) return null;
  return (
    <div data-testid={testId}>
      <h4>
        {title} ({items.length})
      </h4>
      <ul>
        {items.map((r) => (
          <li key={r.id}>
            <strong>{r.name}</strong>: {r.changes.join('; ')}
          </li>
        ))}
      </ul>
    </div>
  );
}

const describe = (side: { status: keyof typeof ASSESSMENT_STATUS_LABEL; applicability: string } | null) =>
  side ? `${ASSESSMENT_STATUS_LABEL[side.status]}${APPLICABILITY_NOTE[side.applicability] ?? ''}` : 'not listed';

const APPLICABILITY_NOTE: Record<string, string> = { 'needs-input': ' (needs input)', 'not-applicable': ' (does not apply to the model)' };

/** What changed between two versions: components, connections and checklist statuses. */
export function CompareView({ comparison, before, after }: { comparison: DocumentComparison; before: string; after: string }) {
  return (
    <div className="compare-view" data-testid="compare-view" aria-label={`Changes from ${before} to ${after}`}>
      <p>
        From <strong>{before}</strong> to <strong>{after}</strong>
      </p>
      {comparison.identical && <p data-testid="compare-identical">No differences.</p>}
      <RefList title="Components added" items={comparison.components.added} testId="compare-components-added" />
      <RefList title="Components removed" items={comparison.components.removed} testId="compare-components-removed" />
      <ChangeList title="Components changed" items={comparison.components.changed} testId="compare-components-changed" />
      <RefList title="Connections added" items={comparison.connections.added} testId="compare-connections-added" />
      <RefList title="Connections removed" items={comparison.connections.removed} testId="compare-connections-removed" />
      <ChangeList title="Connections changed" items={comparison.connections.changed} testId="compare-connections-changed" />
      {comparison.statuses.length > 0 && (
        <div data-testid="compare-statuses">
          <h4>Checklist statuses changed ({comparison.statuses.length})</h4>
          <ul>
            {comparison.statuses.map((s) => (
              <li key={s.recommendationId}>
                <strong>{s.recommendationId}</strong>: {describe(s.before)} → {describe(s.after)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
