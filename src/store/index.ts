export * from './createWorkbenchStore';
export * from './selectors';
export * from './hooks';
