import { useEffect, useRef, useState } from 'react';
import { useNodesInitialized, useOnViewportChange, useReactFlow, useStoreApi } from '@xyflow/react';
import { useWorkbench, useWorkbenchStore } from '../../store/hooks';
import { useEditorUi } from '../canvas/editorUi';
import { openingViewport } from '../canvas/fitAll';
import { useStorage } from './useStorage';

/** How long to wait for the canvas's own initial fit when not every node gets measured (large projects render only what is visible). */
const SETTLE_MS = 250;

/**
 * Glue between storage and the editor, rendered inside the ReactFlowProvider: documents made
 * by the template gallery become stored projects, and each project's viewport is kept in the
 * session table and restored when it opens again. A project opened without a saved viewport
 * is fitted to the screen at a readable zoom (see fitAll.ts), an empty one opens at 100 %:
 * never at the zoom the previous project happened to have.
 */
export function StorageBridge() {
  const storage = useStorage();
  const store = useWorkbenchStore();
  const projectId = useWorkbench((s) => s.document.id);
  const flow = useReactFlow();
  const initialized = useNodesInitialized();
  const [settledFor, setSettledFor] = useState<string | null>(null);
  const restoredFor = useRef<string | null>(null);

  useEffect(() => {
    if (!storage) return;
    useEditorUi.getState().setOpenNewDocument((document) => void storage.openNewDocument(document));
    return () => useEditorUi.getState().setOpenNewDocument(null);
  }, [storage]);

  useEffect(() => {
    const timer = setTimeout(() => setSettledFor(projectId), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [projectId]);

  // Only the first project waits for the canvas's initial fit; a switch restores at once
  // (setting a viewport needs no measured nodes).
  const ready = restoredFor.current !== null || initialized || settledFor === projectId;
  // React Flow's fitView counts only measured nodes, and a large project renders only what is
  // visible; the document's own boxes give the whole extent.
  const flowStore = useStoreApi();
  const fitDocument = (document = store.getState().document) => {
    const { width, height } = flowStore.getState();
    void flow.setViewport(openingViewport(document, (id) => flow.getNode(id)?.measured, { width, height }));
  };
  const fitRef = useRef(fitDocument);
  fitRef.current = fitDocument;

  // A project switched to with its viewport already read is placed in the same update that
  // brings its document, before the canvas draws it: drawn once, at the right zoom (a large
  // platform otherwise renders at the old zoom first, then again when placed).
  useEffect(() => {
    if (!storage) return;
    return store.subscribe((state, previous) => {
      const id = state.document.id;
      if (id === previous.document.id || restoredFor.current === null) return;
      const viewport = storage.knownViewport(id);
      if (viewport === undefined) return;
      restoredFor.current = id;
      if (viewport) void flow.setViewport(viewport);
      else fitRef.current(state.document);
    });
  }, [storage, store, flow]);

  useEffect(() => {
    if (!storage || !ready || restoredFor.current === projectId) return;
    const firstProject = restoredFor.current === null;
    restoredFor.current = projectId;
    const id = projectId;
    void storage.loadViewport(id).then((viewport) => {
      // Dropped only when another project opened meanwhile (not on re-renders of this one).
      if (restoredFor.current !== id) return;
      const apply = () => {
        if (viewport) void flow.setViewport(viewport);
        else fitDocument();
      };
      // The first project: after the canvas's initial fit, one frame later.
      if (firstProject) requestAnimationFrame(apply);
      else apply();
    });
  }, [storage, ready, projectId, flow]);

  useOnViewportChange({
    onEnd: (viewport) => {
      if (storage && restoredFor.current === projectId) storage.saveViewport(projectId, viewport);
    },
  });
  return null;
}
