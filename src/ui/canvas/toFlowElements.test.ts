import { describe, expect, it } from 'vitest';
import { sameEdgeInputs, sameSet, toFlowEdges, toFlowNodes, type FlowViewState } from './toFlowElements';
import { EDITING_CATALOG, makeComponent, makeConnection, makeDocument } from '../../test/builders';

const view = (over: Partial<FlowViewState> = {}): FlowViewState => ({
  selectedComponents: new Set(),
  selectedConnections: new Set(),
  highlighted: new Set(),
  openCount: new Map(),
  needsInput: new Set(),
  ...over,
});

describe('toFlowElements', () => {
  const doc = makeDocument({
    components: [
      makeComponent('vm1', 'guest-vm', { parentId: 'h1', name: '<img src=x onerror=alert(1)>' }),
      makeComponent('h1', 'physical-host', { size: { width: 400, height: 300 } }),
    ],
    connections: [makeConnection('c1', 'runs-on', 'vm1', 'h1'), makeConnection('dangling', 'runs-on', 'vm1', 'gone')],
  });

  it('puts parents before children and sizes containers', () => {
    const nodes = toFlowNodes(doc, EDITING_CATALOG, view());
    expect(nodes.map((n) => n.id)).toEqual(['h1', 'vm1']);
    expect(nodes[1]!.parentId).toBe('h1');
    expect(nodes[0]!.style).toEqual({ width: 400, height: 300 });
  });

  it('carries names as plain data (rendered as text by React), badges and highlights', () => {
    const nodes = toFlowNodes(
      doc,
      EDITING_CATALOG,
      view({ openCount: new Map([['vm1', 3]]), highlighted: new Set(['vm1']) }),
    );
    const vm = nodes.find((n) => n.id === 'vm1')!;
    expect(vm.data).toMatchObject({
      name: '<img src=x onerror=alert(1)>',
      openCount: 3,
      highlighted: true,
      typeName: 'Guest VM',
    });
  });

  it('drops connections whose ends are missing', () => {
    expect(toFlowEdges(doc, EDITING_CATALOG, view()).map((e) => e.id)).toEqual(['c1']);
  });
});

describe('sameEdgeInputs: when the edges of the last mapping still hold', () => {
  const doc = makeDocument({
    components: [makeComponent('vm1', 'guest-vm', { parentId: 'h1' }), makeComponent('h1', 'physical-host')],
    connections: [makeConnection('c1', 'runs-on', 'vm1', 'h1')],
  });
  const vm = doc.components['vm1']!;
  const withVm = (next: typeof vm) => ({ ...doc, components: { ...doc.components, vm1: next } });

  it('holds after an attribute edit or a move, which give the very same edges', () => {
    const edited = withVm({ ...vm, attributes: { ...vm.attributes, antiMalware: true }, position: { x: 5, y: 9 } });
    expect(sameEdgeInputs(doc, edited)).toBe(true);
    expect(toFlowEdges(edited, EDITING_CATALOG, view())).toEqual(toFlowEdges(doc, EDITING_CATALOG, view()));
  });

  it('fails after a rename, a new or removed component, or any change of the connections', () => {
    expect(sameEdgeInputs(doc, withVm({ ...vm, name: 'renamed' }))).toBe(false);
    expect(
      sameEdgeInputs(doc, { ...doc, components: { ...doc.components, vm2: makeComponent('vm2', 'guest-vm') } }),
    ).toBe(false);
    const { vm1: _gone, ...rest } = doc.components;
    expect(sameEdgeInputs(doc, { ...doc, components: { ...rest, vm9: { ...vm, id: 'vm9' } } })).toBe(false);
    expect(sameEdgeInputs(doc, { ...doc, connections: { ...doc.connections } })).toBe(false);
  });

  it('compares selections by content', () => {
    expect(sameSet(new Set(['a', 'b']), new Set(['b', 'a']))).toBe(true);
    expect(sameSet(new Set(['a']), new Set(['a', 'b']))).toBe(false);
    expect(sameSet(new Set(['a', 'c']), new Set(['a', 'b']))).toBe(false);
  });
});
