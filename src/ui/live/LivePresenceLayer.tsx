import './live.css';
import { useEffect, useRef } from 'react';
import { Panel, ViewportPortal, useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import { useShallow } from 'zustand/react/shallow';
import { useLive, type LivePeer } from './liveContext';
import { FollowControl } from './FollowControl';

/**
 * The others in a live session on this canvas (issue 20): their pointers and the components
 * they selected, drawn in flow coordinates with their name and colour (names as React text,
 * never HTML), and "Follow facilitator" for participants. Rendered inside <ReactFlow>.
 */
export function LivePresenceLayer() {
  const { live, state } = useLive();
  const rf = useReactFlow();
  const isFacilitator = state.status === 'live' && state.role === 'facilitator';
  // The facilitator's viewport is there to follow from the start, before any pan.
  useEffect(() => {
    if (isFacilitator) live?.setViewport(rf.getViewport());
  }, [isFacilitator, live, rf]);
  if (!live || state.status !== 'live') return null;
  const others = state.peers.filter((p) => !p.self);
  const facilitator = others.find((p) => p.role === 'facilitator');
  return (
    <>
      <ViewportPortal>
        {others.map((peer) => (
          <PeerSelection key={`s${peer.clientId}`} peer={peer} />
        ))}
        {others.map((peer) =>
          peer.pointer ? (
            <div
              key={`p${peer.clientId}`}
              className="live-cursor"
              data-testid="live-cursor"
              data-peer={peer.name}
              style={{ transform: `translate(${peer.pointer.x}px, ${peer.pointer.y}px)`, color: peer.color }}
            >
              <svg width="16" height="20" viewBox="0 0 16 20" aria-hidden="true">
                <path
                  d="M1 1 L1 17 L5.5 12.5 L9 19 L11.5 18 L8 11.5 L14 11.5 Z"
                  fill="currentColor"
                  stroke="#fff"
                  strokeWidth="1.2"
                />
              </svg>
              <span className="live-cursor-name" style={{ background: peer.color }}>
                {peer.name}
              </span>
            </div>
          ) : null,
        )}
      </ViewportPortal>
      <Panel position="top-right">
        <FollowControl />
      </Panel>
      <FollowViewport
        viewport={state.follow === 'following' ? facilitator?.viewport : undefined}
        setViewport={rf.setViewport}
      />
    </>
  );
}

/** Moves this canvas to the facilitator's viewport while following. */
function FollowViewport({
  viewport,
  setViewport,
}: {
  viewport: LivePeer['viewport'];
  setViewport: ReturnType<typeof useReactFlow>['setViewport'];
}) {
  const last = useRef('');
  useEffect(() => {
    if (!viewport) {
      last.current = '';
      return;
    }
    const key = `${viewport.x},${viewport.y},${viewport.zoom}`;
    if (key === last.current) return;
    last.current = key;
    void setViewport(viewport);
  }, [viewport, setViewport]);
  return null;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Outlines around the components a peer selected, from React Flow's measured nodes. */
function PeerSelection({ peer }: { peer: LivePeer }) {
  const ids = peer.selection;
  const boxes = useStore(
    useShallow((s: ReactFlowState) =>
      ids.flatMap((id) => {
        const node = s.nodeLookup.get(id);
        if (!node) return [];
        const { x, y } = node.internals.positionAbsolute;
        const width = node.measured.width ?? node.width ?? 0;
        const height = node.measured.height ?? node.height ?? 0;
        return [`${x},${y},${width},${height}`];
      }),
    ),
  );
  return (
    <>
      {boxes.map((key, index) => {
        const [x, y, width, height] = key.split(',').map(Number) as [number, number, number, number];
        const box: Box = { x, y, width, height };
        return (
          <div
            key={ids[index]}
            className="live-selection"
            data-testid="live-selection"
            data-peer={peer.name}
            style={{
              transform: `translate(${box.x - 4}px, ${box.y - 4}px)`,
              width: box.width + 8,
              height: box.height + 8,
              borderColor: peer.color,
            }}
          >
            <span className="live-selection-name" style={{ background: peer.color }}>
              {peer.name}
            </span>
          </div>
        );
      })}
    </>
  );
}
