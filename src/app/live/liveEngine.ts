/** Everything a live session needs beyond the UI, loaded on demand so an offline workbench never downloads Yjs. */
export * as Y from 'yjs';
export { HocuspocusProvider } from '@hocuspocus/provider';
export { bindStore, readValidated } from './storeBinding';
export { isEmptyShared } from './yjsState';
export { recordWorkshopEntry } from '../../domain/commands/workshopCommands';
export { recoverEdits } from './recovery';
