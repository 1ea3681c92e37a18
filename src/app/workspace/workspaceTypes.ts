/** What the workspace (workspace.ts) and its library (library.ts) share, so neither imports the other's module for types. */
import type { WorkbenchDocument } from '../../domain/model/schema';
import type { StorageResult } from '../../domain/io/storagePort';
import type { CatalogSource } from '../../domain/rules/engineCatalog';
import type { TypeCatalog } from '../../domain/io/readDocument';

type SaveState = { status: 'idle' | 'saving' | 'saved' } | { status: 'error'; message: string };
type Notice = { kind: 'info' | 'error'; text: string } | null;

/** The store as the workspace sees it (structural: the workspace needs these members only). */
export interface WorkspaceStore {
  getState(): {
    document: WorkbenchDocument;
    readOnly: boolean;
    loadDocument(document: WorkbenchDocument): void;
    commit(change: (doc: WorkbenchDocument, now: string) => WorkbenchDocument): void;
    setReadOnly(readOnly: boolean): void;
    setSaveState(state: SaveState): void;
    notify(notice: Notice): void;
  };
  subscribe(
    listener: (state: { document: WorkbenchDocument }, previous: { document: WorkbenchDocument }) => void,
  ): () => void;
}

/** The core catalog: checks imported and stored projects. */
export type WorkspaceCatalog = CatalogSource & TypeCatalog & { id: string; version: string };

export const ok = (message: string): StorageResult => ({ ok: true, message });
export const fail = (message: string): StorageResult => ({ ok: false, message });
