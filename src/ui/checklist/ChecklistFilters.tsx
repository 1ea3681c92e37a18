import { useShallow } from 'zustand/react/shallow';
import type { AssessmentStatus } from '../../domain/model/schema';
import { isFiltering, NO_FUNCTION } from '../../domain/checklist/checklistFilter';
import {
  EMPTY_FILTER,
  type ApplicabilityFilter,
  type ChecklistGrouping,
} from '../../domain/checklist/checklistFilterDefaults';
import { useWorkbench } from '../../store/hooks';
import { STATUS_OPTIONS } from './statusOptions';

const GROUPINGS: { id: ChecklistGrouping; label: string }[] = [
  { id: 'function', label: 'Baseline function' },
  { id: 'component', label: 'Component' },
  { id: 'threat-source', label: 'Threat source' },
];

const APPLICABILITY: { id: ApplicabilityFilter; label: string }[] = [
  { id: 'in-scope', label: 'In scope (applies or needs input)' },
  { id: 'applicable', label: 'Applies' },
  { id: 'needs-input', label: 'Needs input' },
  { id: 'not-applicable', label: 'Not applicable (model)' },
  { id: 'all', label: 'All items' },
];

/** Search, filters and grouping of the checklist; the state lives in the store so the dashboard can set it. */
export function ChecklistFilters() {
  const { filter, grouping, setFilter, setGrouping, catalog, components } = useWorkbench(
    useShallow((s) => ({
      filter: s.checklistFilter,
      grouping: s.checklistGrouping,
      setFilter: s.setChecklistFilter,
      setGrouping: s.setChecklistGrouping,
      catalog: s.catalog,
      components: s.document.components,
    })),
  );
  return (
    <div className="checklist-filters" role="search" aria-label="Filter the checklist">
      <input
        type="search"
        className="checklist-search"
        placeholder="Search id, requirement, component, notes…"
        aria-label="Search the checklist"
        value={filter.text}
        maxLength={200}
        onChange={(e) => setFilter({ text: e.target.value })}
        data-testid="checklist-search"
      />
      <div className="filter-row">
        <select
          aria-label="Filter by status"
          value={filter.statuses[0] ?? ''}
          onChange={(e) => setFilter({ statuses: e.target.value ? [e.target.value as AssessmentStatus] : [] })}
          data-testid="filter-status"
        >
          <option value="">Any status</option>
          {STATUS_OPTIONS.map((o) => (
            <option key={o.status} value={o.status}>
              {o.label}
            </option>
          ))}
        </select>
        <select
          aria-label="Filter by baseline function"
          value={filter.baselineFunction ?? ''}
          onChange={(e) => setFilter({ baselineFunction: e.target.value || null })}
          data-testid="filter-function"
        >
          <option value="">Any baseline function</option>
          {catalog.baselineFunctions.map((bf) => (
            <option key={bf.id} value={bf.id}>
              {bf.id} {bf.name}
            </option>
          ))}
          <option value={NO_FUNCTION}>No baseline function</option>
        </select>
        <select
          aria-label="Filter by component"
          value={filter.componentId ?? ''}
          onChange={(e) => setFilter({ componentId: e.target.value || null })}
          data-testid="filter-component"
        >
          <option value="">Any component</option>
          {Object.values(components).map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        <select
          aria-label="Filter by threat source"
          value={filter.threatSourceId ?? ''}
          onChange={(e) => setFilter({ threatSourceId: e.target.value || null })}
          data-testid="filter-source"
        >
          <option value="">Any threat source</option>
          {catalog.threatSources.map((ts) => (
            <option key={ts.id} value={ts.id}>
              {ts.id} {ts.name}
            </option>
          ))}
        </select>
        <select
          aria-label="Filter by applicability"
          value={filter.applicability}
          onChange={(e) => setFilter({ applicability: e.target.value as ApplicabilityFilter })}
          data-testid="filter-applicability"
        >
          {APPLICABILITY.map((a) => (
            <option key={a.id} value={a.id}>
              {a.label}
            </option>
          ))}
        </select>
        <label className="check-label">
          <input
            type="checkbox"
            checked={filter.gapsOnly}
            onChange={(e) => setFilter({ gapsOnly: e.target.checked })}
            data-testid="filter-gaps"
          />{' '}
          Gaps only
        </label>
      </div>
      <div className="filter-row">
        <span className="group-label" id="grouping-label">
          Group by
        </span>
        <div className="segmented" role="group" aria-labelledby="grouping-label">
          {GROUPINGS.map((g) => (
            <button key={g.id} type="button" aria-pressed={grouping === g.id} onClick={() => setGrouping(g.id)}>
              {g.label}
            </button>
          ))}
        </div>
        {isFiltering(filter) && (
          <button
            type="button"
            className="link-button"
            onClick={() => setFilter(EMPTY_FILTER)}
            data-testid="clear-filters"
          >
            Clear filters
          </button>
        )}
      </div>
      {(filter.recommendationIds || filter.origin) && (
        <p className="pinned-note" data-testid="pinned-note">
          Showing the items behind {filter.origin ?? 'a dashboard figure'}.{' '}
          <button type="button" className="link-button" onClick={() => setFilter(EMPTY_FILTER)}>
            Show all
          </button>
        </p>
      )}
    </div>
  );
}
