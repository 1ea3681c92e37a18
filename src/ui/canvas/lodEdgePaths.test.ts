import { describe, expect, it } from 'vitest';
import type { Edge } from '@xyflow/react';
import { absoluteBoxes, lodEdgePaths } from './lodEdgePaths';
import type { ComponentFlowNode } from './toFlowElements';

const node = (id: string, x: number, y: number, extra: Partial<ComponentFlowNode> = {}): ComponentFlowNode =>
  ({ id, type: 'component', position: { x, y }, data: {} as ComponentFlowNode['data'], ...extra }) as ComponentFlowNode;
const edge = (id: string, source: string, target: string, extra: Partial<Edge> = {}): Edge => ({
  id,
  source,
  target,
  className: 'edge-data-flow',
  ...extra,
});

describe('level-of-detail connections', () => {
  const host = node('host', 100, 200, { style: { width: 600, height: 400 } });
  const vm = node('vm', 20, 40, { parentId: 'host', measured: { width: 180, height: 60 } });
  const nic = node('nic', 1000, 50);

  it('places children relative to their parents, with measured, styled or default sizes', () => {
    const boxes = absoluteBoxes([host, vm, nic]);
    expect(boxes.get('host')).toEqual({ x: 100, y: 200, width: 600, height: 400 });
    expect(boxes.get('vm')).toEqual({ x: 120, y: 240, width: 180, height: 60 });
    expect(boxes.get('nic')).toEqual({ x: 1000, y: 50, width: 180, height: 56 });
  });

  it('draws each connection from the bottom centre of its source to the top centre of its target, one path per look', () => {
    const paths = lodEdgePaths(
      [host, vm, nic],
      [
        edge('a', 'vm', 'nic'),
        edge('b', 'nic', 'vm'),
        edge('c', 'host', 'nic', { className: 'edge-device-assignment' }),
      ],
    );
    expect(paths).toEqual([
      { className: 'lod-edge edge-data-flow', d: 'M210 300L1090 50M1090 106L210 240' },
      { className: 'lod-edge edge-device-assignment', d: 'M400 600L1090 50' },
    ]);
  });

  it('draws selected connections last (on top) and skips ends that are not on the canvas', () => {
    const paths = lodEdgePaths(
      [vm, nic, host],
      [edge('a', 'vm', 'nic', { selected: true }), edge('b', 'nic', 'vm'), edge('c', 'ghost', 'vm')],
    );
    expect(paths.map((p) => p.className)).toEqual(['lod-edge edge-data-flow', 'lod-edge is-selected']);
    expect(paths[1]!.d).toBe('M210 300L1090 50');
  });
});
