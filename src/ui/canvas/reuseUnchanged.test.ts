import { describe, expect, it } from 'vitest';
import type { Edge } from '@xyflow/react';
import { reuseUnchangedEdges, reuseUnchangedNodes } from './reuseUnchanged';
import type { ComponentFlowNode } from './toFlowElements';

const node = (id: string, over: Partial<ComponentFlowNode['data']> = {}, x = 0): ComponentFlowNode => ({
  id,
  type: 'component',
  position: { x, y: 0 },
  data: {
    componentId: id,
    name: id,
    typeName: 'T',
    icon: 'vm',
    category: 'vm',
    container: false,
    openCount: 0,
    needsInput: false,
    highlighted: false,
    ...over,
  },
});

describe('reuseUnchangedNodes', () => {
  it('returns the very same array when nothing changed', () => {
    const current = [node('a'), node('b')];
    expect(reuseUnchangedNodes(current, [node('a'), node('b')])).toBe(current);
  });

  it('keeps unchanged nodes and their measurements, replaces changed ones', () => {
    const a = { ...node('a'), measured: { width: 200, height: 60 } };
    const b = { ...node('b'), measured: { width: 190, height: 60 } };
    const next = reuseUnchangedNodes([a, b], [node('a'), node('b', { openCount: 2 })]);
    expect(next[0]).toBe(a);
    expect(next[1]).not.toBe(b);
    expect(next[1]!.data.openCount).toBe(2);
    expect(next[1]!.measured).toEqual({ width: 190, height: 60 });
  });

  it('sees moves', () => {
    const a = node('a');
    expect(reuseUnchangedNodes([a], [node('a', {}, 10)])[0]).not.toBe(a);
  });
});

describe('reuseUnchangedEdges', () => {
  it('keeps edges equal in every drawn property', () => {
    const e: Edge = { id: 'e', source: 'a', target: 'b', label: 'Runs on' };
    const [same] = reuseUnchangedEdges(new Map([['e', e]]), [{ ...e }]);
    expect(same).toBe(e);
    const [changed] = reuseUnchangedEdges(new Map([['e', e]]), [{ ...e, label: 'Device assignment · passthrough' }]);
    expect(changed).not.toBe(e);
  });
});
