import { Suspense, useState } from 'react';
import { useStorage } from './useStorage';
import { ViewErrorBoundary } from '../shared/ViewErrorBoundary';
import { useEditorUi } from '../canvas/editorUi';
import { useWorkbench } from '../../store/hooks';
import { leaveWorkshopView } from '../workshop/useHashRoute';

// Loaded when first opened: neither is needed to show the platform on a first visit.
import { ProjectsDialog, SnapshotsDialog } from '../lazyViews';

/** Top-bar entry points: a new project (the template gallery), the projects dialog and the snapshots dialog. */
export function ProjectsMenu() {
  const storage = useStorage();
  const [open, setOpen] = useState<'projects' | 'snapshots' | null>(null);
  const showView = useWorkbench((s) => s.showView);
  // The gallery is a canvas dialog: from the dashboard or the workshop, go to the model first.
  const openNew = () => {
    leaveWorkshopView();
    showView('model');
    useEditorUi.getState().openDialog({ kind: 'templates' });
  };
  if (!storage) return null;
  return (
    <div className="toolbar" role="toolbar" aria-label="Projects">
      <button
        type="button"
        onClick={openNew}
        data-testid="open-new-project"
        title="A new project from a reference architecture or empty"
      >
        New…
      </button>
      <button type="button" onClick={() => setOpen('projects')} data-testid="open-projects">
        Projects
      </button>
      <button type="button" onClick={() => setOpen('snapshots')} data-testid="open-snapshots">
        Snapshots
      </button>
      {open && (
        <ViewErrorBoundary
          key={open}
          view={open === 'projects' ? 'the projects' : 'the snapshots'}
          floating
          back={{ label: 'Close', onBack: () => setOpen(null) }}
        >
          <Suspense fallback={null}>
            {open === 'projects' && <ProjectsDialog onClose={() => setOpen(null)} />}
            {open === 'snapshots' && <SnapshotsDialog onClose={() => setOpen(null)} />}
          </Suspense>
        </ViewErrorBoundary>
      )}
    </div>
  );
}
