import { describe, expect, it } from 'vitest';
import { isBackupFileName, openLaunchedFiles } from './openLaunchedFiles';

function launched(...files: File[]) {
  return { files: files.map((f) => ({ kind: 'file', getFile: async () => f })) };
}

function fakeStorage() {
  const calls: string[] = [];
  return {
    calls,
    importProject: async (text: string, name: string, size: number) => (
      calls.push(`project ${name} ${size} ${text}`),
      { ok: true as const, message: `Imported ${name}.` }
    ),
    restoreBackup: async (text: string, name: string, size: number) => (
      calls.push(`backup ${name} ${size} ${text}`),
      { ok: true as const, message: `Restored ${name}.` }
    ),
  };
}

describe('openLaunchedFiles', () => {
  it('imports project files and restores backups (told apart by the name the app gives backups), in order', async () => {
    const storage = fakeStorage();
    const results = await openLaunchedFiles(
      storage,
      launched(
        new File(['{"a":1}'], 'rack.htw.json'),
        new File(['{"b":2}'], 'workbench-backup-2026-12-03.htw-backup.json'),
      ),
    );
    expect(storage.calls).toEqual([
      'project rack.htw.json 7 {"a":1}',
      'backup workbench-backup-2026-12-03.htw-backup.json 7 {"b":2}',
    ]);
    expect(results.map((r) => r.message)).toEqual([
      'Imported rack.htw.json.',
      'Restored workbench-backup-2026-12-03.htw-backup.json.',
    ]);
  });

  it('refuses a file that is not UTF-8 text by name, without reaching storage', async () => {
    const storage = fakeStorage();
    const [result] = await openLaunchedFiles(
      storage,
      launched(new File([new Uint8Array([0xff, 0xfe, 0x41, 0x00])], 'utf16.htw.json')),
    );
    expect(result!.ok).toBe(false);
    expect(result!.message).toContain('"utf16.htw.json"');
    expect(storage.calls).toEqual([]);
  });

  it('skips directories handed over by the launch queue', async () => {
    const storage = fakeStorage();
    expect(
      await openLaunchedFiles(storage, {
        files: [{ kind: 'directory', getFile: () => Promise.reject(new Error('not a file')) }],
      }),
    ).toEqual([]);
  });

  it('recognises backup names case-insensitively and nothing else', () => {
    expect(isBackupFileName('X.HTW-BACKUP.JSON')).toBe(true);
    expect(isBackupFileName('rack.htw.json')).toBe(false);
    expect(isBackupFileName('backup.json')).toBe(false);
  });
});
