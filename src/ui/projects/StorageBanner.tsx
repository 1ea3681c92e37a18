import { useWorkbench } from '../../store/hooks';
import { downloadTextFile } from './files';
import { useStorage, useStorageStatus } from './useStorage';
import './projects.css';

/**
 * What the user must know about storage right now: this tab is read-only (another tab edits,
 * or newer data), or a write failed and autosave is paused (with Retry and Export, which
 * works from memory).
 */
export function StorageBanner() {
  const storage = useStorage();
  const status = useStorageStatus();
  const saveState = useWorkbench((s) => s.saveState);
  if (!storage) return null;
  const exportNow = async () => {
    const file = await storage.exportProject();
    downloadTextFile(file.fileName, file.text);
  };
  return (
    <>
      {status.role !== 'editor' && status.roleMessage && (
        <div
          className={`storage-banner ${status.role}`}
          role="status"
          data-testid="tab-role-banner"
          data-role={status.role}
        >
          <span>{status.roleMessage}</span>
          {status.role === 'follower' && (
            <button type="button" onClick={() => void storage.takeOverEditing()} data-testid="take-over">
              Take over editing
            </button>
          )}
        </div>
      )}
      {saveState.status === 'error' && (
        <div className="storage-banner error" role="alert" data-testid="save-error-banner">
          <span>
            Not saved: {saveState.message}.
            {status.autosavePaused && ' Autosave is paused; your edits are kept in this tab.'}
          </span>
          <button type="button" onClick={() => void storage.retrySave()} data-testid="retry-save">
            Retry
          </button>
          <button type="button" onClick={exportNow} data-testid="banner-export">
            Export project
          </button>
        </div>
      )}
    </>
  );
}
