/**
 * Keeps the identity of nodes and edges that did not change between two mappings of the
 * document, so React Flow re-renders only the elements an edit touched (an attribute edit on
 * a 500-component platform must reach the screen within a frame or two).
 */
import type { Edge } from '@xyflow/react';
import type { ComponentFlowNode } from './toFlowElements';

function shallowEqual(a: Record<string, unknown> | undefined, b: Record<string, unknown> | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => a[k] === b[k]);
}

/** `next` with every node equal to its counterpart in `current` replaced by that counterpart. */
export function reuseUnchangedNodes(
  current: ComponentFlowNode[],
  next: readonly ComponentFlowNode[],
): ComponentFlowNode[] {
  const byId = new Map(current.map((n) => [n.id, n]));
  const merged = next.map((n) => {
    const old = byId.get(n.id);
    if (!old) return n;
    const same =
      old.position.x === n.position.x &&
      old.position.y === n.position.y &&
      old.parentId === n.parentId &&
      old.selected === n.selected &&
      old.zIndex === n.zIndex &&
      old.ariaLabel === n.ariaLabel &&
      shallowEqual(old.style as Record<string, unknown> | undefined, n.style as Record<string, unknown> | undefined) &&
      shallowEqual(old.data, n.data);
    if (same) return old;
    // Keep React Flow's measurement so the node does not flash at its default size.
    return old.measured ? { ...n, measured: old.measured } : n;
  });
  // Nothing changed: hand back the very same array, so React Flow does no work at all.
  return sameElements(current, merged) ? current : merged;
}

function sameElements<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export function reuseUnchangedEdges(previous: ReadonlyMap<string, Edge>, next: readonly Edge[]): Edge[] {
  return next.map((e) => {
    const old = previous.get(e.id);
    if (!old) return e;
    const same =
      old.source === e.source &&
      old.target === e.target &&
      old.label === e.label &&
      old.selected === e.selected &&
      old.className === e.className &&
      old.ariaLabel === e.ariaLabel &&
      JSON.stringify(old.markerEnd) === JSON.stringify(e.markerEnd);
    return same ? old : e;
  });
}
