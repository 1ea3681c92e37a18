/**
 * Pure mappers from React Flow's events to workbench commands (ARCHITECTURE.md: React Flow is
 * a view of the document; `toFlowElements` maps the document to it, these map back). The
 * canvas runs the returned command calls through the store, so each gesture is one command and
 * one undo step; selection is ephemeral UI state and never becomes a command.
 */
import type { EdgeChange, Node, NodeChange } from '@xyflow/react';
import { commandCall, type CommandCall } from '../../domain/commands/command';
import { moveComponents, removeRecords, resizeComponent } from '../../domain/commands/editorCommands';
import type { WorkbenchDocument } from '../../domain/model/schema';
import { own } from '../../domain/model/ownEntry';

type Point = { x: number; y: number };

export interface Selection {
  components: readonly string[];
  connections: readonly string[];
}

export interface FlowChangeContext {
  /** The selection now (the store's UI state). */
  selection: Selection;
  /**
   * A drag or a resize is under way: React Flow's position changes stay on screen (local
   * node state) and the document gets the result once, when the gesture ends.
   */
  gesture: boolean;
}

export interface FlowChangeResult<N extends Node> {
  /** Document edits, in order. */
  commands: CommandCall[];
  /** The new selection, only when it differs from the context's (components sorted, as are connections). */
  selection?: { components: string[]; connections: string[] };
  /** Changes for the canvas's local node state only: measurements, in-flight drags, additions. */
  local: NodeChange<N>[];
}

/** Arrow keys move a focused node through React Flow: a burst of them is one undo step. */
export const KEYBOARD_MOVE = 'keyboard-move';

const round = (p: Point): Point => ({ x: Math.round(p.x), y: Math.round(p.y) });

/** `current` with the select changes applied, or undefined when the set stays the same. */
function selected(current: readonly string[], changes: readonly { id: string; selected: boolean }[]) {
  if (changes.length === 0) return undefined;
  const next = new Set(current);
  for (const c of changes) {
    if (c.selected) next.add(c.id);
    else next.delete(c.id);
  }
  const same = next.size === current.length && current.every((id) => next.has(id));
  return same ? undefined : [...next].sort();
}

/**
 * What React Flow's node and edge changes mean for the workbench:
 *  - select: a new selection (UI state);
 *  - position outside a gesture (arrow keys on a focused node): `moveComponents`, rounded,
 *    coalesced per burst; inside a gesture: local only (drag stop and resize end commit);
 *  - remove: `removeRecords` (the canvas turns React Flow's delete key off and deletes through
 *    its own action, so this is for completeness), leaving the selection too;
 *  - dimensions, add, replace: local only (React Flow's measurements and bookkeeping).
 */
export function fromFlowChanges<N extends Node>(
  changes: { nodes?: readonly NodeChange<N>[]; edges?: readonly EdgeChange[] },
  { selection, gesture }: FlowChangeContext,
): FlowChangeResult<N> {
  const nodes = changes.nodes ?? [];
  const edges = changes.edges ?? [];
  const commands: CommandCall[] = [];
  const local: NodeChange<N>[] = [];
  const moves: Record<string, Point> = {};
  const removed = { components: [] as string[], connections: [] as string[] };
  const nodeSelects: { id: string; selected: boolean }[] = [];
  const edgeSelects: { id: string; selected: boolean }[] = [];

  for (const c of nodes) {
    if (c.type === 'select') nodeSelects.push(c);
    else if (c.type === 'remove') removed.components.push(c.id);
    else if (c.type === 'position') {
      if (gesture) local.push(c);
      // A change marked `dragging` before the canvas saw the drag start is no keyboard move:
      // it is dropped, and the drag's end places the node.
      else if (c.position && !c.dragging) moves[c.id] = round(c.position);
    } else local.push(c);
  }
  for (const c of edges) {
    if (c.type === 'select') edgeSelects.push(c);
    else if (c.type === 'remove') removed.connections.push(c.id);
  }

  if (Object.keys(moves).length > 0) commands.push(commandCall(moveComponents, moves, KEYBOARD_MOVE));
  if (removed.components.length > 0 || removed.connections.length > 0)
    commands.push(commandCall(removeRecords, removed));

  // A removed record leaves the selection as a deselected one does.
  const deselect = (ids: string[]) => ids.map((id) => ({ id, selected: false }));
  const components = selected(selection.components, [...nodeSelects, ...deselect(removed.components)]);
  const connections = selected(selection.connections, [...edgeSelects, ...deselect(removed.connections)]);
  const result: FlowChangeResult<N> = { commands, local };
  if (components || connections) {
    result.selection = {
      components: components ?? [...selection.components],
      connections: connections ?? [...selection.connections],
    };
  }
  return result;
}

/** A React Flow node as the resize end reads it: where it is drawn and in which container. */
export interface PlacedNode {
  id: string;
  parentId?: string;
  position: Point;
}

/**
 * The command for the end of a container resize: its new box and, when the top or left edge
 * moved, the children React Flow shifted to keep them in place (read from the drawn nodes).
 */
export function fromResizeEnd(
  doc: WorkbenchDocument,
  componentId: string,
  box: Point & { width: number; height: number },
  nodes: readonly PlacedNode[],
): CommandCall {
  const children: Record<string, Point> = {};
  for (const node of nodes) {
    const child = own(doc.components, node.id);
    if (node.parentId !== componentId || !child) continue;
    const position = round(node.position);
    if (position.x !== child.position.x || position.y !== child.position.y) children[node.id] = position;
  }
  return commandCall(resizeComponent, {
    id: componentId,
    size: { width: Math.round(box.width), height: Math.round(box.height) },
    position: round(box),
    ...(Object.keys(children).length > 0 ? { children } : {}),
  });
}
