import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useWorkbench } from '../../store/hooks';
import { absolutePosition, descendantsOf, updateComponents } from '../../domain/model/operations';
import { own } from '../../domain/model/ownEntry';

const TOP_LEVEL = '__top__';
const SLOT = { width: 230, height: 76 };

/**
 * Where a component sits (host, trust boundary or top level): the keyboard's way to nest a
 * component or take it out, as dragging it does. Only containers the catalog allows are offered.
 */
export function ParentField({ componentId }: { componentId: string }) {
  const id = useId();
  const { document, catalog, commit } = useWorkbench(useShallow((s) => ({ document: s.document, catalog: s.catalog, commit: s.commit })));
  const component = own(document.components, componentId);
  if (!component) return null;
  const spec = catalog.componentTypes.find((t) => t.id === component.type);
  const excluded = new Set([componentId, ...descendantsOf(document, componentId)]);
  const candidates = Object.values(document.components)
    .filter((c) => !excluded.has(c.id) && (spec?.allowedParents ?? []).includes(c.type))
    .sort((a, b) => a.name.localeCompare(b.name));
  if (candidates.length === 0 && !component.parentId) return null;
  const typeName = (typeId: string) => catalog.componentTypes.find((t) => t.id === typeId)?.name ?? typeId;

  const move = (value: string) => {
    commit((doc, now) => {
      const abs = absolutePosition(doc, componentId);
      if (value === TOP_LEVEL) return updateComponents(doc, { [componentId]: { parentId: undefined, position: abs } }, now);
      const parent = own(doc.components, value);
      if (!parent) return doc;
      // The next free cell of the parent's grid; the parent grows to hold it (one undo step).
      const siblings = Object.values(doc.components).filter((c) => c.parentId === value).length;
      const position = { x: 20 + (siblings % 3) * SLOT.width, y: 56 + Math.floor(siblings / 3) * SLOT.height };
      const patches: Parameters<typeof updateComponents>[1] = { [componentId]: { parentId: value, position } };
      if (parent.size) {
        const width = Math.max(parent.size.width, position.x + SLOT.width);
        const height = Math.max(parent.size.height, position.y + SLOT.height);
        if (width !== parent.size.width || height !== parent.size.height) patches[value] = { size: { width, height } };
      }
      return updateComponents(doc, patches, now);
    });
  };

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
