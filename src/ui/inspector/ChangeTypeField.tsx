/**
 * "Change type" in the inspector (issue 21): gives a component another catalog type, one undo
 * step. Attributes that fit the new type are kept; the message lists the stated values that
 * were dropped and offers Undo. An Unmapped component (an import could not tell its type) is
 * flagged here until its type is chosen.
 */
import { useState } from 'react';
import { useWorkbench, useWorkbenchStore } from '../../store/hooks';
import { changeComponentType } from '../../domain/commands/changeTypeCommand';
import type { Component } from '../../domain/model/schema';

export function ChangeTypeField({ component }: { component: Component }) {
  const store = useWorkbenchStore();
  const types = useWorkbench((s) => s.catalog.componentTypes);
  const current = types.find((t) => t.id === component.type);
  const choices = types.filter((t) => t.id !== component.type && t.category !== 'unmapped');
  const [chosen, setChosen] = useState('');
  const unmapped = current?.category === 'unmapped';

  const apply = () => {
    const next = types.find((t) => t.id === chosen);
    if (!next) return;
    const { dispatch, notify } = store.getState();
    const result = dispatch(changeComponentType, { componentId: component.id, type: next.id });
    if (result.refusal) {
      notify({ kind: 'error', text: result.refusal.message });
      return;
    }
    const dropped = result.value.dropped.map((d) => `${d.label} = ${String(d.value)}`);
    notify({
      kind: 'info',
      text: `Changed "${component.name}" to ${next.name}.${dropped.length > 0 ? ` Dropped ${dropped.length === 1 ? 'a value' : `${dropped.length} values`} the new type does not have: ${dropped.join('; ')}.` : ' Every stated attribute was kept.'}`,
      action: {
        label: 'Undo',
        run: () => {
          store.getState().undo();
          store.getState().notify(null);
        },
      },
    });
    setChosen('');
  };

  return (
    <div className="field change-type" data-testid="change-type">
      {unmapped && (
        <p className="field-error" role="status" data-testid="needs-type-flag">
          Needs review: choose a type. No rule applies to an {current?.name ?? 'unmapped component'} until it has one.
        </p>
      )}
      <label htmlFor="inspector-change-type">Change type</label>
      <div className="change-type-row">
        <select id="inspector-change-type" value={chosen} onChange={(e) => setChosen(e.target.value)}>
          <option value="">Choose a type…</option>
          {choices.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>{' '}
        <button type="button" disabled={chosen === ''} onClick={apply} data-testid="change-type-apply">
          Change type
        </button>
      </div>
    </div>
  );
}
