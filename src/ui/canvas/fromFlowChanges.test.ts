import { describe, expect, it } from 'vitest';
import type { EdgeChange, NodeChange } from '@xyflow/react';
import { fromFlowChanges, fromResizeEnd, KEYBOARD_MOVE } from './fromFlowChanges';
import { fromDragStop, fromPaletteDrop } from './dropCommands';
import type { ComponentFlowNode } from './toFlowElements';
import {
  moveComponents,
  placeComponents,
  removeRecords,
  resizeComponent,
  addComponent,
} from '../../domain/commands/editorCommands';
import { EDITING_CATALOG, makeComponent, makeDocument } from '../../test/builders';

type Change = NodeChange<ComponentFlowNode>;
const none = { components: [], connections: [] };

describe('fromFlowChanges', () => {
  it('turns select changes into a new selection and no command', () => {
    const changes: Change[] = [
      { type: 'select', id: 'b', selected: true },
      { type: 'select', id: 'a', selected: true },
      { type: 'select', id: 'c', selected: false },
    ];
    const result = fromFlowChanges(
      { nodes: changes },
      { selection: { components: ['c'], connections: ['e1'] }, gesture: false },
    );
    expect(result.commands).toEqual([]);
    expect(result.local).toEqual([]);
    expect(result.selection).toEqual({ components: ['a', 'b'], connections: ['e1'] });
  });

  it('leaves the selection alone when the select changes restate it', () => {
    const result = fromFlowChanges(
      { nodes: [{ type: 'select', id: 'a', selected: true }] },
      { selection: { components: ['a'], connections: [] }, gesture: false },
    );
    expect(result.selection).toBeUndefined();
  });

  it('selects edges into the connection selection', () => {
    const changes: EdgeChange[] = [{ type: 'select', id: 'e2', selected: true }];
    const result = fromFlowChanges(
      { edges: changes },
      { selection: { components: ['a'], connections: ['e1'] }, gesture: false },
    );
    expect(result.selection).toEqual({ components: ['a'], connections: ['e1', 'e2'] });
    expect(result.commands).toEqual([]);
  });

  it('maps arrow-key moves outside a gesture to one rounded, coalesced moveComponents', () => {
    const changes: Change[] = [
      { type: 'position', id: 'a', position: { x: 10.4, y: 19.6 } },
      { type: 'position', id: 'b', position: { x: -5.5, y: 0 }, dragging: false },
    ];
    const result = fromFlowChanges({ nodes: changes }, { selection: none, gesture: false });
    expect(result.commands).toHaveLength(1);
    expect(result.commands[0]!.command).toBe(moveComponents);
    expect(result.commands[0]!.args).toEqual({ a: { x: 10, y: 20 }, b: { x: -5, y: 0 } });
    expect(result.commands[0]!.coalesce).toBe(KEYBOARD_MOVE);
    expect(result.local).toEqual([]);
  });

  it('keeps positions local during a drag or resize, and drops a dragging change outside one', () => {
    const move: Change = { type: 'position', id: 'a', position: { x: 1, y: 2 }, dragging: true };
    const during = fromFlowChanges({ nodes: [move] }, { selection: none, gesture: true });
    expect(during.commands).toEqual([]);
    expect(during.local).toEqual([move]);
    const before = fromFlowChanges({ nodes: [move] }, { selection: none, gesture: false });
    expect(before.commands).toEqual([]);
    expect(before.local).toEqual([]);
  });

  it('passes measurements through to the local node state', () => {
    const measured: Change = { type: 'dimensions', id: 'a', dimensions: { width: 180, height: 56 } };
    const result = fromFlowChanges({ nodes: [measured] }, { selection: none, gesture: false });
    expect(result.local).toEqual([measured]);
    expect(result.commands).toEqual([]);
  });

  it('maps removals of nodes and edges to one removeRecords, and drops them from the selection', () => {
    const selection = { components: ['a', 'b'], connections: ['e1'] };
    const nodes = fromFlowChanges({ nodes: [{ type: 'remove', id: 'a' }] }, { selection, gesture: false });
    expect(nodes.commands.map((c) => c.command)).toEqual([removeRecords]);
    expect(nodes.commands[0]!.args).toEqual({ components: ['a'], connections: [] });
    expect(nodes.selection).toEqual({ components: ['b'], connections: ['e1'] });
    const edges = fromFlowChanges({ edges: [{ type: 'remove', id: 'e1' }] }, { selection, gesture: false });
    expect(edges.commands[0]!.args).toEqual({ components: [], connections: ['e1'] });
    expect(edges.selection).toEqual({ components: ['a', 'b'], connections: [] });
  });
});

describe('fromResizeEnd', () => {
  const doc = makeDocument({
    components: [
      makeComponent('host', 'physical-host', { position: { x: 0, y: 0 }, size: { width: 420, height: 260 } }),
      makeComponent('vm', 'guest-vm', { parentId: 'host', position: { x: 20, y: 60 } }),
      makeComponent('still', 'guest-vm', { parentId: 'host', position: { x: 220, y: 60 } }),
    ],
  });

  it('resizes and moves the container and carries the children React Flow shifted', () => {
    const call = fromResizeEnd(doc, 'host', { x: -40.2, y: -9.8, width: 460.4, height: 270 }, [
      { id: 'host', position: { x: -40, y: -10 } },
      { id: 'vm', parentId: 'host', position: { x: 60.2, y: 70 } },
      { id: 'still', parentId: 'host', position: { x: 220, y: 60 } },
    ]);
    expect(call.command).toBe(resizeComponent);
    expect(call.args).toEqual({
      id: 'host',
      size: { width: 460, height: 270 },
      position: { x: -40, y: -10 },
      children: { vm: { x: 60, y: 70 } },
    });
  });
});

describe('drop mappers', () => {
  const doc = makeDocument({
    components: [
      makeComponent('host', 'physical-host', { position: { x: 100, y: 100 }, size: { width: 420, height: 260 } }),
      makeComponent('vm', 'guest-vm', { position: { x: 800, y: 0 } }),
    ],
  });
  const ctx = { document: doc, catalog: EDITING_CATALOG, sizes: new Map([['vm', { width: 180, height: 56 }]]) };

  it('a VM let go over a host becomes its child, in free space inside it', () => {
    const call = fromDragStop([{ id: 'vm', position: { x: 150, y: 200 } }], ctx);
    expect(call.command).toBe(placeComponents);
    expect(call.args).toEqual({ vm: { parentId: 'host', position: { x: 50, y: 100 } } });
  });

  it('a VM let go on the open canvas stays at the top level where it was dropped', () => {
    const call = fromDragStop([{ id: 'vm', position: { x: 900.4, y: 10 } }], ctx);
    expect(call.args).toEqual({ vm: { parentId: undefined, position: { x: 900, y: 10 } } });
  });

  it('a palette VM dropped into the host is added inside it; on the canvas, where dropped', () => {
    const inside = fromPaletteDrop('guest-vm', { x: 150, y: 200 }, ctx);
    expect(inside.command).toBe(addComponent);
    expect(inside.args).toEqual({ type: 'guest-vm', position: { x: 50, y: 100 }, parentId: 'host' });
    const outside = fromPaletteDrop('guest-vm', { x: 1200.6, y: 40 }, ctx);
    expect(outside.args).toEqual({ type: 'guest-vm', position: { x: 1201, y: 40 } });
  });
});
