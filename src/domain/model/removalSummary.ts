/**
 * What a deletion removes, in words for the user: "Removed host-1 and 20 components inside."
 * Said before the deletion (from the document as it is), so the message can name what is gone.
 */
import type { WorkbenchDocument } from './schema';
import { descendantsOf } from './operations';
import { plural } from '../text/plural';

function listNames(names: string[]): string {
  if (names.length <= 3) return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return plural(names.length, 'component');
}

/** The sentence for removing `componentIds` (with everything inside them) and `connectionIds`, or null when nothing would go. */
export function describeRemoval(
  doc: WorkbenchDocument,
  componentIds: readonly string[],
  connectionIds: readonly string[] = [],
): string | null {
  const selected = new Set(componentIds.filter((id) => doc.components[id]));
  // Roots: selected components not inside another selected one (those go with their parent).
  const roots = [...selected].filter((id) => {
    for (
      let p = doc.components[id]!.parentId, seen = 0;
      p !== undefined && seen < 10_000;
      p = doc.components[p]?.parentId, seen++
    ) {
      if (selected.has(p)) return false;
    }
    return true;
  });
  const gone = new Set(roots);
  for (const id of roots) for (const d of descendantsOf(doc, id)) gone.add(d);
  const inside = gone.size - roots.length;
  const connections = new Set(connectionIds.filter((id) => doc.connections[id]));
  for (const c of Object.values(doc.connections)) if (gone.has(c.source) || gone.has(c.target)) connections.add(c.id);

  if (roots.length === 0) return connections.size ? `Removed ${plural(connections.size, 'connection')}.` : null;
  // Document order, so the names read as they were added.
  const names = Object.keys(doc.components)
    .filter((id) => gone.has(id) && roots.includes(id))
    .map((id) => doc.components[id]!.name);
  const what = listNames(names);
  return inside > 0 ? `Removed ${what} and ${plural(inside, 'component')} inside.` : `Removed ${what}.`;
}
