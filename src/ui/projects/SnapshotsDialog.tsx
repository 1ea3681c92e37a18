import { useCallback, useEffect, useState } from 'react';
import type { DocumentComparison } from '../../domain/io/compareDocuments';
import type { SnapshotEntry, StorageResult } from '../../domain/io/storagePort';
import { EditorDialog } from '../canvas/EditorDialog';
import { CompareView } from './CompareView';
import { ResultMessage } from './ResultMessage';
import { formatWhen } from './files';
import { useStorage, useStorageStatus } from './useStorage';
import './projects.css';
import { plural } from '../../domain/text/plural';

/** Named versions of the open project: save, restore, delete, and compare two of them or one with now. */
export function SnapshotsDialog({ onClose }: { onClose: () => void }) {
  const storage = useStorage();
  const status = useStorageStatus();
  const [snapshots, setSnapshots] = useState<SnapshotEntry[]>([]);
  const [name, setName] = useState('');
  const [result, setResult] = useState<StorageResult | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('now');
  const [comparison, setComparison] = useState<{
    comparison: DocumentComparison;
    before: string;
    after: string;
  } | null>(null);
  const [busy, setBusy] = useState(false);

  const refresh = useCallback(async () => {
    if (!storage) return;
    const list = await storage.listSnapshots();
    setSnapshots(list);
    setFrom((current) => current || list[0]?.id || '');
  }, [storage]);

  useEffect(() => {
    void refresh();
  }, [refresh, status.projectId]);

  if (!storage) return null;

  const run = async (action: () => Promise<StorageResult>) => {
    setBusy(true);
    try {
      setResult(await action());
    } finally {
      setBusy(false);
      await refresh();
    }
  };

  const compare = async (before: string, after: string) => {
    const r = await storage.compare(before, after);
    if (r.ok) {
      setComparison(r);
      setResult(null);
    } else setResult(r);
  };

  const editing = status.role === 'editor';

  return (
    <EditorDialog title="Snapshots" onClose={onClose} className="projects-dialog" testId="snapshots-dialog">
      <ResultMessage result={result} />
      <form
        className="snapshot-new"
        onSubmit={(e) => {
          e.preventDefault();
          void run(() => storage.createSnapshot(name)).then(() => setName(''));
        }}
      >
        <label>
          Snapshot name
          <input
            value={name}
            maxLength={200}
            placeholder="e.g. Before the workshop"
            onChange={(e) => setName(e.target.value)}
            data-testid="snapshot-name"
          />
        </label>
        <button type="submit" disabled={busy} data-testid="save-snapshot">
          Save snapshot
        </button>
      </form>

      {snapshots.length === 0 ? (
        <p className="empty-note">No snapshots of this project yet.</p>
      ) : (
        <ul className="project-list" data-testid="snapshot-list">
          {snapshots.map((s) => (
            <li key={s.id} className="project-row" data-testid="snapshot-row" data-snapshot-name={s.name}>
              <span className="project-main">
                <span className="project-name-text">{s.name}</span>
                <span className="field-help">
                  {formatWhen(s.createdAt)} · {plural(s.componentCount, 'component')}
                </span>
              </span>
              <span className="project-actions">
                <button type="button" disabled={busy} onClick={() => void compare(s.id, 'now')}>
                  Compare with now
                </button>
                <button
                  type="button"
                  disabled={busy || !editing}
                  title={editing ? undefined : 'Read-only in this tab'}
                  onClick={() => void run(() => storage.restoreSnapshot(s.id))}
                >
                  Restore
                </button>
                <button
                  type="button"
                  className="danger"
                  disabled={busy}
                  onClick={() => void run(() => storage.deleteSnapshot(s.id))}
                >
                  Delete
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}

      {snapshots.length > 0 && (
        <form
          className="snapshot-compare"
          onSubmit={(e) => {
            e.preventDefault();
            void compare(from, to);
          }}
        >
          <label>
            Compare
            <select value={from} onChange={(e) => setFrom(e.target.value)} data-testid="compare-from">
              {snapshots.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name} ({formatWhen(s.createdAt)})
                </option>
              ))}
            </select>
          </label>
          <label>
            with
            <select value={to} onChange={(e) => setTo(e.target.value)} data-testid="compare-to">
              <option value="now">Now</option>
              {snapshots.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name} ({formatWhen(s.createdAt)})
                </option>
              ))}
            </select>
          </label>
          <button type="submit" data-testid="compare-run">
            Compare
          </button>
        </form>
      )}
      {comparison && <CompareView {...comparison} />}
    </EditorDialog>
  );
}
