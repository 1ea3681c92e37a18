import type { ReactNode } from 'react';
import type { DocumentComparison, RecordChange, RecordRef } from '../../domain/io/compareDocuments';
import { STATUS_LABELS } from '../../domain/checklist/status';

/** A titled list of changed records, or nothing when there are none. */
function RecordSection<T extends { id: string; name: string }>({
  title,
  items,
  testId,
  detail,
}: {
  title: string;
  items: T[];
  testId: string;
  detail: (item: T) => ReactNode;
}) {
  if (items.length === 0) return null;
  return (
    <div data-testid={testId}>
      <h4>
        {title} ({items.length})
      </h4>
      <ul>
        {items.map((r) => (
          <li key={r.id}>
            <strong>{r.name}</strong>
            {detail(r)}
          </li>
        ))}
      </ul>
    </div>
  );
}

const refDetail = (r: RecordRef) => (
  <>
    {' '}
    <span className="field-help">{r.type}</span>
  </>
);
const changeDetail = (r: RecordChange) => `: ${r.changes.join('; ')}`;

const describe = (side: { status: keyof typeof STATUS_LABELS; applicability: string } | null) =>
  side ? `${STATUS_LABELS[side.status]}${APPLICABILITY_NOTE[side.applicability] ?? ''}` : 'not listed';

const APPLICABILITY_NOTE: Record<string, string> = {
  'needs-input': ' (needs input)',
  'not-applicable': ' (does not apply to the model)',
};

/** What changed between two versions: components, connections and checklist statuses. */
export function CompareView({
  comparison,
  before,
  after,
}: {
  comparison: DocumentComparison;
  before: string;
  after: string;
}) {
  return (
    <div className="compare-view" data-testid="compare-view" aria-label={`Changes from ${before} to ${after}`}>
      <p>
        From <strong>{before}</strong> to <strong>{after}</strong>
      </p>
      {comparison.identical && <p data-testid="compare-identical">No differences.</p>}
      <RecordSection
        title="Components added"
        items={comparison.components.added}
        testId="compare-components-added"
        detail={refDetail}
      />
      <RecordSection
        title="Components removed"
        items={comparison.components.removed}
        testId="compare-components-removed"
        detail={refDetail}
      />
      <RecordSection
        title="Components changed"
        items={comparison.components.changed}
        testId="compare-components-changed"
        detail={changeDetail}
      />
      <RecordSection
        title="Connections added"
        items={comparison.connections.added}
        testId="compare-connections-added"
        detail={refDetail}
      />
      <RecordSection
        title="Connections removed"
        items={comparison.connections.removed}
        testId="compare-connections-removed"
        detail={refDetail}
      />
      <RecordSection
        title="Connections changed"
        items={comparison.connections.changed}
        testId="compare-connections-changed"
        detail={changeDetail}
      />
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
