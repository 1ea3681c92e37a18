import type { Heatmap } from '../../domain/checklist/dashboardData';
import type { ChecklistFilter } from '../../domain/checklist/checklistFilterDefaults';
import { plural } from '../../domain/text/plural';

/** Colour step of a cell: 0 = all addressed, 1..4 = more open recommendations (relative to the worst cell). */
function heatLevel(open: number, maxOpen: number): number {
  if (open === 0 || maxOpen === 0) return 0;
  return Math.max(1, Math.ceil((open / maxOpen) * 4));
}

/**
 * HY-BF x component: each cell counts the open recommendations of that function for that
 * component (tasks in the tooltip); empty where the component has nothing to do with it.
 * A cell opens the checklist on the items behind it.
 */
export function CoverageHeatmap({
  heatmap,
  onOpen,
}: {
  heatmap: Heatmap;
  onOpen: (filter: Partial<ChecklistFilter>) => void;
}) {
  if (heatmap.columns.length === 0) return <p className="empty-note">No component has applicable findings yet.</p>;
  return (
    <div className="heatmap-scroll">
      <table className="heatmap" data-testid="heatmap">
        <thead>
          <tr>
            <th scope="col">Function</th>
            {heatmap.columns.map((c) => (
              <th key={c.id} scope="col" className="heatmap-col">
                <span>{c.name}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {heatmap.rows.map((row, r) => (
            <tr key={row.id}>
              <th scope="row" className="heatmap-row">
                {row.id}
                <small>{row.name}</small>
              </th>
              {heatmap.columns.map((col, c) => {
                const cell = heatmap.cells[r]?.[c] ?? null;
                if (!cell) return <td key={col.id} className="heat-none" />;
                const open = cell.openRecommendations.length;
                const total = cell.recommendations.length;
                const label = `${row.id} × ${col.name}: ${open} of ${plural(total, 'recommendation')} open; tasks ${cell.tasks.join(', ') || 'none'}`;
                return (
                  <td key={col.id}>
                    <button
                      type="button"
                      className={`heat heat-${total === 0 ? 'tasks' : heatLevel(open, heatmap.maxOpen)}`}
                      title={label}
                      aria-label={label}
                      data-testid="heat-cell"
                      data-function={row.id}
                      data-component={col.id}
                      data-open={open}
                      onClick={() =>
                        onOpen({
                          baselineFunction: row.id,
                          componentId: col.id,
                          recommendationIds:
                            open > 0 ? cell.openRecommendations : total > 0 ? cell.recommendations : null,
                          origin: `${row.id} × ${col.name}`,
                        })
                      }
                    >
                      {open > 0 ? open : total > 0 ? '✓' : '·'}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="field-help">
        Numbers: open recommendations (not reviewed, not or partly implemented). ✓: all of them addressed. ·: the
        component performs tasks of the function but no recommendation of it applies.
      </p>
    </div>
  );
}
