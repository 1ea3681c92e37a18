import { ControlButton, useReactFlow, useStore } from '@xyflow/react';

const zoomPercent = (s: { transform: [number, number, number] }) => Math.round(s.transform[2] * 100);

/** The zoom level in the canvas controls; pressing it (or 0) goes back to 100 %. */
export function ZoomLevel() {
  const percent = useStore(zoomPercent);
  const rf = useReactFlow();
  return (
    <ControlButton
      className="zoom-level"
      onClick={() => void rf.zoomTo(1, { duration: 150 })}
      title="Reset the zoom to 100 % (0)"
      aria-label={`${percent} % zoom: reset to 100 %`}
      data-testid="zoom-level"
    >
      {percent} %
    </ControlButton>
  );
}
