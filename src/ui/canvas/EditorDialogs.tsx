import { lazy, Suspense } from 'react';
import { useEditorUi } from './editorUi';

// Loaded when first opened: none is needed to show the platform on a first visit.
const ConnectDialog = lazy(() => import('./ConnectDialog').then((m) => ({ default: m.ConnectDialog })));
const ShortcutsDialog = lazy(() => import('../shortcuts/ShortcutsDialog').then((m) => ({ default: m.ShortcutsDialog })));
const ComponentListDialog = lazy(() => import('./ComponentListDialog').then((m) => ({ default: m.ComponentListDialog })));
const TemplateGallery = lazy(() => import('../templates/TemplateGallery').then((m) => ({ default: m.TemplateGallery })));

/** Whichever editor dialog is open (one at a time). */
export function EditorDialogs() {
  const dialog = useEditorUi((s) => s.dialog);
  const close = useEditorUi((s) => s.closeDialog);
  if (!dialog) return null;
  return (
    <Suspense fallback={null}>
      {dialog.kind === 'connect' ? (
        <ConnectDialog key={`${dialog.source}-${dialog.target ?? ''}`} source={dialog.source} target={dialog.target} onClose={close} />
      ) : dialog.kind === 'shortcuts' ? (
        <ShortcutsDialog onClose={close} />
      ) : dialog.kind === 'components' ? (
        <ComponentListDialog onClose={close} />
      ) : (
        <TemplateGallery onClose={close} insert={dialog.insert === true} />
      )}
    </Suspense>
  );
}
