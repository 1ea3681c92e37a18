import type { Evidence } from '../../domain/model/schema';
import { acceptScanSuggestion } from '../../domain/commands/importCommands';
import { useWorkbench, useWorkbenchStore } from '../../store/hooks';

/** A scan evidence item's results and, until accepted, its suggested status with an Accept button. */
export function ScanEvidenceView({ recommendationId, evidence }: { recommendationId: string; evidence: Evidence }) {
  const store = useWorkbenchStore();
  const readOnly = useWorkbench((s) => s.readOnly);
  const scan = evidence.scan;
  if (!scan) return null;
  const label = scan.suggested === 'implemented' ? 'implemented' : 'not implemented';
  return (
    <div className="scan-evidence" data-testid="scan-evidence">
      <ul className="scan-results">
        {scan.results.map((r, i) => (
          <li key={i} data-outcome={r.outcome}>
            {r.ruleId}: {r.raw}
            {r.detail ? ` — ${r.detail}` : ''}
          </li>
        ))}
      </ul>
      {scan.suggested &&
        (scan.acceptedAt ? (
          <span className="evidence-meta" data-testid="scan-accepted">
            Suggested {label}; accepted {scan.acceptedAt.slice(0, 10)}
          </span>
        ) : (
          <span data-testid="scan-suggestion">
            Suggested: {label} —{' '}
            <button
              type="button"
              className="link-button"
              disabled={readOnly}
              data-testid="scan-accept"
              onClick={() =>
                store.getState().dispatch(acceptScanSuggestion, { recommendationId, evidenceId: evidence.id })
              }
            >
              Accept
            </button>
          </span>
        ))}
    </div>
  );
}
