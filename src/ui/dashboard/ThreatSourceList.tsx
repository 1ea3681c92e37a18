import type { ThreatSourceFigures } from '../../domain/checklist/dashboardData';
import type { ChecklistFilter } from '../../domain/checklist/checklistFilterDefaults';
import { plural } from '../../domain/text/plural';

/** HY-TS1..3: threats the model faces, how many still have open gaps, and those gaps. */
export function ThreatSourceList({
  sources,
  onOpen,
}: {
  sources: ThreatSourceFigures[];
  onOpen: (filter: Partial<ChecklistFilter>) => void;
}) {
  const max = Math.max(1, ...sources.map((s) => s.threatsFaced));
  return (
    <ul className="threat-sources" data-testid="threat-sources">
      {sources.map((s) => (
        <li key={s.id} data-testid="threat-source" data-source={s.id}>
          <div className="ts-head">
            <strong>{s.id}</strong> <span>{s.name}</span>
          </div>
          <svg
            className="ts-bar"
            viewBox="0 0 300 12"
            preserveAspectRatio="none"
            role="img"
            aria-label={`${s.threatsWithGaps} of ${plural(s.threatsFaced, 'threat')} with open gaps`}
          >
            <rect x={0} y={0} width={300} height={12} className="ts-track" />
            <rect x={0} y={0} width={(s.threatsFaced / max) * 300} height={12} className="ts-faced" />
            <rect x={0} y={0} width={(s.threatsWithGaps / max) * 300} height={12} className="ts-open" />
          </svg>
          <p className="ts-figures">
            <span data-testid="ts-open-threats">{s.threatsWithGaps}</span> of {plural(s.threatsFaced, 'threat')} faced{' '}
            {s.threatsWithGaps === 1 ? 'has' : 'have'} open gaps ·{' '}
            {s.openGaps.length > 0 ? (
              <button
                type="button"
                className="link-button"
                data-testid="ts-open-gaps"
                onClick={() => onOpen({ threatSourceId: s.id, gapsOnly: true, origin: `open gaps of ${s.id}` })}
              >
                {plural(s.openGaps.length, 'open gap')}
              </button>
            ) : (
              <span>no open gap</span>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}
