/**
 * Zoom to fit the whole platform. React Flow's own fitView only counts nodes it has measured,
 * and with only visible elements rendered, components off screen may never have been; the
 * bounds here come from the document (absolute positions, container sizes) instead.
 */
import type { ReactFlowInstance } from '@xyflow/react';
import type { WorkbenchDocument } from '../../domain/model/schema';
import { absolutePosition } from '../../domain/model/operations';
import { LEAF_SIZE } from './layoutSizes';

export function documentBounds(doc: WorkbenchDocument, measured: (id: string) => { width?: number; height?: number } | undefined, only?: ReadonlySet<string>) {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const c of Object.values(doc.components)) {
    if (only && !only.has(c.id)) continue;
    const p = absolutePosition(doc, c.id);
    const m = measured(c.id);
    const width = c.size?.width ?? m?.width ?? LEAF_SIZE.width;
    const height = c.size?.height ?? m?.height ?? LEAF_SIZE.height;
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x + width);
    maxY = Math.max(maxY, p.y + height);
  }
  if (minX === Infinity) return null;
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/** Zooms to the whole platform, or to the components in `only` (what an import added). */
export function fitAll(rf: Pick<ReactFlowInstance, 'getNode' | 'fitBounds'>, doc: WorkbenchDocument, only?: ReadonlySet<string>): void {
  const bounds = documentBounds(doc, (id) => rf.getNode(id)?.measured, only);
  if (bounds) void rf.fitBounds(bounds, { padding: 0.1, duration: 200 });
}
