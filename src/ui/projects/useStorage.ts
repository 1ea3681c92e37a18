/** The storage port (projects, snapshots, files) as the UI sees it, and its live status. */
import { useSyncExternalStore } from 'react';
import type { ProjectStorage, StorageStatus } from '../../domain/io/storagePort';
import { useWorkbench } from '../../store/hooks';

export function useStorage(): ProjectStorage | null {
  return useWorkbench((s) => s.storage);
}

const NO_STATUS: StorageStatus = {
  projectId: '',
  role: 'editor',
  roleMessage: null,
  persisted: null,
  usageBytes: null,
  quotaBytes: null,
  autosavePaused: false,
};
const noop = () => () => undefined;

export function useStorageStatus(): StorageStatus {
  const storage = useStorage();
  return useSyncExternalStore(storage ? storage.subscribe : noop, storage ? storage.getStatus : () => NO_STATUS);
}
