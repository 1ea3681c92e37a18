/**
 * The drift view's "apply": the differences the user chose to take from the configuration,
 * applied to the drawn model in one document change (one undo step). Every other difference
 * is kept as drawn:
 * - an attribute gets the configured value and its provenance;
 * - a configured part missing from the model is added (with its connections to parts already
 *   drawn), laid out as an import lays it out, without touching the values of drawn parts;
 * - a drawn part no configuration file mentions is removed, with what it contains and its links.
 */
import type { CatalogData } from '../catalog/schema';
import { removeComponents } from '../model/operations';
import type { WorkbenchDocument } from '../model/schema';
import type { DriftItem } from './drift';
import { mergeImportIntoDocument } from './mergeIntoDocument';
import { accepted } from './toDocument';
import type { ImportResult } from './types';

type TypesOnly = Pick<CatalogData, 'componentTypes' | 'connectionTypes'>;

export function applyDrift(
  doc: WorkbenchDocument,
  configured: ImportResult,
  chosen: readonly DriftItem[],
  catalog: TypesOnly,
  now: string,
): WorkbenchDocument {
  const components = { ...doc.components };
  for (const item of chosen) {
    if (item.kind !== 'attribute') continue;
    const c = components[item.componentId];
    if (!c || !accepted(catalog, c.type, item.attribute, item.configured)) continue;
    components[c.id] = {
      ...c,
      attributes: { ...c.attributes, [item.attribute]: item.configured },
      provenance: { ...c.provenance, [item.attribute]: { file: item.source.file, at: item.source.at } },
    };
  }
  let next: WorkbenchDocument = { ...doc, components, updatedAt: now };

  const adding = new Set(chosen.flatMap((i) => (i.kind === 'missing-in-model' ? [i.key] : [])));
  if (adding.size) {
    // The other configured parts only anchor connections and placement: no values, no notes.
    const anchors = configured.components.map((c) =>
      adding.has(c.key) ? c : { ...c, attributes: {}, observations: [] },
    );
    const merged = mergeImportIntoDocument(
      next,
      { components: anchors, connections: configured.connections },
      catalog,
      now,
    ).document;
    // mergeImportIntoDocument adds every unmatched part; keep only the chosen ones and links between kept parts.
    const addedIds = Object.keys(merged.components).filter((id) => !next.components[id]);
    const keep = new Set(
      addedIds.filter((id) =>
        chosen.some(
          (i) =>
            i.kind === 'missing-in-model' &&
            merged.components[id]!.name === i.component &&
            merged.components[id]!.type === i.type,
        ),
      ),
    );
    const dropped = new Set(addedIds.filter((id) => !keep.has(id)));
    next = {
      ...merged,
      components: Object.fromEntries(
        Object.entries(merged.components)
          .filter(([id]) => !dropped.has(id))
          .map(([id, c]) => [id, c.parentId && dropped.has(c.parentId) ? withoutParent(c) : c]),
      ),
      connections: Object.fromEntries(
        Object.entries(merged.connections).filter(([, x]) => !dropped.has(x.source) && !dropped.has(x.target)),
      ),
    };
  }

  const removing = chosen.flatMap((i) =>
    i.kind === 'missing-in-configuration' && next.components[i.componentId] ? [i.componentId] : [],
  );
  if (removing.length) next = removeComponents(next, removing, now);
  return next;
}

function withoutParent<T extends { parentId?: string }>(c: T): T {
  const copy = { ...c };
  delete copy.parentId;
  return copy;
}
