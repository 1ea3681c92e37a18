import { useEditorUi } from './editorUi';
import { ConnectDialog } from './ConnectDialog';
import { ShortcutsDialog } from '../shortcuts/ShortcutsDialog';
import { ComponentListDialog } from './ComponentListDialog';
import { TemplateGallery } from '../templates/TemplateGallery';

/** Whichever editor dialog is open (one at a time). */
export function EditorDialogs() {
  const dialog = useEditorUi((s) => s.dialog);
  const close = useEditorUi((s) => s.closeDialog);
  if (!dialog) return null;
  return (
    <>
      {dialog.kind === 'connect' ? (
        <ConnectDialog
          key={`${dialog.source}-${dialog.target ?? ''}`}
          source={dialog.source}
          target={dialog.target}
          onClose={close}
        />
      ) : dialog.kind === 'shortcuts' ? (
        <ShortcutsDialog onClose={close} />
      ) : dialog.kind === 'components' ? (
        <ComponentListDialog onClose={close} />
      ) : (
        <TemplateGallery onClose={close} insert={dialog.insert === true} />
      )}
    </>
  );
}
