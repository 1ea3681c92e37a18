/**
 * Opening a new platform: the template gallery and the first-run welcome share it. With
 * storage the document becomes a project of its own (the list, autosave, other tabs); the
 * project open before stays as it is in storage.
 */
import { createDocument } from '../../domain/model/operations';
import type { WorkbenchDocument } from '../../domain/model/schema';
import type { WorkbenchStore } from '../../store/createWorkbenchStore';
import { useEditorUi } from '../canvas/editorUi';
import { newRecordId } from '../canvas/editorActions';

export function openNewPlatform(store: WorkbenchStore, document: WorkbenchDocument): void {
  const { storage, notify, loadDocument } = store.getState();
  const handler = useEditorUi.getState().openNewDocument;
  if (storage) {
    void storage.openNewDocument(document).then((result) => {
      if (!result.ok) notify({ kind: 'error', text: result.message });
    });
  } else if (handler) handler(document);
  else loadDocument(document);
}

export function emptyPlatform(store: WorkbenchStore): WorkbenchDocument {
  const { catalog } = store.getState();
  return createDocument({ id: newRecordId(), name: 'New platform', now: new Date().toISOString(), catalog: { id: catalog.id, version: catalog.version } });
}
