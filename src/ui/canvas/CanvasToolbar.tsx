import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useShallow } from 'zustand/react/shallow';
import { useWorkbench, useWorkbenchStore } from '../../store/hooks';
import { useEditorUi } from './editorUi';
import { autoLayoutDocument, deleteSelection, duplicateSelection } from './editorActions';
import type { ImageFormat } from './exportImage';
import { loadImageExport } from '../lazyViews';
import { fitAll } from './fitAll';
import { ToolbarIcon, ToolbarLabel } from './ToolbarIcon';

/** The canvas's own commands; each has a keyboard shortcut too (see the shortcuts dialog). */
export function CanvasToolbar({
  measuredSizes,
}: {
  measuredSizes: () => ReadonlyMap<string, { width: number; height: number }>;
}) {
  const store = useWorkbenchStore();
  const rf = useReactFlow();
  const flowStore = useStoreApi();
  const { selectedCount, selectedConnections, readOnly } = useWorkbench(
    useShallow((s) => ({
      selectedCount: s.selection.components.length,
      selectedConnections: s.selection.connections.length,
      readOnly: s.readOnly,
    })),
  );
  const { snapToGrid, showMinimap, toggleSnap, toggleMinimap, openDialog } = useEditorUi(
    useShallow((s) => ({
      snapToGrid: s.snapToGrid,
      showMinimap: s.showMinimap,
      toggleSnap: s.toggleSnap,
      toggleMinimap: s.toggleMinimap,
      openDialog: s.openDialog,
    })),
  );

  // Loaded on the first export (lazyViews.ts): a first visit does not need it.
  const exportAs = (format: ImageFormat) =>
    loadImageExport()
      .then(({ exportCanvas }) => exportCanvas(store, rf, format))
      .catch((error: unknown) =>
        store.getState().notify({
          kind: 'error',
          text: `Could not export the diagram: ${error instanceof Error ? error.message : String(error)}`,
        }),
      );

  const connectSource = store.getState().selection.components[0];

  return (
    <div className="canvas-toolbar" role="toolbar" aria-label="Canvas">
      <button
        type="button"
        onClick={() => fitAll(rf, store.getState().document, flowStore.getState())}
        title="Zoom to fit (Shift+1)"
      >
        Fit
      </button>
      <button
        type="button"
        onClick={() => openDialog({ kind: 'components' })}
        title="List every component, to find and select one (L)"
      >
        <ToolbarIcon name="list" />
        <ToolbarLabel>Components…</ToolbarLabel>
      </button>
      <button
        type="button"
        disabled={readOnly}
        onClick={() => void autoLayoutDocument(store, measuredSizes())}
        title="Auto-layout (Shift+L)"
      >
        <ToolbarIcon name="layout" />
        <ToolbarLabel>Auto-layout</ToolbarLabel>
      </button>
      <button type="button" aria-pressed={snapToGrid} onClick={toggleSnap} title="Snap to grid (G)">
        <ToolbarIcon name="snap" />
        <ToolbarLabel>Snap</ToolbarLabel>
      </button>
      <button type="button" aria-pressed={showMinimap} onClick={toggleMinimap} title="Minimap (M)">
        <ToolbarIcon name="minimap" />
        <ToolbarLabel>Minimap</ToolbarLabel>
      </button>
      <span className="toolbar-sep" aria-hidden="true" />
      <button
        type="button"
        disabled={readOnly || selectedCount !== 1 || !connectSource}
        onClick={() => connectSource && openDialog({ kind: 'connect', source: connectSource })}
        title="Connect the selected component (C)"
      >
        <ToolbarIcon name="connect" />
        <ToolbarLabel>Connect…</ToolbarLabel>
      </button>
      <button
        type="button"
        disabled={readOnly || selectedCount === 0}
        onClick={() => duplicateSelection(store)}
        title="Duplicate (Ctrl+D)"
      >
        <ToolbarIcon name="duplicate" />
        <ToolbarLabel>Duplicate</ToolbarLabel>
      </button>
      <button
        type="button"
        disabled={readOnly || (selectedCount === 0 && selectedConnections === 0)}
        onClick={() => deleteSelection(store)}
        title="Delete (Delete)"
      >
        <ToolbarIcon name="remove" />
        <ToolbarLabel>Delete</ToolbarLabel>
      </button>
      <span className="toolbar-sep" aria-hidden="true" />
      <button type="button" onClick={() => void exportAs('png')} title="Export the diagram as PNG">
        PNG
      </button>
      <button type="button" onClick={() => void exportAs('svg')} title="Export the diagram as SVG">
        SVG
      </button>
      <span className="toolbar-sep" aria-hidden="true" />
      <button
        type="button"
        disabled={readOnly}
        onClick={() => openDialog({ kind: 'templates', insert: true })}
        title="Insert a reference architecture into this platform"
      >
        <ToolbarIcon name="insert" />
        <ToolbarLabel>Insert from templates…</ToolbarLabel>
      </button>
      <button
        type="button"
        onClick={() => openDialog({ kind: 'shortcuts' })}
        title="Keyboard shortcuts (?)"
        aria-label="Keyboard shortcuts"
      >
        ?
      </button>
    </div>
  );
}
