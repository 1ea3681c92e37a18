/**
 * Ports: what the pure domain needs from the outside world, passed in rather than reached for.
 */
import type { WorkbenchDocument } from './model/schema';

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
