import { NodeResizer, useReactFlow } from '@xyflow/react';
import { useWorkbench, useWorkbenchStore } from '../../store/hooks';
import { fromResizeEnd } from './fromFlowChanges';

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
        const state = store.getState();
        state.dispatchCall(fromResizeEnd(state.document, componentId, box, rf.getNodes()));
      }}
    />
  );
}
