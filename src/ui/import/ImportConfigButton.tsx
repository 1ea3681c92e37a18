import { Suspense } from 'react';
import { ViewErrorBoundary } from '../shared/ViewErrorBoundary';
import { useImportUi } from './importUi';

// The parsers (fast-xml-parser among them) load with the dialog, not with the first page.
import { ImportConfigDialog } from '../lazyViews';

/** Top-bar entry "Import configuration…"; files dropped on the canvas open the same dialog. */
export function ImportConfigButton() {
  const { open, files, show, close } = useImportUi();
  return (
    <>
      <button
        type="button"
        onClick={() => show()}
        data-testid="open-import-config"
        title="Build, update or check the model against libvirt, Xen, VMware, Hyper-V or Proxmox configuration files"
      >
        Import configuration…
      </button>
      {open && (
        <ViewErrorBoundary view="the configuration import" floating back={{ label: 'Close', onBack: close }}>
          <Suspense fallback={null}>
            <ImportConfigDialog initialFiles={files} onClose={close} />
          </Suspense>
        </ViewErrorBoundary>
      )}
    </>
  );
}
