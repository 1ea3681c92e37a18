import { useState } from 'react';
import { ProjectsDialog } from './ProjectsDialog';
import { SnapshotsDialog } from './SnapshotsDialog';
import { useStorage } from './useStorage';

/** Top-bar entry points: the projects dialog and the snapshots dialog. */
export function ProjectsMenu() {
  const storage = useStorage();
  const [open, setOpen] = useState<'projects' | 'snapshots' | null>(null);
  if (!storage) return null;
  return (
    <div className="toolbar" role="toolbar" aria-label="Projects">
      <button type="button" onClick={() => setOpen('projects')} data-testid="open-projects">
        Projects
      </button>
      <button type="button" onClick={() => setOpen('snapshots')} data-testid="open-snapshots">
        Snapshots
      </button>
      {open === 'projects' && <ProjectsDialog onClose={() => setOpen(null)} />}
      {open === 'snapshots' && <SnapshotsDialog onClose={() => setOpen(null)} />}
    </div>
  );
}
