/**
 * Ephemeral editor UI state (never saved): which editor dialog is open, canvas toggles and
 * the in-app clipboard. A small store of its own so the keyboard shortcuts, the toolbar and
 * the canvas can share it without touching the document store.
 */
import { create } from 'zustand';
import type { ClipboardContent } from '../../domain/model/clipboard';
import type { WorkbenchDocument } from '../../domain/model/schema';

export type EditorDialog =
  | { kind: 'shortcuts' }
  /** Every component, grouped by container, to reach one by keyboard (ComponentListDialog). */
  | { kind: 'components' }
  /** `insert`: add a template's drawing to the open platform; otherwise start a new project from one. */
  | { kind: 'templates'; insert?: boolean }
  /** Connect from `source`; `target` is set when the user drew the connection with the pointer. */
  | { kind: 'connect'; source: string; target?: string };

export interface EditorUiState {
  dialog: EditorDialog | null;
  snapToGrid: boolean;
  /** Whether the minimap is shown: the user's choice (`minimapChoice`), else on unless the platform is large. */
  showMinimap: boolean;
  /** The user's own minimap toggle, null until they toggle it. */
  minimapChoice: boolean | null;
  /**
   * A large platform (see MINIMAP_LIMIT) hides the minimap by default: it redraws all its
   * components on every frame of a pan or zoom, which halves the frame rate of 500 components.
   */
  largePlatform: boolean;
  /** While an image is exported every element is rendered (normally only what is in view). */
  renderAll: boolean;
  clipboard: ClipboardContent | null;
  /** The component whose name is being edited on the canvas (double-click or F2), if any. */
  renaming: string | null;
  /** The canvas context menu: for which component, at which screen point. */
  contextMenu: { componentId: string; x: number; y: number } | null;
  /** How many times the current clipboard was pasted, so each paste lands a step further. */
  pasteCount: number;
  /**
   * How a document made from a template becomes a project. The projects feature may install
   * its own (create and open a project); the default replaces the open document.
   */
  openNewDocument: ((document: WorkbenchDocument) => void) | null;
  openDialog(dialog: EditorDialog): void;
  closeDialog(): void;
  toggleSnap(): void;
  toggleMinimap(): void;
  setLargePlatform(large: boolean): void;
  setRenderAll(renderAll: boolean): void;
  setClipboard(content: ClipboardContent): void;
  startRename(componentId: string | null): void;
  openContextMenu(menu: EditorUiState['contextMenu']): void;
  notePaste(): number;
  setOpenNewDocument(handler: ((document: WorkbenchDocument) => void) | null): void;
}

/** Above this many components the minimap is off until the user turns it on. */
export const MINIMAP_LIMIT = 200;

export const useEditorUi = create<EditorUiState>()((set, get) => ({
  dialog: null,
  snapToGrid: true,
  showMinimap: true,
  minimapChoice: null,
  largePlatform: false,
  renderAll: false,
  clipboard: null,
  renaming: null,
  contextMenu: null,
  pasteCount: 0,
  openNewDocument: null,
  openDialog: (dialog) => set({ dialog }),
  closeDialog: () => set({ dialog: null }),
  toggleSnap: () => set({ snapToGrid: !get().snapToGrid }),
  toggleMinimap: () => set({ showMinimap: !get().showMinimap, minimapChoice: !get().showMinimap }),
  setLargePlatform: (largePlatform) => set({ largePlatform, showMinimap: get().minimapChoice ?? !largePlatform }),
  setRenderAll: (renderAll) => set({ renderAll }),
  setClipboard: (clipboard) => set({ clipboard, pasteCount: 0 }),
  startRename: (renaming) => set({ renaming, contextMenu: null }),
  openContextMenu: (contextMenu) => set({ contextMenu }),
  notePaste: () => {
    const next = get().pasteCount + 1;
    set({ pasteCount: next });
    return next;
  },
  setOpenNewDocument: (openNewDocument) => set({ openNewDocument }),
}));
