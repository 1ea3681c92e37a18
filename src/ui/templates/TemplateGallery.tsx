import { useState } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { fitAll } from '../canvas/fitAll';
import { instantiate } from '../../domain/catalog/templateDocument';
import type { WorkbenchDocument } from '../../domain/model/schema';
import { useWorkbenchStore } from '../../store/hooks';
import { EditorDialog } from '../canvas/EditorDialog';
import { Icon } from '../shared/Icon';
import { useTemplateLibrary } from './templateLibraryContext';
import { emptyPlatform, insertTemplate, openNewPlatform } from './openPlatform';

const PLATFORM_LABEL: Record<string, string> = {
  kvm: 'KVM',
  xen: 'Xen',
  hyperv: 'Hyper-V',
  esxi: 'ESXi',
  other: 'Other',
};

/**
 * Start a new project from a reference architecture or from an empty canvas. The new
 * document gets a fresh id, so the project open now stays as it is in storage. With `insert`
 * (the canvas toolbar), a template's drawing is added to the open platform instead, beside
 * what is there, as one undo step.
 */
export function TemplateGallery({ onClose, insert = false }: { onClose: () => void; insert?: boolean }) {
  const store = useWorkbenchStore();
  const library = useTemplateLibrary();
  const rf = useReactFlow();
  const flowStore = useStoreApi();
  const templates = library.list();
  // The template file is fetched on first use; the chosen card says so while it loads.
  const [loading, setLoading] = useState<string | null>(null);

  // Closed once the new platform is open: an edit made in between would land in the project
  // open before and then vanish from view (a palette click right after choosing a template).
  const open = async (document: WorkbenchDocument) => {
    await openNewPlatform(store, document);
    onClose();
  };

  const now = () => new Date().toISOString();

  const fromTemplate = async (templateId: string) => {
    setLoading(templateId);
    try {
      const document = instantiate(await library.load(templateId), { id: store.getState().ids(), now: now() });
      if (insert) {
        insertTemplate(store, document);
        onClose();
        // Show the platform with the inserted part, once React Flow has it.
        requestAnimationFrame(() => fitAll(rf, store.getState().document, flowStore.getState()));
        return;
      }
      await open(document);
    } catch (error) {
      store.getState().notify({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
      setLoading(null);
    }
  };

  const empty = () => {
    setLoading('empty');
    open(emptyPlatform(store)).catch((error: unknown) => {
      store.getState().notify({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
      setLoading(null);
    });
  };

  return (
    <EditorDialog
      title={insert ? 'Insert a reference architecture' : 'Start a new platform'}
      onClose={onClose}
      className="template-dialog"
      testId="template-gallery"
    >
      <p className="field-help">
        {insert
          ? 'Adds the template’s components and connections to this platform, to the right of what is there (one undo step). To start a new project from a template, use New… in the top bar.'
          : 'The project open now stays saved; the new one opens in its place.'}
      </p>
      <ul className="template-list">
        {templates.map((t, i) => (
          <li key={t.id}>
            <button
              type="button"
              className="template-card"
              data-autofocus={i === 0}
              disabled={loading !== null}
              aria-busy={loading === t.id}
              onClick={() => void fromTemplate(t.id)}
              data-testid={`template-${t.id}`}
            >
              <span className="template-title">
                <Icon name="server" /> {t.title}
                <span className="pill">{PLATFORM_LABEL[t.platform] ?? t.platform}</span>
              </span>
              <span className="template-description">{t.description}</span>
            </button>
          </li>
        ))}
        {!insert && (
          <li>
            <button
              type="button"
              className="template-card"
              disabled={loading !== null}
              onClick={empty}
              data-testid="template-empty"
            >
              <span className="template-title">
                <Icon name="boundary" /> Empty platform
              </span>
              <span className="template-description">A blank canvas: build the platform from the palette.</span>
            </button>
          </li>
        )}
      </ul>
    </EditorDialog>
  );
}
