import { useState } from 'react';
import { describeImportError } from '../../domain/io/importErrors';
import { MAX_PROJECT_FILE_BYTES } from '../../domain/io/projectFileFormat';
import { useWorkbenchStore } from '../../store/hooks';
import { EditorDialog } from '../canvas/EditorDialog';
import { useEditorUi } from '../canvas/editorUi';
import { readChosenFile } from '../projects/readChosenFile';
import { FileButton } from '../projects/FileButton';
import { Icon } from '../shared/Icon';
import { emptyPlatform, openNewPlatform } from '../templates/openPlatform';
import { rememberWelcomeDismissed } from './welcomeSeen';
import './welcome.css';

/**
 * The first-run welcome: a newcomer chooses how to start (a reference architecture, an empty
 * platform, a project file, or the sample open behind it) instead of landing on the dense
 * sample unasked. Any choice, the close button and Escape dismiss it for good in this browser.
 */
export function WelcomeDialog({ onClose }: { onClose: () => void }) {
  const store = useWorkbenchStore();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const done = () => {
    rememberWelcomeDismissed();
    onClose();
  };

  const openFile = async (file: File) => {
    const storage = store.getState().storage;
    if (!storage) return;
    setBusy(true);
    setProblem(null);
    try {
      const read = await readChosenFile(file, MAX_PROJECT_FILE_BYTES);
      if ('refused' in read) {
        setProblem(describeImportError(read.refused, `"${file.name}"`));
        return;
      }
      const result = await storage.importProject(read.text, file.name, read.size);
      if (!result.ok) {
        // The dialog stays open with the reason: nothing was stored, another choice is one click away.
        setProblem(result.message);
        return;
      }
      store.getState().notify({ kind: 'info', text: result.message });
      done();
    } finally {
      setBusy(false);
    }
  };

  return (
    <EditorDialog
      title="Welcome to the Hypervisor Threat Workbench"
      onClose={done}
      className="welcome-dialog"
      testId="welcome-dialog"
    >
      <p className="welcome-lead">
        Draw your virtualisation platform (hosts, hypervisor, VMs, devices, networks), and the workbench lists the NIST
        SP 800-125A Rev. 1 recommendations, and those of its bundled and installed packs, that apply to it, for you to
        assess, discuss in a workshop and export. Everything stays in this browser.
      </p>
      <ul className="welcome-choices">
        <li>
          <button
            type="button"
            className="template-card"
            data-autofocus="true"
            disabled={busy}
            onClick={() => {
              done();
              useEditorUi.getState().openDialog({ kind: 'templates' });
            }}
            data-testid="welcome-template"
          >
            <span className="template-title">
              <Icon name="server" /> Start from a reference architecture
            </span>
            <span className="template-description">
              KVM, Xen, Hyper-V, ESXi or a hosted lab, ready to adapt to your platform.
            </span>
          </button>
        </li>
        <li>
          <button
            type="button"
            className="template-card"
            disabled={busy}
            onClick={() => {
              void openNewPlatform(store, emptyPlatform(store));
              done();
            }}
            data-testid="welcome-empty"
          >
            <span className="template-title">
              <Icon name="boundary" /> Start with an empty platform
            </span>
            <span className="template-description">
              A blank canvas at 100 % zoom: drag a physical host from the palette to begin.
            </span>
          </button>
        </li>
        <li className="welcome-file">
          <FileButton testId="welcome-open-file" onFile={(file) => void openFile(file)}>
            Open a project file…
          </FileButton>
          <span className="template-description">A project exported from this workbench (.json).</span>
        </li>
      </ul>
      {problem && (
        <p className="welcome-problem" role="alert" data-testid="welcome-problem">
          {problem}
        </p>
      )}
      <div className="welcome-foot">
        <button type="button" className="link-button" disabled={busy} onClick={done} data-testid="welcome-sample">
          Explore the sample platform
        </button>
        <span className="field-help">The sample (a KVM host with libvirt) is open behind this dialog.</span>
      </div>
    </EditorDialog>
  );
}
