/**
 * Per-project view state of this browser (checklist filter and grouping, open tab and view,
 * unsaved assessment drafts), in localStorage. Synchronous on purpose: a draft typed just before
 * a reload must survive it, and Chromium aborts IndexedDB writes of a closing page. It is
 * session state: never part of the document, never exported.
 */
const PREFIX = 'htw-view:';

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // Blocked storage: the view state simply does not outlive the page.
  }
}

/** Writes the view state of a project; a full or blocked storage is ignored (nothing else depends on it). */
export function writeViewState(projectId: string, state: object): void {
  try {
    storage()?.setItem(PREFIX + projectId, JSON.stringify(state));
  } catch {
    // Quota or blocked: the drafts stay in memory for this page.
  }
}

/** The stored view state of a project, or `undefined` when missing or unreadable (the caller validates the shape). */
export function readViewState(projectId: string): unknown {
  try {
    const text = storage()?.getItem(PREFIX + projectId);
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

export function clearViewState(projectId: string): void {
  try {
    storage()?.removeItem(PREFIX + projectId);
  } catch {
    // Blocked storage: nothing was kept.
  }
}
