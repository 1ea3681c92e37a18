import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useWorkbench } from '../../store/hooks';
import { own } from '../../domain/model/ownEntry';
import { parentCandidates, reparentComponent } from '../canvas/reparent';

const TOP_LEVEL = '__top__';

/**
 * Where a component sits (host, trust boundary or top level): the keyboard's way to nest a
 * component or take it out, as dragging it does. Only containers the catalog allows are offered.
 */
export function ParentField({ componentId }: { componentId: string }) {
  const id = useId();
  const { document, catalog, dispatch } = useWorkbench(
    useShallow((s) => ({ document: s.document, catalog: s.catalog, dispatch: s.dispatch })),
  );
  const component = own(document.components, componentId);
  if (!component) return null;
  const candidates = parentCandidates(document, catalog, componentId);
  if (candidates.length === 0 && !component.parentId) return null;
  const typeName = (typeId: string) => catalog.componentTypes.find((t) => t.id === typeId)?.name ?? typeId;
  const move = (value: string) => reparentComponent(dispatch, componentId, value === TOP_LEVEL ? null : value);

  return (
    <div className="field">
      <label htmlFor={id}>Inside</label>
      <select id={id} value={component.parentId ?? TOP_LEVEL} onChange={(e) => move(e.target.value)}>
        <option value={TOP_LEVEL}>Nothing (top level)</option>
        {candidates.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name} ({typeName(c.type)})
          </option>
        ))}
      </select>
    </div>
  );
}
