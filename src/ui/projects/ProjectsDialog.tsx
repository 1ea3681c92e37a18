import { useCallback, useEffect, useState } from 'react';
import { describeImportError } from '../../domain/io/importErrors';
import { MAX_BACKUP_FILE_BYTES } from '../../domain/io/backup';
import { MAX_PROJECT_FILE_BYTES } from '../../domain/io/projectFileFormat';
import type { ProjectListEntry, StorageResult } from '../../domain/io/storagePort';
import { EditorDialog } from '../canvas/EditorDialog';
import { FileButton } from './FileButton';
import { ResultMessage } from './ResultMessage';
import { StorageUsage } from './StorageUsage';
import { downloadTextFile, formatWhen } from './files';
import { readChosenFile } from './readChosenFile';
import { useStorage, useStorageStatus } from './useStorage';
import { useTemplateLibrary } from '../templates/templateLibraryContext';
import { useImportUi } from '../import/importUi';
import './projects.css';
import { plural } from '../../domain/text/plural';

/**
 * Projects: open recent, create (empty or from a template), rename, duplicate, delete with
 * confirmation and undo (trash), import/export a project file, backup and restore.
 */
export function ProjectsDialog({ onClose }: { onClose: () => void }) {
  const storage = useStorage();
  const status = useStorageStatus();
  const templates = useTemplateLibrary().list();
  const [projects, setProjects] = useState<ProjectListEntry[]>([]);
  const [trash, setTrash] = useState<ProjectListEntry[]>([]);
  const [result, setResult] = useState<StorageResult | null>(null);
  const [undoId, setUndoId] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const [newName, setNewName] = useState('');
  const [newTemplate, setNewTemplate] = useState('');
  const [busy, setBusy] = useState(false);
  // The raw records of projects a backup could not read, offered as a rescue download.
  const [rescue, setRescue] = useState<{ fileName: string; text: string } | null>(null);

  const refresh = useCallback(async () => {
    if (!storage) return;
    const [list, deleted] = await Promise.all([storage.listProjects(), storage.listTrash()]);
    setProjects(list);
    setTrash(deleted);
  }, [storage]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  if (!storage) return null;

  const run = async (action: () => Promise<StorageResult>, then?: (r: StorageResult) => void) => {
    setBusy(true);
    setRescue(null);
    try {
      const r = await action();
      setResult(r);
      then?.(r);
    } finally {
      setBusy(false);
      await refresh();
    }
  };

  /** The file's text, or the refusal to show (too large, not UTF-8), for `run` to return. */
  const readFile = async (
    file: File,
    limit: number,
  ): Promise<{ text: string; size: number } | { refusal: StorageResult }> => {
    const read = await readChosenFile(file, limit);
    return 'refused' in read
      ? { refusal: { ok: false, message: describeImportError(read.refused, `"${file.name}"`) } }
      : read;
  };

  const editing = status.role === 'editor';

  return (
    <EditorDialog title="Projects" onClose={onClose} className="projects-dialog" testId="projects-dialog">
      <ResultMessage result={result}>
        {undoId && result?.ok && (
          <button
            type="button"
            data-testid="undo-delete"
            onClick={() =>
              void run(
                () => storage.restoreProject(undoId),
                () => setUndoId(null),
              )
            }
          >
            Undo
          </button>
        )}
        {rescue && (
          <button
            type="button"
            data-testid="export-rescue"
            onClick={() => downloadTextFile(rescue.fileName, rescue.text)}
          >
            Download the unreadable records as stored
          </button>
        )}
      </ResultMessage>

      <section aria-labelledby="projects-recent">
        <h3 id="projects-recent">Open recent</h3>
        <ul className="project-list" data-testid="project-list">
          {projects.map((p) => (
            <li
              key={p.id}
              className={p.id === status.projectId ? 'project-row current' : 'project-row'}
              data-testid="project-row"
              data-project-name={p.name}
            >
              {renaming?.id === p.id ? (
                <form
                  className="project-rename"
                  onSubmit={(e) => {
                    e.preventDefault();
                    void run(
                      () => storage.renameProject(p.id, renaming.name),
                      () => setRenaming(null),
                    );
                  }}
                >
                  <input
                    aria-label="New name"
                    value={renaming.name}
                    maxLength={200}
                    autoFocus
                    onChange={(e) => setRenaming({ id: p.id, name: e.target.value })}
                  />
                  <button type="submit">Save name</button>
                  <button type="button" onClick={() => setRenaming(null)}>
                    Cancel
                  </button>
                </form>
              ) : (
                <>
                  <span className="project-main">
                    <span className="project-name-text">{p.name}</span>
                    <span className="field-help">
                      {plural(p.componentCount, 'component')} · changed {formatWhen(p.updatedAt)}
                      {p.id === status.projectId && ' · open now'}
                    </span>
                  </span>
                  <span className="project-actions">
                    {p.id !== status.projectId && (
                      <button
                        type="button"
                        disabled={busy}
                        onClick={() =>
                          void run(
                            () => storage.openProject(p.id),
                            (r) => r.ok && onClose(),
                          )
                        }
                      >
                        Open
                      </button>
                    )}
                    <button type="button" disabled={busy} onClick={() => setRenaming({ id: p.id, name: p.name })}>
                      Rename
                    </button>
                    <button
                      type="button"
                      disabled={busy}
                      onClick={() => void run(() => storage.duplicateProject(p.id))}
                    >
                      Duplicate
                    </button>
                    {confirmDelete === p.id ? (
                      <span className="confirm" role="group" aria-label={`Confirm deleting ${p.name}`}>
                        Move to trash?
                        <button
                          type="button"
                          className="danger"
                          onClick={() => {
                            setConfirmDelete(null);
                            void run(
                              () => storage.deleteProject(p.id),
                              (r) => setUndoId(r.ok ? p.id : null),
                            );
                          }}
                        >
                          Delete
                        </button>
                        <button type="button" onClick={() => setConfirmDelete(null)}>
                          Keep
                        </button>
                      </span>
                    ) : (
                      <button type="button" disabled={busy} onClick={() => setConfirmDelete(p.id)}>
                        Delete…
                      </button>
                    )}
                  </span>
                </>
              )}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="projects-new">
        <h3 id="projects-new">New project</h3>
        <form
          className="project-new"
          onSubmit={(e) => {
            e.preventDefault();
            void run(
              () => storage.createProject({ name: newName, ...(newTemplate ? { templateId: newTemplate } : {}) }),
              (r) => r.ok && onClose(),
            );
          }}
        >
          <label>
            Name
            <input
              value={newName}
              maxLength={200}
              placeholder="Untitled platform"
              onChange={(e) => setNewName(e.target.value)}
              data-testid="new-project-name"
            />
          </label>
          <label>
            Start from
            <select
              value={newTemplate}
              onChange={(e) => setNewTemplate(e.target.value)}
              data-testid="new-project-template"
            >
              <option value="">An empty platform</option>
              {templates.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.title}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" disabled={busy} data-testid="create-project">
            Create
          </button>
        </form>
      </section>

      <section aria-labelledby="projects-files">
        <h3 id="projects-files">Files</h3>
        <div className="project-files">
          <button
            type="button"
            data-testid="export-project"
            onClick={async () => {
              const file = await storage.exportProject();
              downloadTextFile(file.fileName, file.text);
              setResult(
                file.warning
                  ? { ok: false, message: `Exported as ${file.fileName}, but: ${file.warning}` }
                  : { ok: true, message: `Exported the open project as ${file.fileName}.` },
              );
            }}
          >
            Export project
          </button>
          <FileButton
            testId="import-project"
            onFile={(file) =>
              void run(async () => {
                const read = await readFile(file, MAX_PROJECT_FILE_BYTES);
                if ('refusal' in read) return read.refusal;
                return storage.importProject(read.text, file.name, read.size);
              })
            }
          >
            Import project…
          </FileButton>
          <button
            type="button"
            data-testid="export-backup"
            onClick={() =>
              void run(async () => {
                const backup = await storage.exportBackup();
                if (!backup.ok) return backup;
                downloadTextFile(backup.file.fileName, backup.file.text);
                if (backup.unreadable?.length) {
                  if (backup.rescue) setRescue(backup.rescue);
                  const list = backup.unreadable.map((u) => `${u.name} (${u.reason.replace(/\.$/, '')})`).join('; ');
                  return {
                    ok: false,
                    message: `Saved a backup of the readable projects as ${backup.file.fileName}. Could not read ${backup.unreadable.length}, left out of the backup: ${list}. Download their records as stored to keep them.`,
                  };
                }
                if (backup.file.warning)
                  return {
                    ok: false,
                    message: `Saved the backup as ${backup.file.fileName}, but: ${backup.file.warning}`,
                  };
                return { ok: true, message: `Saved a backup of all projects as ${backup.file.fileName}.` };
              })
            }
          >
            Back up all projects
          </button>
          <button
            type="button"
            data-testid="projects-import-config"
            onClick={() => {
              onClose();
              useImportUi.getState().show();
            }}
          >
            Import configuration…
          </button>
          <FileButton
            testId="restore-backup"
            onFile={(file) =>
              void run(async () => {
                const read = await readFile(file, MAX_BACKUP_FILE_BYTES);
                if ('refusal' in read) return read.refusal;
                return storage.restoreBackup(read.text, file.name, read.size);
              })
            }
          >
            Restore backup…
          </FileButton>
        </div>
        {!editing && (
          <p className="field-help">
            This tab is read-only; importing opens the imported project here and this tab edits it.
          </p>
        )}
      </section>

      {trash.length > 0 && (
        <section aria-labelledby="projects-trash">
          <h3 id="projects-trash">Trash</h3>
          <ul className="project-list" data-testid="trash-list">
            {trash.map((p) => (
              <li key={p.id} className="project-row" data-testid="trash-row">
                <span className="project-main">
                  <span className="project-name-text">{p.name}</span>
                  <span className="field-help">deleted {formatWhen(p.deletedAt ?? '')}</span>
                </span>
                <span className="project-actions">
                  <button type="button" disabled={busy} onClick={() => void run(() => storage.restoreProject(p.id))}>
                    Restore
                  </button>
                  <button
                    type="button"
                    className="danger"
                    disabled={busy}
                    onClick={() => void run(() => storage.purgeProject(p.id))}
                  >
                    Delete for good
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <StorageUsage />
    </EditorDialog>
  );
}
