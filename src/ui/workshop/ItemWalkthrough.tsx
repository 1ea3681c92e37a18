import { useWorkshopActions } from './useWorkshopActions';
import type { StepView } from '../../domain/workshop/describeStep';
import { STATUS_LABELS } from './labels';

/** The step's recommendations one by one: the list to jump in it, the current item in full. */
export function ItemWalkthrough({
  view,
  currentItemId,
  disabled,
}: {
  view: StepView;
  currentItemId: string | undefined;
  disabled: boolean;
}) {
  const { selectWorkshopItem: selectItem, moveWorkshopItem: moveItem } = useWorkshopActions();
  const index = view.items.findIndex((i) => i.id === currentItemId);
  const item = view.items[index];

  if (view.items.length === 0) {
    return (
      <section className="ws-card" aria-label="Items">
        <p className="ws-muted">
          No recommendation to decide in this step. Discuss, record questions or park topics, then move on.
        </p>
      </section>
    );
  }
  return (
    <section className="ws-card ws-walkthrough" aria-label="Items">
      <ol className="ws-items" aria-label="Items of this step">
        {view.items.map((i) => (
          <li key={i.id}>
            <button
              type="button"
              className={i.id === currentItemId ? 'ws-item current' : 'ws-item'}
              aria-current={i.id === currentItemId ? 'true' : undefined}
              data-testid="workshop-item"
              data-item={i.id}
              disabled={disabled}
              onClick={() => selectItem(i.id)}
            >
              <code>{i.id}</code>
              <span className={`ws-dot ${i.status}`} title={STATUS_LABELS[i.status]} />
            </button>
          </li>
        ))}
      </ol>
      {item && (
        <div className="ws-current-item" data-testid="current-item" data-item={item.id}>
          <div className="ws-item-head">
            <h3>
              <code>{item.id}</code> {item.title}
            </h3>
            <span className="ws-muted">
              Item {index + 1} of {view.items.length}
            </span>
          </div>
          <p>{item.requirement}</p>
          <p className="ws-muted">
            {item.applicability === 'needs-input' ? 'Needs input from the model. ' : ''}
            Applies to: {item.components.join(', ') || 'the platform'}
          </p>
          <p>
            Checklist status:{' '}
            <strong className={`ws-status ${item.status}`} data-testid="current-item-status">
              {STATUS_LABELS[item.status]}
            </strong>
            {item.owner && <> · Owner: {item.owner}</>}
            {item.dueDate && <> · Due: {item.dueDate}</>}
          </p>
          <div className="ws-nav">
            <button type="button" onClick={() => moveItem(-1)} disabled={disabled || index <= 0}>
              Previous item
            </button>
            <button type="button" onClick={() => moveItem(1)} disabled={disabled || index >= view.items.length - 1}>
              Next item
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
