/**
 * Storage failures, normalised across browsers, and the one automatic retry after the browser
 * closed the connection.
 */
import type Dexie from 'dexie';

export type StorageFailureKind = 'quota' | 'closed' | 'newer-data' | 'refused' | 'damaged' | 'other';

/**
 * Thrown before a write when the document would be refused by the reader (a limit of the
 * schema, a dangling reference): writing it would make the project unopenable. Nothing was
 * written; the edits stay in memory.
 */
export class RefusedDocumentError extends Error {
  constructor(readonly reason: string) {
    super(
      `the project would not open again if saved like this: ${reason.replace(/\.$/, '')}. Your edits are still here: correct that field and it saves again, or export the project`,
    );
    this.name = 'RefusedDocumentError';
  }
}

/** Thrown when the database holds data of a newer schema than this build: never overwrite it. */
export class NewerDataError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `the stored data was written by a newer version of the workbench (schema ${found}; this version knows up to ${supported}). Nothing was written. Reload with the newer version`,
    );
    this.name = 'NewerDataError';
  }
}

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  inner?: unknown;
}

function isQuota(e: ErrorLike | undefined): boolean {
  if (!e) return false;
  // Chromium and WebKit say QuotaExceededError (code 22); Firefox NS_ERROR_DOM_QUOTA_REACHED (1014).
  // Dexie may wrap it as the `inner` error of an AbortError.
  return (
    e.name === 'QuotaExceededError' ||
    e.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    e.code === 22 ||
    e.code === 1014 ||
    isQuota(e.inner as ErrorLike | undefined)
  );
}

function isClosed(e: ErrorLike | undefined): boolean {
  if (!e) return false;
  return (
    e.name === 'DatabaseClosedError' || e.name === 'InvalidStateError' || isClosed(e.inner as ErrorLike | undefined)
  );
}

export function classifyStorageError(error: unknown): StorageFailureKind {
  if (error instanceof NewerDataError) return 'newer-data';
  if (error instanceof RefusedDocumentError) return 'refused';
  // The stored record fails validation: the data is at fault, not the browser.
  if (error instanceof Error && error.name === 'DamagedDataError') return 'damaged';
  const e = (typeof error === 'object' && error !== null ? error : {}) as ErrorLike;
  if (isQuota(e)) return 'quota';
  if (isClosed(e)) return 'closed';
  return 'other';
}

/** A sentence for the save-state banner. */
export function describeStorageError(error: unknown): string {
  switch (classifyStorageError(error)) {
    case 'quota':
      return 'the browser storage is full. Export the project to a file now, then free space (delete old projects or snapshots)';
    case 'closed':
      return 'the browser closed the database. Retry, or export the project to a file';
    case 'newer-data':
    case 'refused':
    case 'damaged':
      return (error as Error).message;
    case 'other': {
      const message = error instanceof Error ? error.message : String(error);
      return `the browser refused the write (${message.slice(0, 200)})`;
    }
  }
}

/**
 * Runs a database operation; when the browser closed the connection (backgrounding, storage
 * pressure), reopens it and retries once. A second failure goes to the caller.
 */
export async function withReopen<T>(db: Dexie, operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (classifyStorageError(error) !== 'closed') throw error;
    if (!db.isOpen()) await db.open();
    return operation();
  }
}
