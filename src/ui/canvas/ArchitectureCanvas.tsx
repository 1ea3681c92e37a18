import {
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type DragEvent,
  type MouseEvent as ReactMouseEvent,
} from 'react';
import {
  Background,
  ConnectionMode,
  Controls,
  MiniMap,
  Panel,
  ReactFlow,
  applyNodeChanges,
  useReactFlow,
  useConnection,
  useStore,
  useStoreApi,
  useUpdateNodeInternals,
  type Connection as FlowConnection,
  type Edge,
  type Node,
  type NodeChange,
  type EdgeChange,
} from '@xyflow/react';
import { useShallow } from 'zustand/react/shallow';
import { LodEdges } from './LodEdges';
import { useWorkbench, useWorkbenchStore } from '../../store/hooks';
import { selectChecklist } from '../../store/selectors';
import { sameEdgeInputs, sameSet, toFlowEdges, toFlowNodes, type ComponentFlowNode } from './toFlowElements';
import { reuseUnchangedEdges, reuseUnchangedNodes } from './reuseUnchanged';
import type { WorkbenchDocument } from '../../domain/model/schema';
import type { CatalogData } from '../../domain/catalog/schema';
import { ComponentNode } from './ComponentNode';
import { allowedConnectionTypes } from '../../domain/model/componentDefaults';
import { fitAll } from './fitAll';
import { CanvasToolbar } from './CanvasToolbar';
import { MINIMAP_LIMIT, useEditorUi } from './editorUi';
import { flowNodeSize } from './layoutSizes';
import { LevelOfDetailContext } from './levelOfDetail';
import { dragHasFiles, useImportUi } from '../import/importUi';
import { droppedFiles } from '../import/droppedFiles';
import { ZoomLevel } from './ZoomLevel';
import { resizeGesture } from './ContainerResizer';
import { fromFlowChanges } from './fromFlowChanges';
import { fromDragStop, fromPaletteDrop } from './dropCommands';
import { MAX_FIT_ZOOM } from './fitAll';
import './editor.css';
import { own } from '../../domain/model/ownEntry';
import { useLivePointer } from '../live/useLivePointer';
import { useLive } from '../live/liveContext';
import { EditorDialogs, LivePresenceLayer, NodeContextMenu } from '../lazyViews';
import { isOpenStatus } from '../../domain/checklist/status';

const nodeTypes = { component: ComponentNode };
const NO_EDGES: Edge[] = [];
export const PALETTE_MIME = 'application/x-htw-component-type';
const GRID: [number, number] = [10, 10];
/** Screen pixels around a handle within which a dropped connection snaps to it. */
const CONNECTION_RADIUS = 30;
// The first fit, before storage places the project (fitAll.ts): never beyond 100 %.
const FIT_OPTIONS = { maxZoom: MAX_FIT_ZOOM, padding: 0.1 };
/**
 * Below this zoom the canvas draws a level of detail: components as plain coloured boxes
 * (their text, icons and badges would be a few pixels high, unreadable) without connection
 * handles or the dotted background, and connections as plain lines (LodEdges). Besides, every element is then on screen
 * anyway, so all of them stay rendered: culling what leaves the view would mount and unmount
 * nodes on every frame of a pan.
 */
export const DETAIL_ZOOM = 0.35;
const lowZoomSelector = (s: { transform: [number, number, number] }) => s.transform[2] < DETAIL_ZOOM;

export function ArchitectureCanvas() {
  const store = useWorkbenchStore();
  const { document, catalog, selection, highlight, readOnly } = useWorkbench(
    useShallow((s) => ({
      document: s.document,
      catalog: s.catalog,
      selection: s.selection,
      highlight: s.highlight,
      readOnly: s.readOnly,
    })),
  );
  const { snapToGrid, showMinimap, renderAll, openDialog, dialogOpen, contextMenuOpen } = useEditorUi(
    useShallow((s) => ({
      snapToGrid: s.snapToGrid,
      showMinimap: s.showMinimap,
      renderAll: s.renderAll,
      openDialog: s.openDialog,
      dialogOpen: s.dialog !== null,
      contextMenuOpen: s.contextMenu !== null,
    })),
  );
  const { screenToFlowPosition } = useReactFlow();
  // A boolean: the canvas re-renders when the zoom crosses the threshold, not on every frame.
  const lowZoom = useStore(lowZoomSelector);
  // A boolean too: the canvas re-renders when a connection starts and ends, not as it is drawn.
  const connecting = useConnection((c) => c.inProgress);
  // The level of detail draws no badges: unless a checklist item is highlighted, the canvas
  // needs no findings there, so opening a large platform does not wait for its assessment.
  const needsFindings = !lowZoom || renderAll || highlight !== null;
  const checklist = useWorkbench((s) => (needsFindings ? selectChecklist(s) : null));

  const view = useMemo(() => {
    const openCount = new Map<string, number>();
    const needsInput = new Set<string>();
    for (const item of checklist ?? []) {
      if (item.applicability === 'not-applicable') continue;
      if (!isOpenStatus(item.status)) continue;
      for (const id of item.components) {
        openCount.set(id, (openCount.get(id) ?? 0) + 1);
        if (item.applicability === 'needs-input') needsInput.add(id);
      }
    }
    const highlighted = new Set<string>(
      highlight ? (checklist?.find((i) => i.recommendationId === highlight)?.components ?? []) : [],
    );
    return {
      openCount,
      needsInput,
      highlighted,
      selectedComponents: new Set(selection.components),
      selectedConnections: new Set(selection.connections),
    };
  }, [checklist, highlight, selection]);

  const derivedNodes = useMemo(() => toFlowNodes(document, catalog, view), [document, catalog, view]);
  // Unchanged edges keep their identity so React Flow re-renders only what an edit touched.
  const previousEdges = useRef<Edge[]>([]);
  const edgeInputs = useRef<{
    document: WorkbenchDocument;
    catalog: CatalogData;
    selected: ReadonlySet<string>;
  } | null>(null);
  const edges = useMemo(() => {
    const before = previousEdges.current;
    // An attribute edit changes neither the connections, nor the names edges are labelled
    // with, nor the selected links: the edges are those of the last mapping (issue 17).
    const last = edgeInputs.current;
    edgeInputs.current = { document, catalog, selected: view.selectedConnections };
    if (
      last &&
      last.catalog === catalog &&
      sameSet(last.selected, view.selectedConnections) &&
      sameEdgeInputs(last.document, document)
    )
      return before;
    const next = reuseUnchangedEdges(new Map(before.map((e) => [e.id, e])), toFlowEdges(document, catalog, view));
    // The same array when no edge changed: React Flow then skips its edge bookkeeping.
    const stable = next.length === before.length && next.every((e, i) => e === before[i]) ? before : next;
    previousEdges.current = stable;
    return stable;
  }, [document, catalog, view]);

  // Local node state carries React Flow's measurements and in-flight drags; the document is
  // updated once per gesture (drag stop), so one drag is one undo step.
  const [nodes, setNodes] = useState<ComponentFlowNode[]>(derivedNodes);
  useEffect(() => {
    setNodes((current) => reuseUnchangedNodes(current, derivedNodes));
  }, [derivedNodes]);

  const largePlatform = Object.keys(document.components).length > MINIMAP_LIMIT;
  useEffect(() => {
    if (useEditorUi.getState().largePlatform !== largePlatform) useEditorUi.getState().setLargePlatform(largePlatform);
  }, [largePlatform]);

  // After an import the view zooms to what it added, so the new parts are on screen and readable.
  const rf = useReactFlow();
  const flowStore = useStoreApi();
  const fitRequest = useImportUi((s) => s.fitRequest);
  useEffect(() => {
    if (!fitRequest) return;
    const doc = store.getState().document;
    const only = [...fitRequest.ids].some((id) => own(doc.components, id)) ? fitRequest.ids : undefined;
    const frame = requestAnimationFrame(() => fitAll(rf, doc, flowStore.getState(), only));
    return () => cancelAnimationFrame(frame);
  }, [fitRequest, rf, store, flowStore]);

  const dragging = useRef(false);

  // React Flow's changes become commands and a selection (fromFlowChanges.ts); what is left
  // (measurements, positions during a drag or resize) stays in the local node state.
  const onNodesChange = useCallback(
    (changes: NodeChange<ComponentFlowNode>[]) => {
      const state = store.getState();
      const mapped = fromFlowChanges(
        { nodes: changes },
        { selection: state.selection, gesture: dragging.current || resizeGesture.active },
      );
      if (mapped.selection) state.select(mapped.selection);
      for (const call of mapped.commands) state.dispatchCall(call);
      if (mapped.local.length) setNodes((current) => applyNodeChanges(mapped.local, current));
    },
    [store],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange[]) => {
      const state = store.getState();
      const mapped = fromFlowChanges({ edges: changes }, { selection: state.selection, gesture: false });
      if (mapped.selection) state.select(mapped.selection);
      for (const call of mapped.commands) state.dispatchCall(call);
    },
    [store],
  );

  const onNodeDragStart = useCallback(() => {
    dragging.current = true;
  }, []);

  const onNodeDragStop = useCallback(
    (_event: unknown, _node: Node, dragged: Node[]) => {
      dragging.current = false;
      const state = store.getState();
      const doc = state.document;
      state.dispatchCall(fromDragStop(dragged, { document: doc, catalog, sizes: nodeSizes(nodes) }));
      // Placed back where it started, the document did not change: undo the drag on screen.
      if (store.getState().document === doc) setNodes((current) => reuseUnchangedNodes(current, derivedNodes));
    },
    [store, catalog, nodes, derivedNodes],
  );

  const onConnect = useCallback(
    (c: FlowConnection) => {
      const state = store.getState();
      const options = allowedConnectionTypes(catalog, state.document, c.source, c.target);
      const only = options.length === 1 ? catalog.connectionTypes.find((t) => t.id === options[0]) : undefined;
      // One possible kind without a mode to ask for: draw it at once; otherwise ask.
      if (only && !only.attributes.some((a) => a.id === 'mode')) {
        const result = state.connect({ source: c.source, target: c.target, type: only.id });
        if (result.ok) state.select({ connections: [result.id] });
        return;
      }
      openDialog({ kind: 'connect', source: c.source, target: c.target });
    },
    [store, catalog, openDialog],
  );

  // Double-click renames in place; right-click opens the component's menu (selecting it first
  // unless it is part of the selection, so the menu acts on what the user pointed at).
  const onNodeDoubleClick = useCallback(
    (_event: unknown, node: Node) => {
      if (store.getState().readOnly) return;
      store.getState().select({ components: [node.id], connections: [] });
      useEditorUi.getState().startRename(node.id);
    },
    [store],
  );
  const onNodeContextMenu = useCallback(
    (event: ReactMouseEvent, node: Node) => {
      event.preventDefault();
      const state = store.getState();
      if (!state.selection.components.includes(node.id)) state.select({ components: [node.id], connections: [] });
      useEditorUi.getState().openContextMenu({ componentId: node.id, x: event.clientX, y: event.clientY });
    },
    [store],
  );

  const onDragOver = useCallback((event: DragEvent) => {
    // Configuration files from the desktop open the import dialog (see onDrop).
    if (event.dataTransfer.types.includes(PALETTE_MIME) || dragHasFiles([...event.dataTransfer.types])) {
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    }
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      if (event.dataTransfer.files.length > 0) {
        event.preventDefault();
        void droppedFiles(event.dataTransfer).then((files) => useImportUi.getState().show(files));
        return;
      }
      const type = event.dataTransfer.getData(PALETTE_MIME);
      if (!type) return;
      event.preventDefault();
      const state = store.getState();
      const at = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const { value: id } = state.dispatchCall(
        fromPaletteDrop(type, at, { document: state.document, catalog, sizes: nodeSizes(nodes) }),
      );
      // Not added (read-only tab, over the component limit): nothing to select.
      if (typeof id === 'string' && own(store.getState().document.components, id))
        state.select({ components: [id], connections: [] });
    },
    [store, catalog, screenToFlowPosition, nodes],
  );

  const measuredSizes = useCallback(() => nodeSizes(nodes), [nodes]);
  const livePointer = useLivePointer(screenToFlowPosition);
  // The others' pointers and selections load with the first session (lazyViews.ts).
  const liveStatus = useLive().state.status;
  // An export draws the full detail whatever the zoom (html-to-image copies computed styles).
  const lod = lowZoom && !renderAll;
  // Leaving the level of detail, the nodes get their handles back: React Flow measures them
  // again, or the edges would find no handle to start from.
  const updateNodeInternals = useUpdateNodeInternals();
  const wasLod = useRef(lod);
  useEffect(() => {
    if (wasLod.current && !lod) updateNodeInternals(nodes.map((n) => n.id));
    wasLod.current = lod;
  }, [lod, nodes, updateNodeInternals]);

  return (
    <LevelOfDetailContext.Provider value={lod}>
      <div
        className={`canvas${lod ? ' canvas-lod' : ''}${connecting ? ' is-connecting' : ''}`}
        data-testid="canvas"
        onDragOver={onDragOver}
        onDrop={onDrop}
        onPointerMove={livePointer.onPointerMove}
        onPointerLeave={livePointer.onPointerLeave}
      >
        <ReactFlow
          nodes={nodes}
          edges={lod ? NO_EDGES : edges}
          nodeTypes={nodeTypes}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onNodeDragStart={onNodeDragStart}
          onNodeDragStop={onNodeDragStop}
          onConnect={onConnect}
          onNodeDoubleClick={onNodeDoubleClick}
          onNodeContextMenu={onNodeContextMenu}
          onMoveStart={livePointer.onMoveStart}
          onMove={livePointer.onMove}
          // A double-click on a component renames it; zooming is +, − and the wheel.
          zoomOnDoubleClick={false}
          // Dropped near any handle, or on a component's body (its body handle), connects; in
          // either direction, since the dialog offers the directions the catalog allows.
          connectionMode={ConnectionMode.Loose}
          connectionRadius={CONNECTION_RADIUS}
          isValidConnection={notToItself}
          nodesDraggable={!readOnly}
          nodesConnectable={!readOnly}
          deleteKeyCode={null}
          selectionKeyCode="Shift"
          multiSelectionKeyCode={['Control', 'Meta', 'Shift']}
          snapToGrid={snapToGrid}
          snapGrid={GRID}
          fitView
          fitViewOptions={FIT_OPTIONS}
          minZoom={0.1}
          // Zoomed in, only what is in view is in the DOM (large platforms stay fluid); all of it
          // while exporting or zoomed out (see DETAIL_ZOOM).
          onlyRenderVisibleElements={!renderAll && !lowZoom}
          zIndexMode="manual"
          proOptions={{ hideAttribution: true }}
          aria-label="Architecture canvas"
        >
          {!lowZoom && <Background gap={20} />}
          {lod && <LodEdges nodes={nodes} edges={edges} />}
          {showMinimap && <MiniMap pannable zoomable ariaLabel="Minimap" />}
          <Controls showInteractive={false} showFitView={false}>
            <ZoomLevel />
          </Controls>
          <Panel position="top-left">
            <CanvasToolbar measuredSizes={measuredSizes} />
          </Panel>
          {liveStatus === 'live' && (
            <Suspense fallback={null}>
              <LivePresenceLayer />
            </Suspense>
          )}
        </ReactFlow>
        {Object.keys(document.components).length === 0 && (
          <div className="canvas-empty" role="note">
            <strong>An empty platform.</strong> Drag a physical host from the palette, or press <kbd>Enter</kbd> on a
            palette item to add it, then place the hypervisor and VMs inside it. Press <kbd>?</kbd> for every shortcut.
          </div>
        )}
        {/* Loaded the first time one opens (lazyViews.ts). */}
        {dialogOpen && (
          <Suspense fallback={null}>
            <EditorDialogs />
          </Suspense>
        )}
        {contextMenuOpen && (
          <Suspense fallback={null}>
            <NodeContextMenu />
          </Suspense>
        )}
      </div>
    </LevelOfDetailContext.Provider>
  );
}

const notToItself = (c: { source: string; target: string }) => c.source !== c.target;

function nodeSizes(nodes: ComponentFlowNode[]): Map<string, { width: number; height: number }> {
  return new Map(nodes.map((n) => [n.id, flowNodeSize(n)]));
}
