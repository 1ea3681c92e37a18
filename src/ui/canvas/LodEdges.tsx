import { memo, useMemo } from 'react';
import { ViewportPortal, type Edge } from '@xyflow/react';
import type { ComponentFlowNode } from './toFlowElements';
import { lodEdgePaths } from './lodEdgePaths';

/**
 * The connections as the canvas draws them below DETAIL_ZOOM: a few SVG paths (one per kind
 * of line) instead of a thousand interactive edges, whose bookkeeping React Flow would redo
 * on every frame of a pan and whose arrows and labels are sub-pixel there anyway. Drawn in
 * flow coordinates inside the viewport, so panning moves it with the boxes at no cost.
 * Decorative: zoomed in past DETAIL_ZOOM the connections are edges again, selectable and
 * reachable by keyboard.
 */
export const LodEdges = memo(function LodEdges({
  nodes,
  edges,
}: {
  nodes: readonly ComponentFlowNode[];
  edges: readonly Edge[];
}) {
  const paths = useMemo(() => lodEdgePaths(nodes, edges), [nodes, edges]);
  return (
    <ViewportPortal>
      <svg className="lod-edges" aria-hidden="true" data-testid="lod-edges">
        {paths.map((p) => (
          <path key={p.className} className={p.className} d={p.d} />
        ))}
      </svg>
    </ViewportPortal>
  );
});
