import { useCallback, useEffect, useMemo, useState, type DragEvent } from 'react';
import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  applyNodeChanges,
  useReactFlow,
  type Connection as FlowConnection,
  type Node,
  type NodeChange,
  type EdgeChange,
  type OnSelectionChangeParams,
} from '@xyflow/react';
import { useShallow } from 'zustand/react/shallow';
import { useWorkbench, useWorkbenchStore } from '../../store/hooks';
import { selectAssessment } from '../../store/selectors';
import { toFlowEdges, toFlowNodes, type ComponentFlowNode } from './toFlowElements';
import { ComponentNode } from './ComponentNode';
import { allowedConnectionTypes } from '../../domain/model/componentDefaults';
import { absolutePosition } from '../../domain/model/operations';
import { findDropParent } from './dropTarget';
import { ConnectionTypeMenu } from './ConnectionTypeMenu';

const nodeTypes = { component: ComponentNode };
export const PALETTE_MIME = 'application/x-htw-component-type';
const GRID: [number, number] = [10, 10];

export function ArchitectureCanvas() {
  const store = useWorkbenchStore();
  const { document, catalog, selection, highlight } = useWorkbench(
    useShallow((s) => ({ document: s.document, catalog: s.catalog, selection: s.selection, highlight: s.highlight })),
  );
  const assessment = useWorkbench((s) => selectAssessment(s));
  const { screenToFlowPosition } = useReactFlow();
  const [pendingConnection, setPendingConnection] = useState<{ source: string; target: string; options: string[] } | null>(null);

  const view = useMemo(() => {
    const openCount = new Map<string, number>();
    const needsInput = new Set<string>();
    for (const item of assessment.checklist) {
      if (item.applicability === 'not-applicable') continue;
      if (item.status === 'implemented' || item.status === 'not-applicable' || item.status === 'risk-accepted') continue;
      for (const id of item.components) {
        openCount.set(id, (openCount.get(id) ?? 0) + 1);
        if (item.applicability === 'needs-input') needsInput.add(id);
      }
    }
    const highlighted = new Set<string>(
      highlight ? (assessment.checklist.find((i) => i.recommendationId === highlight)?.components ?? []) : [],
    );
    return {
      openCount,
      needsInput,
      highlighted,
      selectedComponents: new Set(selection.components),
      selectedConnections: new Set(selection.connections),
    };
  }, [assessment, highlight, selection]);

  const derivedNodes = useMemo(() => toFlowNodes(document, catalog, view), [document, catalog, view]);
  const edges = useMemo(() => toFlowEdges(document, catalog, view), [document, catalog, view]);

  // Local node state carries React Flow's measurements and in-flight drags; the document is
  // updated once per gesture (drag stop), so one drag is one undo step.
  const [nodes, setNodes] = useState<ComponentFlowNode[]>(derivedNodes);
  useEffect(() => {
    setNodes((current) => {
      const measured = new Map(current.map((n) => [n.id, n.measured]));
      return derivedNodes.map((n) => ({ ...n, measured: measured.get(n.id) }));
    });
  }, [derivedNodes]);

  const onNodesChange = useCallback((changes: NodeChange<ComponentFlowNode>[]) => {
    setNodes((current) => applyNodeChanges(changes.filter((c) => c.type !== 'remove' && c.type !== 'select'), current));
  }, []);

  const onEdgesChange = useCallback((_changes: EdgeChange[]) => {
    // Selection is handled by onSelectionChange and removal by the Delete shortcut.
  }, []);

  const onSelectionChange = useCallback(
    ({ nodes: selNodes, edges: selEdges }: OnSelectionChangeParams) => {
      const next = { components: selNodes.map((n) => n.id).sort(), connections: selEdges.map((e) => e.id).sort() };
      const current = store.getState().selection;
      if (next.components.join() === current.components.join() && next.connections.join() === current.connections.join()) return;
      store.getState().select(next);
    },
    [store],
  );

  const onNodeDragStop = useCallback(
    (_event: unknown, _node: Node, dragged: Node[]) => {
      const state = store.getState();
      const doc = state.document;
      const patches: Record<string, { position: { x: number; y: number }; parentId?: string }> = {};
      for (const n of dragged) {
        const component = doc.components[n.id];
        if (!component) continue;
        // The drop point decides the parent: a VM dragged into a host becomes its child.
        const parentAbs = component.parentId ? absolutePosition(doc, component.parentId) : { x: 0, y: 0 };
        const abs = { x: parentAbs.x + n.position.x, y: parentAbs.y + n.position.y };
        const parent = findDropParent(doc, catalog, n.id, abs, nodeSizes(nodes));
        const parentPos = parent ? absolutePosition(doc, parent) : { x: 0, y: 0 };
        const position = { x: Math.round(abs.x - parentPos.x), y: Math.round(abs.y - parentPos.y) };
        patches[n.id] = parent ? { position, parentId: parent } : { position, parentId: undefined };
      }
      state.updateComponents(patches);
    },
    [store, catalog, nodes],
  );

  const onConnect = useCallback(
    (c: FlowConnection) => {
      const state = store.getState();
      const options = allowedConnectionTypes(catalog, state.document, c.source, c.target);
      if (options.length === 0) {
        const from = state.document.components[c.source]?.name;
        const to = state.document.components[c.target]?.name;
        state.notify({ kind: 'error', text: `The catalog allows no connection from ${from} to ${to}.` });
        return;
      }
      if (options.length === 1) state.connect({ source: c.source, target: c.target, type: options[0]! });
      else setPendingConnection({ source: c.source, target: c.target, options });
    },
    [store, catalog],
  );

  const onDragOver = useCallback((event: DragEvent) => {
    if (event.dataTransfer.types.includes(PALETTE_MIME)) {
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    }
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const type = event.dataTransfer.getData(PALETTE_MIME);
      if (!type) return;
      event.preventDefault();
      const state = store.getState();
      const abs = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const parent = findDropParent(state.document, catalog, null, abs, nodeSizes(nodes), type);
      const parentPos = parent ? absolutePosition(state.document, parent) : { x: 0, y: 0 };
      state.addComponent({
        type,
        position: { x: Math.round(abs.x - parentPos.x), y: Math.round(abs.y - parentPos.y) },
        ...(parent ? { parentId: parent } : {}),
      });
    },
    [store, catalog, screenToFlowPosition, nodes],
  );

  return (
    <div className="canvas" data-testid="canvas" onDragOver={onDragOver} onDrop={onDrop}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onSelectionChange={onSelectionChange}
        onNodeDragStop={onNodeDragStop}
        onConnect={onConnect}
        deleteKeyCode={null}
        snapToGrid
        snapGrid={GRID}
        fitView
        minZoom={0.1}
        proOptions={{ hideAttribution: true }}
        aria-label="Architecture canvas"
      >
        <Background gap={20} />
        <MiniMap pannable zoomable ariaLabel="Minimap" />
        <Controls />
      </ReactFlow>
      {Object.keys(document.components).length === 0 && (
        <div className="canvas-empty" role="note">
          <strong>An empty platform.</strong> Drag a physical host from the palette, or press <kbd>Enter</kbd> on a
          palette item to add it, then place the hypervisor and VMs inside it.
        </div>
      )}
      {pendingConnection && (
        <ConnectionTypeMenu
          options={pendingConnection.options}
          onPick={(type) => {
            store.getState().connect({ source: pendingConnection.source, target: pendingConnection.target, type });
            setPendingConnection(null);
          }}
          onCancel={() => setPendingConnection(null)}
        />
      )}
    </div>
  );
}

function nodeSizes(nodes: ComponentFlowNode[]): Map<string, { width: number; height: number }> {
  const out = new Map<string, { width: number; height: number }>();
  for (const n of nodes) {
    const width = n.measured?.width ?? (typeof n.style?.width === 'number' ? n.style.width : 180);
    const height = n.measured?.height ?? (typeof n.style?.height === 'number' ? n.style.height : 56);
    out.set(n.id, { width, height });
  }
  return out;
}
