/**
 * Which container a component dropped at an absolute point belongs in: the innermost
 * container whose box holds the point and that the catalog allows as its parent.
 */
import type { WorkbenchDocument } from '../../domain/model/schema';
import type { CatalogData } from '../../domain/catalog/schema';
import { absolutePosition, descendantsOf } from '../../domain/model/operations';
import { own } from '../../domain/model/ownEntry';

export function findDropParent(
  doc: WorkbenchDocument,
  catalog: Pick<CatalogData, 'componentTypes'>,
  movingId: string | null,
  point: { x: number; y: number },
  sizes: Map<string, { width: number; height: number }>,
  movingType?: string,
): string | undefined {
  const type = movingType ?? (movingId ? own(doc.components, movingId)?.type : undefined);
  const spec = catalog.componentTypes.find((t) => t.id === type);
  if (!spec) return undefined;
  const excluded = new Set(movingId ? [movingId, ...descendantsOf(doc, movingId)] : []);
  let best: { id: string; area: number } | undefined;
  for (const c of Object.values(doc.components)) {
    if (excluded.has(c.id)) continue;
    if (!spec.allowedParents.includes(c.type)) continue;
    const size = c.size ?? sizes.get(c.id);
    if (!size) continue;
    const pos = absolutePosition(doc, c.id);
    const inside =
      point.x >= pos.x && point.y >= pos.y && point.x <= pos.x + size.width && point.y <= pos.y + size.height;
    const area = size.width * size.height;
    if (inside && (!best || area < best.area)) best = { id: c.id, area };
  }
  return best?.id;
}
