import { useEditorUi } from './editorUi';
import { ConnectDialog } from './ConnectDialog';
import { ShortcutsDialog } from '../shortcuts/ShortcutsDialog';
import { TemplateGallery } from '../templates/TemplateGallery';

/** Whichever editor dialog is open (one at a time). */
export function EditorDialogs() {
  const dialog = useEditorUi((s) => s.dialog);
  const close = useEditorUi((s) => s.closeDialog);
  if (!dialog) return null;
  if (dialog.kind === 'connect') return <ConnectDialog key={`${dialog.source}-${dialog.target ?? ''}`} source={dialog.source} target={dialog.target} onClose={close} />;
  if (dialog.kind === 'shortcuts') return <ShortcutsDialog onClose={close} />;
  return <TemplateGallery onClose={close} />;
}
