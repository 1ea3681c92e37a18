import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useWorkbench } from '../../store/hooks';
import { selectAssessment } from '../../store/selectAssessment';
import { buildDashboardData } from '../../domain/checklist/dashboardData';
import type { ChecklistFilter } from '../../domain/checklist/checklistFilterDefaults';
import { todayIso } from '../checklist/statusOptions';
import { StatusBreakdownChart } from './StatusBreakdownChart';
import { CoverageHeatmap } from './CoverageHeatmap';
import { ThreatSourceList } from './ThreatSourceList';
import { TopGaps } from './TopGaps';
import './dashboard.css';
import { own } from '../../domain/model/ownEntry';
import { plural, pluralWord, verbFor } from '../../domain/text/plural';

/**
 * The assessment at a glance: progress, status breakdown, HY-BF x component coverage, threat
 * sources with their open gaps and the top gaps. Every figure comes from `buildDashboardData`
 * (the report uses the same), and each opens the checklist on the items behind it.
 */
export function Dashboard() {
  const { catalog, document, openChecklist } = useWorkbench(
    useShallow((s) => ({ catalog: s.catalog, document: s.document, openChecklist: s.openChecklist })),
  );
  const assessment = useWorkbench((s) => selectAssessment(s));
  const today = todayIso();
  const data = useMemo(
    () => buildDashboardData(assessment, catalog, document, { today }),
    [assessment, catalog, document, today],
  );
  const open = (filter: Partial<ChecklistFilter>) => openChecklist(filter);
  const { progress } = data;

  return (
    <section className="dashboard" aria-label="Assessment dashboard" data-testid="dashboard">
      {/* The outline h1 > h2 > h3 (axe heading-order): the cards' titles are h3. */}
      <h2 className="visually-hidden">Assessment dashboard</h2>
      <div className="dash-cards">
        <article className="dash-card dash-progress">
          <h3>Progress</h3>
          <p className="big-figure" data-testid="progress">
            <span data-testid="progress-reviewed">{progress.reviewed}</span> of{' '}
            <span data-testid="progress-total">{progress.total}</span> reviewed
          </p>
          <svg
            viewBox="0 0 100 8"
            className="progress-bar"
            role="img"
            aria-label={`${progress.percent}% reviewed`}
            preserveAspectRatio="none"
          >
            <rect x={0} y={0} width={100} height={8} className="ts-track" />
            <rect x={0} y={0} width={progress.percent} height={8} className="progress-fill" />
          </svg>
          <p className="field-help">
            {progress.percent}% of the items in scope
            {progress.partlyReviewed > 0 && ` · ${progress.partlyReviewed} reviewed for some components only`}
          </p>
        </article>
        <article className="dash-card">
          <h3>Attention</h3>
          <ul className="attention-list">
            <li>
              <button
                type="button"
                className="link-button"
                onClick={() => open({ gapsOnly: true, origin: 'all gaps' })}
                data-testid="gaps-figure"
              >
                <strong>{data.gaps}</strong> {pluralWord(data.gaps, 'gap')}
              </button>
            </li>
            <li>
              <button
                type="button"
                className="link-button"
                onClick={() => open({ applicability: 'needs-input', origin: 'items that need input' })}
                data-testid="needs-input-figure"
              >
                <strong>{data.needsInput}</strong> {verbFor(data.needsInput, 'need')} input
              </button>
            </li>
            <li>
              <strong>{data.overdue}</strong> overdue
            </li>
            <li>
              <strong>{data.expiredAcceptances}</strong> expired risk{' '}
              {pluralWord(data.expiredAcceptances, 'acceptance')}
            </li>
          </ul>
        </article>
        <article className="dash-card dash-wide">
          <h3>Status of the {plural(progress.total, 'item')} in scope</h3>
          <StatusBreakdownChart slices={data.statusBreakdown} onOpen={open} />
        </article>
        <article className="dash-card dash-wide">
          <h3>Coverage: baseline functions × components</h3>
          <CoverageHeatmap heatmap={data.heatmap} onOpen={open} />
        </article>
        <article className="dash-card">
          <h3>Threat sources</h3>
          <ThreatSourceList sources={data.threatSources} onOpen={open} />
        </article>
        <article className="dash-card">
          <h3>Top gaps</h3>
          <TopGaps gaps={data.topGaps} componentName={(id) => own(document.components, id)?.name ?? id} onOpen={open} />
        </article>
      </div>
    </section>
  );
}
