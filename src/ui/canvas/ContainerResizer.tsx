import { NodeResizer, useReactFlow } from '@xyflow/react';
import { useWorkbench, useWorkbenchStore } from '../../store/hooks';
import type { ComponentPatch } from '../../domain/model/operations';

/** The smallest a host or boundary can be drawn: its title and one child. */
const MIN_SIZE = { width: 240, height: 140 };

/**
 * While a container is resized, React Flow moves it (dragging a top or left handle) and its
 * children (to keep them where they are) through position changes; the canvas keeps those
 * local (ArchitectureCanvas reads this flag) and the document gets the result once, at the end.
 */
export const resizeGesture = { active: false };

/** Resize handles on a selected host or trust boundary; one resize is one undo step. */
export function ContainerResizer({ componentId, selected }: { componentId: string; selected: boolean }) {
  const store = useWorkbenchStore();
  const readOnly = useWorkbench((s) => s.readOnly);
  const rf = useReactFlow();
  return (
    <NodeResizer
      isVisible={selected && !readOnly}
      minWidth={MIN_SIZE.width}
      minHeight={MIN_SIZE.height}
      color="var(--accent)"
      onResizeStart={() => {
        resizeGesture.active = true;
      }}
      onResizeEnd={(_event, box) => {
        resizeGesture.active = false;
        const patches: Record<string, ComponentPatch> = {
          [componentId]: { size: { width: Math.round(box.width), height: Math.round(box.height) }, position: { x: Math.round(box.x), y: Math.round(box.y) } },
        };
        // Children React Flow shifted to keep in place when the top or left edge moved.
        const doc = store.getState().document;
        for (const node of rf.getNodes()) {
          const child = doc.components[node.id];
          if (node.parentId !== componentId || !child) continue;
          const position = { x: Math.round(node.position.x), y: Math.round(node.position.y) };
          if (position.x !== child.position.x || position.y !== child.position.y) patches[node.id] = { position };
        }
        store.getState().updateComponents(patches);
      }}
    />
  );
}
