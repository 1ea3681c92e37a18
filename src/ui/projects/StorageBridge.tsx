import { useEffect, useRef } from 'react';
import { useNodesInitialized, useOnViewportChange, useReactFlow } from '@xyflow/react';
import { useWorkbench } from '../../store/hooks';
import { useEditorUi } from '../canvas/editorUi';
import { useStorage } from './useStorage';

/**
 * Glue between storage and the editor, rendered inside the ReactFlowProvider: documents made
 * by the template gallery become stored projects, and each project's viewport is kept in the
 * session table and restored when it opens again (after the canvas's initial fit).
 */
export function StorageBridge() {
  const storage = useStorage();
  const projectId = useWorkbench((s) => s.document.id);
  const flow = useReactFlow();
  const initialized = useNodesInitialized();
  const restoredFor = useRef<string | null>(null);

  useEffect(() => {
    if (!storage) return;
    useEditorUi.getState().setOpenNewDocument((document) => void storage.openNewDocument(document));
    return () => useEditorUi.getState().setOpenNewDocument(null);
  }, [storage]);

  useEffect(() => {
    if (!storage || !initialized || restoredFor.current === projectId) return;
    restoredFor.current = projectId;
    let cancelled = false;
    void storage.loadViewport(projectId).then((viewport) => {
      // The canvas fits the view when its nodes are first measured; restore after that frame.
      if (viewport && !cancelled) requestAnimationFrame(() => void flow.setViewport(viewport));
    });
    return () => {
      cancelled = true;
    };
  }, [storage, initialized, projectId, flow]);

  useOnViewportChange({
    onEnd: (viewport) => {
      if (storage && restoredFor.current === projectId) storage.saveViewport(projectId, viewport);
    },
  });
  return null;
}
