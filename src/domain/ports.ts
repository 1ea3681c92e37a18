/**
 * Ports: what the pure domain needs from the outside world, passed in rather than reached for.
 */
import type { WorkbenchDocument } from './model/schema';
import type { TemplateInfo } from './catalog/templateDocument';

/** Current time as an ISO-8601 UTC string. */
export type Clock = () => string;

/** Fresh record ids (url-safe, <= 64 characters). */
export type IdFactory = () => string;

export interface ProjectSummary {
  id: string;
  name: string;
  updatedAt: string;
  componentCount: number;
}

/** Storage of projects, implemented by the persistence layer (Dexie) and by in-memory fakes in tests. */
export interface DocumentRepository {
  list(): Promise<ProjectSummary[]>;
  load(id: string): Promise<WorkbenchDocument | undefined>;
  save(document: WorkbenchDocument): Promise<void>;
  remove(id: string): Promise<void>;
}

/** A stored evidence file as read back. */
export interface StoredAttachment {
  name: string;
  mediaType: string;
  size: number;
  blob: Blob;
}

/**
 * Evidence files (blobs) kept beside the documents, never inside them; an `Evidence` of kind
 * `file` refers to one by `blobId`. Implemented by the persistence layer; the UI receives it
 * from the composition root.
 */
export interface AttachmentStore {
  /** Stores a file for a project; refuses it with a message (size limit, full storage). */
  put(
    projectId: string,
    file: { name: string; mediaType: string; blob: Blob },
  ): Promise<{ ok: true; blobId: string; size: number } | { ok: false; message: string }>;
  get(blobId: string): Promise<StoredAttachment | undefined>;
  remove(blobId: string): Promise<void>;
}

/**
 * The shipped reference architectures. Bundled in tests and the CLI; fetched on demand by the
 * browser app so they are not part of its first load.
 */
export interface TemplateLibrary {
  list(): readonly TemplateInfo[];
  /** The template exactly as shipped (validated); rejects with a message naming the template. */
  load(templateId: string): Promise<WorkbenchDocument>;
}
