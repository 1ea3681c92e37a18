import { useCallback, useMemo, type PointerEvent as ReactPointerEvent } from 'react';
import type { Viewport } from '@xyflow/react';
import { useLive } from './liveContext';

/**
 * The canvas's part in a live session: the pointer in flow coordinates (the session throttles
 * it), the viewport (the facilitator's is followed), and a manual pan or zoom that stops
 * following. Does nothing outside a session.
 */
export function useLivePointer(screenToFlowPosition: (point: { x: number; y: number }) => { x: number; y: number }) {
  const { live, state } = useLive();
  const active = !!live && state.status === 'live';
  const following = active && state.follow === 'following';
  const onPointerMove = useCallback(
    (event: ReactPointerEvent) => {
      if (active) live.setPointer(screenToFlowPosition({ x: event.clientX, y: event.clientY }));
    },
    [active, live, screenToFlowPosition],
  );
  const onPointerLeave = useCallback(() => {
    if (active) live.setPointer(null);
  }, [active, live]);
  // React Flow passes the DOM event for a person's pan or zoom, null for a programmatic move.
  const onMoveStart = useCallback(
    (event: MouseEvent | TouchEvent | null) => {
      if (event && following) live!.setFollow('stopped');
    },
    [following, live],
  );
  const onMove = useCallback(
    (_event: MouseEvent | TouchEvent | null, viewport: Viewport) => {
      if (active) live.setViewport(viewport);
    },
    [active, live],
  );
  return useMemo(
    () => ({ onPointerMove, onPointerLeave, onMoveStart, onMove }),
    [onPointerMove, onPointerLeave, onMoveStart, onMove],
  );
}
