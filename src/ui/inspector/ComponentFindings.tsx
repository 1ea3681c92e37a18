import { useMemo } from 'react';
import { useWorkbench } from '../../store/hooks';
import { selectAssessment } from '../../store/selectAssessment';

/** What a component brings: its HY-BF tasks, threats and recommendations, each with its reason. */
export function ComponentFindings({ componentId }: { componentId: string }) {
  const catalog = useWorkbench((s) => s.catalog);
  const assessment = useWorkbench((s) => selectAssessment(s));
  const setHighlight = useWorkbench((s) => s.setHighlight);
  const findings = useMemo(
    () => assessment.findings.filter((f) => f.componentId === componentId),
    [assessment, componentId],
  );

  const taskName = (id: string) => catalog.tasks.find((t) => t.id === id)?.name ?? id;
  const threatName = (id: string) => catalog.threats.find((t) => t.id === id)?.name ?? id;
  const recTitle = (id: string) => catalog.recommendations.find((r) => r.id === id)?.title ?? id;

  const tasks = [...new Set(findings.flatMap((f) => f.tasks))].sort();
  const threats = [...new Set(findings.flatMap((f) => f.threats))].sort();

  if (findings.length === 0) {
    return (
      <section className="findings" aria-label="Findings for this component">
        <h3>Findings</h3>
        <p className="empty-note">
          No rule of the catalog maps this component yet. Connect it or fill in its attributes.
        </p>
      </section>
    );
  }

  return (
    <section className="findings" aria-label="Findings for this component">
      <h3>Baseline-function tasks</h3>
      <ul className="tag-list">
        {tasks.map((t) => (
          <li key={t} title={taskName(t)}>
            <code>{t}</code> {taskName(t)}
          </li>
        ))}
      </ul>
      <h3>Threats</h3>
      <ul className="tag-list">
        {threats.map((t) => (
          <li key={t}>
            <code>{t}</code> {threatName(t)}
          </li>
        ))}
      </ul>
      <h3>Recommendations and why</h3>
      <ul className="reason-list">
        {findings.flatMap((f) =>
          f.recommendations.map((r) => (
            <li key={`${f.ruleId}-${r}`} className={f.applicability === 'needs-input' ? 'needs-input' : ''}>
              <button
                type="button"
                className="link-button"
                onClick={() => setHighlight(r)}
                data-testid="finding-recommendation"
              >
                <code>{r}</code> {recTitle(r)}
              </button>
              <span className="reason-text" data-testid="finding-reason">
                {f.reason.text}
              </span>
            </li>
          )),
        )}
      </ul>
    </section>
  );
}
