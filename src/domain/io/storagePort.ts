/**
 * What the UI may ask of local storage: projects, snapshots, import/export, backups, and the
 * tab's editing role. Implemented by the workspace (src/app/workspace/workspace.ts, over
 * src/persistence) and handed to the UI through the store, so the UI never imports persistence.
 */
import type { DocumentComparison } from './compareDocuments';
import type { WorkbenchDocument } from '../model/schema';

/**
 * `editor`: this tab writes the project. `follower`: another tab is editing it; this one
 * follows live and is read-only. `blocked`: writing is unsafe (data or another tab of a newer
 * version, or storage unavailable); read-only until reloaded.
 */
export type TabRole = 'editor' | 'follower' | 'blocked';

export interface StorageStatus {
  projectId: string;
  role: TabRole;
  /** Why the tab is not the editor, for the banner. */
  roleMessage: string | null;
  /** `navigator.storage.persisted()`; null when the browser cannot say. */
  persisted: boolean | null;
  usageBytes: number | null;
  quotaBytes: number | null;
  /** Autosave stopped after a failed write; edits stay in memory until a retry succeeds. */
  autosavePaused: boolean;
}

export interface ProjectListEntry {
  id: string;
  name: string;
  updatedAt: string;
  componentCount: number;
  /** Set for projects in the trash. */
  deletedAt?: string;
}

export interface SnapshotEntry {
  id: string;
  name: string;
  createdAt: string;
  componentCount: number;
}

export type StorageResult = { ok: true; message: string } | { ok: false; message: string };

export interface ExportedFile {
  fileName: string;
  text: string;
  /** Set when the file holds text that import would refuse (see `exportProblem`). */
  warning?: string;
}

/** `now` stands for the project as it is in the editor. */
export type CompareSide = string | 'now';

export interface ProjectStorage {
  getStatus(): StorageStatus;
  /** Calls `listener` whenever the status changes (for `useSyncExternalStore`). */
  subscribe(listener: () => void): () => void;

  listProjects(): Promise<ProjectListEntry[]>;
  listTrash(): Promise<ProjectListEntry[]>;
  openProject(id: string): Promise<StorageResult>;
  createProject(args: { name: string; templateId?: string }): Promise<StorageResult>;
  /** Stores a document made elsewhere (the template gallery) as a new project and opens it. */
  openNewDocument(document: WorkbenchDocument): Promise<StorageResult>;
  renameProject(id: string, name: string): Promise<StorageResult>;
  duplicateProject(id: string): Promise<StorageResult>;
  /** Moves a project to the trash; `restoreProject` brings it back. */
  deleteProject(id: string): Promise<StorageResult>;
  restoreProject(id: string): Promise<StorageResult>;
  /** Deletes a project in the trash for good, with its snapshots and attachments. */
  purgeProject(id: string): Promise<StorageResult>;

  listSnapshots(): Promise<SnapshotEntry[]>;
  createSnapshot(name: string): Promise<StorageResult>;
  /** Replaces the project with a snapshot as one undoable edit, after saving a snapshot of the current state. */
  restoreSnapshot(id: string): Promise<StorageResult>;
  deleteSnapshot(id: string): Promise<StorageResult>;
  compare(
    before: CompareSide,
    after: CompareSide,
  ): Promise<
    { ok: true; comparison: DocumentComparison; before: string; after: string } | { ok: false; message: string }
  >;

  /** The open project as a file; works from memory, so it works when the database does not. */
  exportProject(): Promise<ExportedFile>;
  importProject(text: string, fileName: string, byteLength: number): Promise<StorageResult>;
  /**
   * Backs up every readable project. `unreadable` names the stored records that could not be
   * read (and why); `rescue` then holds their raw records as stored, for a rescue export.
   */
  exportBackup(): Promise<
    | { ok: true; file: ExportedFile; unreadable?: { name: string; reason: string }[]; rescue?: ExportedFile }
    | { ok: false; message: string }
  >;
  restoreBackup(text: string, fileName: string, byteLength: number): Promise<StorageResult>;

  /** Asks the editing tab to hand over; this tab becomes the editor once it has saved. */
  takeOverEditing(): Promise<void>;
  /** Retries a failed autosave and resumes autosave when it succeeds. */
  retrySave(): Promise<void>;
  requestPersistence(): Promise<void>;

  /** Canvas viewport of a project (session state: saved locally, never exported). */
  loadViewport(projectId: string): Promise<{ x: number; y: number; zoom: number } | undefined>;
  /**
   * The viewport read along with a project as it opened, so the canvas can place it before
   * drawing it: `null` when none is saved, `undefined` when not read (use `loadViewport`).
   */
  knownViewport(projectId: string): { x: number; y: number; zoom: number } | null | undefined;
  saveViewport(projectId: string, viewport: { x: number; y: number; zoom: number }): void;
}
