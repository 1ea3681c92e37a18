import { ImportScanButton } from '../scans/ImportScanButton';
import { TailoringProfileButtons } from './TailoringProfileButtons';
import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useWorkbench } from '../../store/hooks';
import { selectAssessment } from '../../store/selectAssessment';
import { filterChecklist, groupChecklist, type ChecklistContext } from '../../domain/checklist/checklistFilter';
import { isAssessedPerComponent, type AssessmentTarget } from '../../domain/checklist/assessmentWorkflow';
import { ChecklistFilters } from './ChecklistFilters';
import { ChecklistItemCard } from './ChecklistItemCard';
import { BulkStatusBar } from './BulkStatusBar';
import { OrphanedRecords } from './OrphanedRecords';
import { NeedsTypeList } from './NeedsTypeList';
import './checklist.css';
import { plural, pluralWord, verbFor } from '../../domain/text/plural';

/** Beyond this many cards (an item shows once per group), groups start closed so large platforms stay responsive. */
const OPEN_CARD_BUDGET = 300;

/**
 * The HY-SR / VM-* checklist derived from the model, with the assessor's records: grouped by
 * baseline function, component or threat source; filtered and searched; bulk status changes.
 */
export function ChecklistPanel() {
  const { catalog, document, filter, grouping } = useWorkbench(
    useShallow((s) => ({
      catalog: s.catalog,
      document: s.document,
      filter: s.checklistFilter,
      grouping: s.checklistGrouping,
    })),
  );
  const assessment = useWorkbench((s) => selectAssessment(s));
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  // Groups the user opened or closed, against the default (open unless there are too many cards).
  const [flipped, setFlipped] = useState<ReadonlySet<string>>(new Set());
  const { summary } = assessment;

  const ctx: ChecklistContext = useMemo(
    () => ({ catalog, document, threatSources: assessment.threatSources }),
    [catalog, document, assessment],
  );
  const shown = useMemo(() => filterChecklist(assessment.checklist, filter, ctx), [assessment, filter, ctx]);
  const groups = useMemo(() => groupChecklist(shown, grouping, ctx), [shown, grouping, ctx]);
  const openByDefault = groups.reduce((n, g) => n + g.items.length, 0) <= OPEN_CARD_BUDGET;
  const isOpen = (key: string) => openByDefault !== flipped.has(key);
  const flip = (key: string) => {
    const next = new Set(flipped);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    setFlipped(next);
  };
  const recById = useMemo(() => new Map(catalog.recommendations.map((r) => [r.id, r])), [catalog]);
  const assessable = shown.filter((i) => i.applicability !== 'not-applicable');
  // A bulk change touches only what is on screen: items hidden by a filter (or gone after a
  // model edit) are never changed unseen.
  const selected = assessable.filter((i) => checked.has(i.recommendationId));

  const toggle = (id: string, on: boolean) => {
    const next = new Set(checked);
    if (on) next.add(id);
    else next.delete(id);
    setChecked(next);
  };

  const targets = (): AssessmentTarget[] =>
    selected.flatMap((item) =>
      isAssessedPerComponent(document, item.recommendationId, item.components)
        ? item.components.map((c) => ({ recommendationId: item.recommendationId, scope: c }))
        : [{ recommendationId: item.recommendationId, scope: 'platform' }],
    );

  return (
    <div className="checklist checklist-panel" aria-label="Checklist">
      <p className="checklist-summary" data-testid="checklist-summary">
        <strong data-testid="applicable-count">{summary.applicable}</strong>{' '}
        {verbFor(summary.applicable, 'apply', 'applies')} ·{' '}
        <strong data-testid="needs-input-count">{summary.needsInput}</strong> {verbFor(summary.needsInput, 'need')}{' '}
        input · {summary.notApplicable} not applicable · <strong data-testid="gap-count">{summary.gaps}</strong>{' '}
        {pluralWord(summary.gaps, 'gap')}
      </p>
      <div className="checklist-tools">
        <ImportScanButton />
        <TailoringProfileButtons />
      </div>
      <NeedsTypeList warnings={assessment.warnings} />
      <ChecklistFilters />
      {selected.length > 0 && (
        <BulkStatusBar
          count={selected.length}
          shown={assessable.length}
          targets={targets}
          onSelectAll={() => setChecked(new Set(assessable.map((i) => i.recommendationId)))}
          onClear={() => setChecked(new Set())}
        />
      )}
      <p className="checklist-count" role="status" data-testid="shown-count">
        {shown.length} of {plural(assessment.checklist.length, 'item')} shown
        {selected.length === 0 && assessable.length > 0 && (
          <>
            {' · '}
            <button
              type="button"
              className="link-button"
              onClick={() => setChecked(new Set(assessable.map((i) => i.recommendationId)))}
              data-testid="select-all"
            >
              Select all shown
            </button>
          </>
        )}
      </p>
      {groups.length === 0 && <p className="empty-note">No item matches these filters.</p>}
      {/* The outline h2 (tab) > h3 > h4 (groups) > h5 (item parts), as axe heading-order wants. */}
      <h3 className="visually-hidden">Checklist items</h3>
      {groups.map((group) => (
        <section
          key={group.key}
          className="checklist-group"
          aria-label={group.label}
          data-testid="checklist-group"
          data-group={group.key}
        >
          <h4>
            <button
              type="button"
              className="group-toggle"
              aria-expanded={isOpen(group.key)}
              onClick={() => flip(group.key)}
            >
              {group.label}
            </button>
            <span className="group-count">{group.items.length}</span>
          </h4>
          {isOpen(group.key) && (
            <ul className="checklist-items">
              {group.items.map((item) => (
                <ChecklistItemCard
                  key={item.recommendationId}
                  item={item}
                  recommendation={recById.get(item.recommendationId)}
                  checked={checked.has(item.recommendationId)}
                  onCheck={(on) => toggle(item.recommendationId, on)}
                  groupComponentId={grouping === 'component' ? group.key : undefined}
                />
              ))}
            </ul>
          )}
        </section>
      ))}
      <OrphanedRecords orphaned={assessment.orphaned} />
    </div>
  );
}
