/**
 * Opening a new platform: the template gallery and the first-run welcome share it. With
 * storage the document becomes a project of its own (the list, autosave, other tabs); the
 * project open before stays as it is in storage.
 */
import { createDocument } from '../../domain/model/operations';
import type { WorkbenchDocument } from '../../domain/model/schema';
import type { WorkbenchStore } from '../../store/createWorkbenchStore';
import { useEditorUi } from '../canvas/editorUi';
import { insertFragment } from '../../domain/commands/editorCommands';
import { plural } from '../../domain/text/plural';

/** Resolves once the new platform is the open document (or storage said why not). */
export async function openNewPlatform(store: WorkbenchStore, document: WorkbenchDocument): Promise<void> {
  const { storage, notify, loadDocument } = store.getState();
  const handler = useEditorUi.getState().openNewDocument;
  if (storage) {
    const result = await storage.openNewDocument(document);
    if (!result.ok) notify({ kind: 'error', text: result.message });
  } else if (handler) handler(document);
  else loadDocument(document);
}

export function emptyPlatform(store: WorkbenchStore): WorkbenchDocument {
  const { catalog } = store.getState();
  return createDocument({
    id: store.getState().ids(),
    name: 'New platform',
    now: store.getState().clock(),
    catalog: { id: catalog.id, version: catalog.version },
  });
}

/** Adds a template's drawing to the open platform (one undo step) and selects what was inserted. */
export function insertTemplate(store: WorkbenchStore, template: WorkbenchDocument): void {
  const { value, refusal } = store.getState().dispatch(insertFragment, template);
  const { roots, pasted } = value;
  const count = pasted.length;
  if (refusal || roots.length === 0) return;
  store.getState().select({ components: roots });
  store.getState().notify({ kind: 'info', text: `Inserted ${plural(count, 'component')} from "${template.name}".` });
}
