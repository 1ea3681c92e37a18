import { useWorkbench } from '../../store/hooks';

/** Asks which kind of connection to draw when the catalog allows several between two types. */
export function ConnectionTypeMenu({
  options,
  onPick,
  onCancel,
}: {
  options: string[];
  onPick: (type: string) => void;
  onCancel: () => void;
}) {
  const catalog = useWorkbench((s) => s.catalog);
  return (
    <div className="popover" role="dialog" aria-label="Choose the kind of connection" onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <p className="popover-title">What kind of connection is this?</p>
      <ul className="menu-list">
        {options.map((id, index) => {
          const type = catalog.connectionTypes.find((t) => t.id === id);
          return (
            <li key={id}>
              <button type="button" autoFocus={index === 0} onClick={() => onPick(id)} title={type?.description}>
                {type?.name ?? id}
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" className="link-button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
