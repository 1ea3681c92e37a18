import { useEffect } from 'react';
import { useWorkbench } from '../../store/hooks';
import { useStorage } from './useStorage';
import type { LaunchParamsLike } from './openLaunchedFiles';
import { loadLaunchedFiles } from '../lazyViews';

/**
 * Opens the project files and backups the installed app was launched with (double-clicked in
 * the file manager, "Open with"); the result of each shows as the notice. Renders nothing.
 * The import code loads only when a file arrives, so the first visit does not carry it.
 */
interface LaunchQueueLike {
  setConsumer(consumer: (params: LaunchParamsLike) => void): void;
}
export function FileLaunchHandler() {
  const storage = useStorage();
  const notify = useWorkbench((s) => s.notify);
  useEffect(() => {
    // File Handling API (installed app only); not in TypeScript's DOM lib yet.
    const queue = (window as { launchQueue?: LaunchQueueLike }).launchQueue;
    if (!storage || typeof queue?.setConsumer !== 'function') return;
    queue.setConsumer((params) => {
      void loadLaunchedFiles()
        .then(({ openLaunchedFiles }) => openLaunchedFiles(storage, params))
        .then(
          (results) => {
            if (results.length === 0) return;
            const failed = results.find((r) => !r.ok);
            notify({ kind: failed ? 'error' : 'info', text: results.map((r) => r.message).join(' ') });
          },
          (error: unknown) =>
            notify({
              kind: 'error',
              text: `Could not open the file: ${error instanceof Error ? error.message : String(error)}`,
            }),
        );
    });
  }, [storage, notify]);
  return null;
}
