import { useWorkbench } from '../../store/hooks';
import { selectAssessment } from '../../store/selectors';
import type { ChecklistItem } from '../../domain/rules/types';

const APPLICABILITY_LABEL: Record<ChecklistItem['applicability'], string> = {
  applicable: 'Applies',
  'needs-input': 'Needs input',
  'not-applicable': 'Not applicable',
};

/** The HY-SR / VM-* checklist derived from the model; selecting an item highlights its components. */
export function ChecklistPanel() {
  const catalog = useWorkbench((s) => s.catalog);
  const assessment = useWorkbench((s) => selectAssessment(s));
  const highlight = useWorkbench((s) => s.highlight);
  const setHighlight = useWorkbench((s) => s.setHighlight);
  const { summary } = assessment;

  return (
    <div className="checklist" aria-label="Checklist">
      <p className="checklist-summary" data-testid="checklist-summary">
        <strong data-testid="applicable-count">{summary.applicable}</strong> apply ·{' '}
        <strong>{summary.needsInput}</strong> need input · {summary.notApplicable} not applicable
      </p>
      <ul className="checklist-items">
        {assessment.checklist.map((item) => {
          const rec = catalog.recommendations.find((r) => r.id === item.recommendationId);
          const active = highlight === item.recommendationId;
          return (
            <li
              key={item.recommendationId}
              className={`checklist-item ${item.applicability}${active ? ' is-active' : ''}`}
              data-testid="checklist-item"
              data-recommendation={item.recommendationId}
              data-applicability={item.applicability}
            >
              <button
                type="button"
                className="checklist-head"
                aria-pressed={active}
                onClick={() => setHighlight(active ? null : item.recommendationId)}
              >
                <code>{item.recommendationId}</code>
                <span className="checklist-title">{rec?.title ?? item.recommendationId}</span>
                <span className={`pill ${item.applicability}`}>{APPLICABILITY_LABEL[item.applicability]}</span>
              </button>
              {active && (
                <ul className="reason-list">
                  {item.reasons.map((r, i) => (
                    <li key={i}>{r.text}</li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
