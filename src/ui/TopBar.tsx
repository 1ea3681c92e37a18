import { useShallow } from 'zustand/react/shallow';
import { useWorkbench } from '../store/hooks';
import { selectCanRedo, selectCanUndo } from '../store/selectors';
import { ViewSwitch } from './dashboard/ViewSwitch';
import { ProjectsMenu } from './projects/ProjectsMenu';
import { WorkshopLink } from './workshop/WorkshopLink';
import { ExportMenu } from './report/ExportMenu';
import { PacksButton } from './packs/PacksButton';
import { ImportConfigButton } from './import/ImportConfigButton';

const SAVE_LABEL = { idle: 'Not saved yet', saving: 'Saving…', saved: 'Saved' } as const;

export function TopBar() {
  const { name, renameDocument, undo, redo, canUndo, canRedo, saveState, readOnly } = useWorkbench(
    useShallow((s) => ({
      name: s.document.name,
      renameDocument: s.renameDocument,
      undo: s.undo,
      redo: s.redo,
      canUndo: selectCanUndo(s),
      canRedo: selectCanRedo(s),
      saveState: s.saveState,
      readOnly: s.readOnly,
    })),
  );
  return (
    <header className="topbar">
      {/* The page's one level-one heading (axe page-has-heading-one): the product's name, shown as its initials. */}
      <h1 className="brand" title="Hypervisor Threat Workbench">
        <span aria-hidden="true">HTW</span>
        <span className="visually-hidden">Hypervisor Threat Workbench</span>
      </h1>
      <input
        className="project-name"
        aria-label="Project name"
        value={name}
        maxLength={200}
        disabled={readOnly}
        onChange={(e) => e.target.value.trim() && renameDocument(e.target.value)}
      />
      <div className="toolbar" role="toolbar" aria-label="Edit">
        <button type="button" onClick={undo} disabled={!canUndo} title="Undo (Ctrl+Z)">
          Undo
        </button>
        <button type="button" onClick={redo} disabled={!canRedo} title="Redo (Ctrl+Shift+Z or Ctrl+Y)">
          Redo
        </button>
      </div>
      <ViewSwitch />
      <ProjectsMenu />
      <div className="toolbar" role="toolbar" aria-label="Import">
        <ImportConfigButton />
        <PacksButton />
      </div>
      <WorkshopLink />
      <ExportMenu />
      <span className="spacer" />
      {readOnly && <span className="pill warning">Read-only</span>}
      <span
        className={`save-state ${saveState.status}`}
        role="status"
        data-testid="save-state"
        title={saveState.status === 'error' ? saveState.message : undefined}
      >
        {/* The banner under the top bar carries the whole message and the actions. */}
        {saveState.status === 'error' ? 'Not saved' : SAVE_LABEL[saveState.status]}
      </span>
    </header>
  );
}
