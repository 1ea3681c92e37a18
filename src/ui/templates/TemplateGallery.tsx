import { useState } from 'react';
import { instantiate } from '../../domain/catalog/templateDocument';
import type { WorkbenchDocument } from '../../domain/model/schema';
import { useWorkbenchStore } from '../../store/hooks';
import { EditorDialog } from '../canvas/EditorDialog';
import { newRecordId } from '../canvas/editorActions';
import { Icon } from '../shared/Icon';
import { useTemplateLibrary } from './templateLibraryContext';
import { emptyPlatform, openNewPlatform } from './openPlatform';

const PLATFORM_LABEL: Record<string, string> = { kvm: 'KVM', xen: 'Xen', hyperv: 'Hyper-V', esxi: 'ESXi', other: 'Other' };

/**
 * Start a new project from a reference architecture or from an empty canvas. The new
 * document gets a fresh id, so the project open now stays as it is in storage.
 */
export function TemplateGallery({ onClose }: { onClose: () => void }) {
  const store = useWorkbenchStore();
  const library = useTemplateLibrary();
  const templates = library.list();
  // The template file is fetched on first use; the chosen card says so while it loads.
  const [loading, setLoading] = useState<string | null>(null);

  const open = (document: WorkbenchDocument) => {
    openNewPlatform(store, document);
    onClose();
  };

  const now = () => new Date().toISOString();

  const fromTemplate = async (templateId: string) => {
    setLoading(templateId);
    try {
      open(instantiate(await library.load(templateId), { id: newRecordId(), now: now() }));
    } catch (error) {
      store.getState().notify({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
      setLoading(null);
    }
  };

  const empty = () => open(emptyPlatform(store));

  return (
    <EditorDialog title="Start a new platform" onClose={onClose} className="template-dialog" testId="template-gallery">
      <p className="field-help">The project open now stays saved; the new one opens in its place.</p>
      <ul className="template-list">
        {templates.map((t, i) => (
          <li key={t.id}>
            <button type="button" className="template-card" data-autofocus={i === 0} disabled={loading !== null} aria-busy={loading === t.id} onClick={() => void fromTemplate(t.id)} data-testid={`template-${t.id}`}>
              <span className="template-title">
                <Icon name="server" /> {t.title}
                <span className="pill">{PLATFORM_LABEL[t.platform] ?? t.platform}</span>
              </span>
              <span className="template-description">{t.description}</span>
            </button>
          </li>
        ))}
        <li>
          <button type="button" className="template-card" disabled={loading !== null} onClick={empty} data-testid="template-empty">
            <span className="template-title">
              <Icon name="boundary" /> Empty platform
            </span>
            <span className="template-description">A blank canvas: build the platform from the palette.</span>
          </button>
        </li>
      </ul>
    </EditorDialog>
  );
}
