import type { StatusSlice } from '../../domain/checklist/dashboardData';
import type { ChecklistFilter } from '../../domain/checklist/checklistFilterDefaults';

const WIDTH = 600;
const HEIGHT = 28;

/**
 * Statuses of the in-scope items as one stacked bar (SVG drawn with React elements) with a
 * legend of counts; each segment and legend entry opens the checklist filtered to that status.
 */
export function StatusBreakdownChart({
  slices,
  onOpen,
}: {
  slices: StatusSlice[];
  onOpen: (filter: Partial<ChecklistFilter>) => void;
}) {
  const total = slices.reduce((n, s) => n + s.count, 0);
  let x = 0;
  const open = (s: StatusSlice) => onOpen({ statuses: [s.status], origin: `status “${s.label}”` });
  return (
    <figure className="status-chart" data-testid="status-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={slices.map((s) => `${s.label}: ${s.count}`).join(', ')}
        preserveAspectRatio="none"
      >
        {total === 0 ? (
          <rect x={0} y={0} width={WIDTH} height={HEIGHT} className="seg-empty" />
        ) : (
          slices
            .filter((s) => s.count > 0)
            .map((s) => {
              const w = (s.count / total) * WIDTH;
              const rect = (
                <rect
                  key={s.status}
                  x={x}
                  y={0}
                  width={w}
                  height={HEIGHT}
                  className={`seg seg-${s.status}`}
                  onClick={() => open(s)}
                >
                  <title>{`${s.label}: ${s.count}`}</title>
                </rect>
              );
              x += w;
              return rect;
            })
        )}
      </svg>
      <figcaption>
        <ul className="chart-legend">
          {slices.map((s) => (
            <li key={s.status}>
              <button
                type="button"
                className="legend-button"
                onClick={() => open(s)}
                data-testid="status-count"
                data-status={s.status}
              >
                <span className={`swatch seg-${s.status}`} aria-hidden="true" />
                {s.label} <strong>{s.count}</strong>
              </button>
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
