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
import { insertFragment } from '../../domain/model/clipboard';
import { plural } from '../../domain/text/plural';

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

/** Adds a template's drawing to the open platform (one undo step) and selects what was inserted. */
export function insertTemplate(store: WorkbenchStore, template: WorkbenchDocument): void {
  let roots: string[] = [];
  let count = 0;
  store.getState().commit((doc, now) => {
    const result = insertFragment(doc, template, { ids: newRecordId, now });
    roots = result.roots;
    count = result.pasted.length;
    return result.document;
  });
  if (roots.length === 0) return;
  store.getState().select({ components: roots });
  store.getState().notify({ kind: 'info', text: `Inserted ${plural(count, 'component')} from "${template.name}".` });
}
