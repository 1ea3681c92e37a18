/**
 * The only React touchpoint of the store: a context carrying the store, and a selector hook.
 */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { WorkbenchStore, WorkbenchState, WorkbenchActions } from './createWorkbenchStore';

export const WorkbenchContext = createContext<WorkbenchStore | null>(null);

export function useWorkbenchStore(): WorkbenchStore {
  const store = useContext(WorkbenchContext);
  if (!store) throw new Error('useWorkbench must be used inside <WorkbenchContext.Provider>');
  return store;
}

export function useWorkbench<T>(selector: (state: WorkbenchState & WorkbenchActions) => T): T {
  return useStore(useWorkbenchStore(), selector);
}
