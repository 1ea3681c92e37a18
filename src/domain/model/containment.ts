/**
 * Containment (a component inside a host or trust boundary, `parentId`) must form a forest:
 * a component inside itself, or two inside each other, has no position on the canvas and no
 * meaning in the model (issue 22 item 5). The reader refuses such files and the operations
 * refuse edits that would make one.
 */
import { own } from './ownEntry';

/**
 * The first containment cycle, as the ids along it with the first repeated at the end
 * (`['a', 'b', 'a']`; a component that is its own parent gives `['a', 'a']`), or undefined.
 * Walks up from each id of `from` (default: every component); linear in the components
 * walked. A parent that does not exist ends the walk (that is a dangling reference, not a cycle).
 */
export function findContainmentCycle(
  components: Readonly<Record<string, { readonly parentId?: string | undefined }>>,
  from: Iterable<string> = Object.keys(components),
): string[] | undefined {
  const acyclic = new Set<string>();
  // One path and one map, emptied for each walk: a new pair per component was most of the
  // cost on 10,000 components (issue 17).
  const path: string[] = [];
  const onPath = new Map<string, number>();
  for (const start of from) {
    path.length = 0;
    onPath.clear();
    let id: string | undefined = start;
    while (id !== undefined && !acyclic.has(id) && own(components, id) !== undefined) {
      const at = onPath.get(id);
      if (at !== undefined) return [...path.slice(at), id];
      onPath.set(id, path.length);
      path.push(id);
      id = own(components, id)!.parentId;
    }
    for (const seen of path) acyclic.add(seen);
  }
  return undefined;
}

/** A cycle for people: `a → b → a`. */
export function describeCycle(cycle: readonly string[]): string {
  return cycle.join(' → ');
}
