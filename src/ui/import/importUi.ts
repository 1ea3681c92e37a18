/**
 * Whether the "Import configuration" dialog is open, and the files it was opened with (dropped
 * on the canvas). Ephemeral UI state; a store of its own so the canvas can open the dialog
 * without loading it (the parsers load with the dialog).
 */
import { create } from 'zustand';

export interface ImportUiState {
  open: boolean;
  /** Files dropped on the canvas, read by the dialog when it opens. */
  files: File[];
  /** Set after an import so the canvas zooms to the parts it added (a new object each time). */
  fitRequest: { ids: ReadonlySet<string> } | null;
  show(files?: File[]): void;
  close(): void;
  requestFit(ids: ReadonlySet<string>): void;
}

export const useImportUi = create<ImportUiState>()((set) => ({
  open: false,
  files: [],
  show: (files = []) => set({ open: true, files }),
  close: () => set({ open: false, files: [] }),
  fitRequest: null,
  requestFit: (ids) => set({ fitRequest: { ids } }),
}));

/** Whether a drag carries files from the desktop (not a palette item). */
export function dragHasFiles(types: readonly string[]): boolean {
  return types.includes('Files');
}
