/**
 * PNG and SVG export of the whole diagram, edges included. html-to-image is pinned to 1.11.11
 * (later versions drop React Flow edges from PNGs, toolchain.md P3); this module is the
 * image-export feature, loaded on first use (src/ui/lazyViews.ts).
 * Framing follows toolchain.md P4: bounds from the React Flow instance (it knows measured
 * sizes), then the viewport that fits them into the image.
 */
import { getViewportForBounds, type ReactFlowInstance, type Rect } from '@xyflow/react';
import { toPng, toSvg } from 'html-to-image';
import type { WorkbenchStore } from '../../store/createWorkbenchStore';
import { useEditorUi } from './editorUi';
import { documentBounds } from './fitAll';

export type ImageFormat = 'png' | 'svg';

const MAX_SIDE = 4096;
const MARGIN = 40;

/** Image size for the diagram's bounds: natural size plus a margin, capped on the long side. */
export function imageSizeFor(bounds: Rect): { width: number; height: number } {
  const width = Math.max(320, Math.ceil(bounds.width + 2 * MARGIN));
  const height = Math.max(240, Math.ceil(bounds.height + 2 * MARGIN));
  const scale = Math.min(1, MAX_SIDE / Math.max(width, height));
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

/** A file name from the project name: letters, digits, dashes only (no path characters). */
export function exportFileName(projectName: string, format: ImageFormat): string {
  const base =
    projectName
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'platform';
  return `${base}.${format}`;
}

export async function exportDiagram(bounds: Rect, format: ImageFormat, fileName: string): Promise<void> {
  const viewportEl = document.querySelector<HTMLElement>('.react-flow__viewport');
  if (!viewportEl) throw new Error('The canvas is not on screen.');
  const { width, height } = imageSizeFor(bounds);
  const viewport = getViewportForBounds(bounds, width, height, 0.1, 2, 0.05);
  const options = {
    width,
    height,
    backgroundColor: '#ffffff',
    style: {
      width: `${width}px`,
      height: `${height}px`,
      transform: `translate(${viewport.x}px, ${viewport.y}px) scale(${viewport.zoom})`,
    },
    // Handles are editing affordances, not part of the diagram.
    filter: (node: HTMLElement) => !(node.classList && node.classList.contains('react-flow__handle')),
  };
  const dataUrl = format === 'png' ? await toPng(viewportEl, options) : await toSvg(viewportEl, options);
  const link = document.createElement('a');
  link.href = dataUrl;
  link.download = fileName;
  link.click();
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * The canvas toolbar's image export: the whole diagram of the open project as `format`, or a
 * notice when the canvas is empty. Throws when the picture cannot be taken (the toolbar says so).
 */
export async function exportCanvas(store: WorkbenchStore, rf: ReactFlowInstance, format: ImageFormat): Promise<void> {
  const state = store.getState();
  const bounds = documentBounds(state.document, (id) => rf.getNode(id)?.measured);
  if (!bounds) {
    state.notify({ kind: 'error', text: 'There is nothing on the canvas to export.' });
    return;
  }
  // The picture is taken from the DOM: render every element (not only those in view) first.
  useEditorUi.getState().setRenderAll(true);
  try {
    await nextFrame();
    await nextFrame();
    await exportDiagram(bounds, format, exportFileName(state.document.name, format));
    state.notify({ kind: 'info', text: `Exported the diagram as ${format.toUpperCase()}.` });
  } finally {
    useEditorUi.getState().setRenderAll(false);
  }
}
