import type { TopGap } from '../../domain/checklist/dashboardData';
import type { ChecklistFilter } from '../../domain/checklist/checklistFilterDefaults';
import { StatusPill } from '../checklist/StatusPill';
import { plural } from '../../domain/text/plural';

/** The open items that matter most (worst status, most threats, most components), each opening its checklist item. */
export function TopGaps({
  gaps,
  componentName,
  onOpen,
}: {
  gaps: TopGap[];
  componentName: (id: string) => string;
  onOpen: (filter: Partial<ChecklistFilter>) => void;
}) {
  if (gaps.length === 0)
    return (
      <p className="empty-note">No open gap: every applicable recommendation is implemented, accepted or ruled out.</p>
    );
  return (
    <ol className="top-gaps" data-testid="top-gaps">
      {gaps.map((g) => (
        <li key={g.recommendationId}>
          <button
            type="button"
            className="gap-button"
            data-testid="top-gap"
            data-recommendation={g.recommendationId}
            onClick={() =>
              onOpen({
                recommendationIds: [g.recommendationId],
                applicability: 'all',
                origin: `gap ${g.recommendationId}`,
              })
            }
          >
            <code>{g.recommendationId}</code>
            <span className="gap-title">{g.title}</span>
            <StatusPill status={g.status} />
          </button>
          <p className="gap-meta">
            {plural(g.threats.length, 'threat')} · {g.components.map(componentName).join(', ') || 'whole platform'}
          </p>
        </li>
      ))}
    </ol>
  );
}
