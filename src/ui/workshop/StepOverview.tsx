import type { StepView } from '../../domain/workshop/describeStep';

/** What the step is about: the function, the components doing its tasks, the tasks and threats. */
export function StepOverview({ view }: { view: StepView }) {
  return (
    <section className="ws-card ws-overview" aria-label="Step overview">
      {view.baselineFunction && <p className="ws-definition">{view.baselineFunction.definition}</p>}
      {view.noRecommendationReason && (
        <p className="ws-no-recs" data-testid="no-recommendation-reason">
          <strong>No recommendation by design.</strong> {view.noRecommendationReason}
        </p>
      )}
      <div className="ws-overview-grid">
        <div>
          <h3 className="ws-label">Components ({view.components.length})</h3>
          {view.components.length === 0 ? (
            <p className="ws-muted">No component of the model performs these tasks.</p>
          ) : (
            <ul className="ws-chips" data-testid="step-components">
              {view.components.map((c) => (
                <li key={c.id}>{c.name}</li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h3 className="ws-label">Tasks ({view.tasks.length})</h3>
          <ul className="ws-compact" data-testid="step-tasks">
            {view.tasks.map((t) => (
              <li key={t.id}>
                <code>{t.id}</code> {t.name}
                {t.components.length > 0 ? (
                  <span className="ws-muted"> · {t.components.join(', ')}</span>
                ) : (
                  <span className="ws-muted"> · not in this model</span>
                )}
                {t.outOfScope && <span className="ws-muted"> · out of scope: {t.outOfScope}</span>}
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h3 className="ws-label">Threats ({view.threats.length})</h3>
          <ul className="ws-compact" data-testid="step-threats">
            {view.threats.map((t) => (
              <li key={t.id}>
                <code>{t.id}</code> {t.name}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}
