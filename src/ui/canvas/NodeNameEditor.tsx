import { useEffect, useRef } from 'react';
import { useWorkbenchStore } from '../../store/hooks';
import { LIMITS } from '../../domain/model/schema';
import { useEditorUi } from './editorUi';
import { renameComponent } from '../../domain/commands/editorCommands';

/**
 * The name of a component edited in place (double-click or F2): Enter or leaving the field
 * keeps it, Escape drops it. An empty name is not kept (the schema requires one).
 */
export function NodeNameEditor({ componentId, name }: { componentId: string; name: string }) {
  const store = useWorkbenchStore();
  const input = useRef<HTMLInputElement>(null);
  const done = useRef(false);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  const finish = (keep: boolean) => {
    if (done.current) return;
    done.current = true;
    const value = input.current?.value.trim() ?? '';
    if (keep && value && value !== name) store.getState().dispatch(renameComponent, { id: componentId, name: value });
    useEditorUi.getState().startRename(null);
  };
  return (
    <input
      ref={input}
      className="cmp-rename nodrag nopan"
      aria-label="Component name"
      defaultValue={name}
      maxLength={LIMITS.name}
      onKeyDown={(e) => {
        // The canvas's own keys (Delete, arrows, shortcuts) must not act on the node while typing.
        e.stopPropagation();
        if (e.key === 'Enter') finish(true);
        else if (e.key === 'Escape') finish(false);
      }}
      onBlur={() => finish(true)}
      data-testid="node-name-editor"
    />
  );
}
