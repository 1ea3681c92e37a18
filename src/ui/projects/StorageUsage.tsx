import { useStorage, useStorageStatus } from './useStorage';
import { formatBytes } from '../../domain/text/formatBytes';

/** Whether the browser keeps our data under pressure, and how much space it uses (warns at 70% and 90%). */
export function StorageUsage() {
  const storage = useStorage();
  const status = useStorageStatus();
  const share = status.usageBytes !== null && status.quotaBytes ? status.usageBytes / status.quotaBytes : null;
  const level = share === null ? '' : share >= 0.9 ? 'error' : share >= 0.7 ? 'warning' : '';
  return (
    <div className="storage-usage" data-testid="storage-usage">
      <p>
        <strong>Storage: </strong>
        {status.persisted === true && (
          <span data-testid="storage-persisted">persistent (the browser will not clear it to free space)</span>
        )}
        {status.persisted === false && (
          <span data-testid="storage-persisted">
            best effort: the browser may clear it when space runs low.{' '}
            <button type="button" className="link-button" onClick={() => void storage?.requestPersistence()}>
              Ask again to keep it
            </button>
          </span>
        )}
        {status.persisted === null && (
          <span data-testid="storage-persisted">the browser does not say whether it keeps this data.</span>
        )}
      </p>
      {status.usageBytes !== null && status.quotaBytes !== null && (
        <p className={level} data-testid="storage-estimate">
          {formatBytes(status.usageBytes)} used of {formatBytes(status.quotaBytes)} available
          {share !== null &&
            share >= 0.7 &&
            ` (${Math.round(share * 100)}%: export a backup and remove old projects or snapshots)`}
          .
        </p>
      )}
      <p className="field-help">Browser storage is not a backup: export projects or a backup file regularly.</p>
    </div>
  );
}
