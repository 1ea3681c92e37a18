/** The storage workspace over IndexedDB: projects, trash, snapshots, files, failures and the format guard. */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { STORAGE_FORMAT_KEY } from '../persistence/db';
import { withReopen } from '../persistence/storageErrors';
import { exportProjectFile } from '../domain/io/projectFileFormat';
import { createHarness, hashDatabase } from '../test/storageHarness';
import { CURRENT_SCHEMA_VERSION } from '../domain/model/schema';

let harness: Awaited<ReturnType<typeof createHarness>>;
afterEach(() => harness?.close());

/** Waits for the autosave's outcome instead of a fixed sleep, which a loaded machine outruns. */
const until = (check: () => unknown) => vi.waitFor(check, { timeout: 5000, interval: 20 });
const firstComponent = () => Object.keys(harness.store.getState().document.components)[0]!;
const rename = (name: string) => harness.store.getState().updateComponents({ [firstComponent()]: { name } });

describe('autosave', () => {
  it('writes an edit after the throttle interval and reports saving then saved', async () => {
    harness = await createHarness();
    expect(harness.store.getState().saveState.status).toBe('saved');
    rename('web-renamed');
    expect(harness.store.getState().saveState.status).toBe('saving');
    await until(() => expect(harness.store.getState().saveState.status).toBe('saved'));
    expect((await harness.repository.load('p1'))?.components[firstComponent()]?.name).toBe('web-renamed');
  });

  it('shows a quota failure within a second, pauses, keeps export working, and resumes on retry', async () => {
    harness = await createHarness();
    const table = harness.db.documents;
    const put = table.put.bind(table);
    table.put = (() =>
      Promise.reject(
        new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
      )) as unknown as typeof table.put;
    const started = Date.now();
    rename('lost?');
    await until(() => expect(harness.store.getState().saveState.status).toBe('error'));
    const state = harness.store.getState().saveState;
    expect(state.status).toBe('error');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(state.status === 'error' && state.message).toContain('storage is full');
    expect(harness.storage.getStatus().autosavePaused).toBe(true);
    // Paused: further edits are not written, but they are in memory and export has them.
    rename('still here');
    // Flushing cuts the throttle interval short: whatever autosave would write, it writes now.
    await harness.storage.autosave.flush();
    expect(harness.store.getState().saveState.status).toBe('error');
    expect((await harness.storage.exportProject()).text).toContain('"still here"');
    table.put = put;
    await harness.storage.retrySave();
    expect(harness.store.getState().saveState.status).toBe('saved');
    expect(harness.storage.getStatus().autosavePaused).toBe(false);
    expect((await harness.repository.load('p1'))?.components[firstComponent()]?.name).toBe('still here');
  });

  it('reopens a database the browser closed and retries once', async () => {
    harness = await createHarness();
    harness.db.close();
    rename('after close');
    await until(() => expect(harness.store.getState().saveState.status).toBe('saved'));
    expect((await harness.repository.load('p1'))?.components[firstComponent()]?.name).toBe('after close');
  });

  it('an undo and a redo inside the throttle interval leave the redone state stored, not the undone one', async () => {
    harness = await createHarness();
    rename('first');
    await until(() => expect(harness.store.getState().saveState.status).toBe('saved'));
    rename('second');
    await until(async () =>
      expect((await harness.repository.load('p1'))?.components[firstComponent()]?.name).toBe('second'),
    );
    await until(() => expect(harness.store.getState().saveState.status).toBe('saved'));
    harness.store.getState().undo();
    harness.store.getState().redo();
    expect(harness.store.getState().saveState.status).toBe('saving');
    await until(() => expect(harness.store.getState().saveState.status).toBe('saved'));
    // Nothing left to write: a flush writes no pending edit and waits for any write in flight.
    await harness.storage.autosave.flush();
    expect((await harness.repository.load('p1'))?.components[firstComponent()]?.name).toBe('second');
  });

  it('withReopen gives up after one retry', async () => {
    harness = await createHarness();
    let calls = 0;
    const closed = Object.assign(new Error('closed'), { name: 'DatabaseClosedError' });
    await expect(
      withReopen(harness.db, async () => {
        calls++;
        throw closed;
      }),
    ).rejects.toBe(closed);
    expect(calls).toBe(2);
  });

  it('never writes over data of a newer schema version (format guard)', async () => {
    harness = await createHarness();
    await harness.db.session.put({ key: STORAGE_FORMAT_KEY, value: { schemaVersion: 99 } });
    const before = await hashDatabase(harness.db);
    rename('older build edit');
    await until(() => expect(harness.store.getState().saveState.status).toBe('error'));
    const state = harness.store.getState().saveState;
    expect(state.status === 'error' && state.message).toContain('newer version of the workbench');
    expect(await hashDatabase(harness.db)).toBe(before);
    expect((await harness.storage.createProject({ name: 'x' })).ok).toBe(false);
    expect(await hashDatabase(harness.db)).toBe(before);
  });

  it('refuses to read a stored document of a newer schema version', async () => {
    harness = await createHarness();
    const row = (await harness.db.documents.get('p1'))!;
    await harness.db.documents.put({
      ...row,
      id: 'future',
      document: { ...(row.document as object), id: 'future', schemaVersion: CURRENT_SCHEMA_VERSION + 1 },
    });
    const result = await harness.storage.openProject('future');
    expect(result).toEqual({ ok: false, message: expect.stringContaining('newer version of the workbench') });
    expect(harness.storage.getStatus().role).toBe('blocked');
    expect(harness.store.getState().readOnly).toBe(true);
  });
});

describe('projects', () => {
  it('creates, renames, duplicates, deletes to the trash and restores', async () => {
    harness = await createHarness();
    expect((await harness.storage.createProject({ name: '  Lab  ' })).ok).toBe(true);
    const lab = harness.store.getState().document;
    expect(lab.name).toBe('Lab');
    expect(Object.keys(lab.components)).toEqual([]);
    expect((await harness.storage.renameProject('p1', 'Production KVM')).ok).toBe(true);
    expect((await harness.storage.duplicateProject('p1')).ok).toBe(true);
    expect((await harness.storage.listProjects()).map((p) => p.name).sort()).toEqual([
      'Lab',
      'Production KVM',
      'Production KVM (copy)',
    ]);

    // Deleting the open project opens another one; the deleted one waits in the trash.
    expect((await harness.storage.deleteProject(lab.id)).message).toBe('Moved "Lab" to the trash.');
    expect(harness.store.getState().document.id).not.toBe(lab.id);
    expect((await harness.storage.listTrash()).map((p) => p.name)).toEqual(['Lab']);
    expect((await harness.storage.listProjects()).map((p) => p.name)).not.toContain('Lab');
    await harness.storage.restoreProject(lab.id);
    expect((await harness.storage.listProjects()).map((p) => p.name)).toContain('Lab');
    await harness.storage.deleteProject(lab.id);
    await harness.storage.purgeProject(lab.id);
    expect(await harness.storage.listTrash()).toEqual([]);
    expect(await harness.db.documents.get(lab.id)).toBeUndefined();
  });

  it('creates from a template and reopens the last project', async () => {
    harness = await createHarness();
    await harness.storage.createProject({ name: 'Cluster', templateId: 'esxi-cluster' });
    expect(Object.keys(harness.store.getState().document.components).length).toBeGreaterThan(5);
    expect(await harness.repository.getSession('lastProjectId')).toBe(harness.store.getState().document.id);
  });
});

describe('snapshots', () => {
  it('saves, compares with now, restores as one undoable step, and keeps a way back', async () => {
    harness = await createHarness();
    await harness.storage.createSnapshot('Before workshop');
    const id = firstComponent();
    const original = harness.store.getState().document.components[id]!.name;
    rename('renamed in workshop');
    const [snapshot] = await harness.storage.listSnapshots();
    const compared = await harness.storage.compare(snapshot!.id, 'now');
    expect(compared.ok && compared.comparison.components.changed).toEqual([
      expect.objectContaining({ id, changes: [`name: "${original}" → "renamed in workshop"`] }),
    ]);
    expect((await harness.storage.restoreSnapshot(snapshot!.id)).ok).toBe(true);
    expect(harness.store.getState().document.components[id]!.name).toBe(original);
    expect((await harness.storage.listSnapshots()).map((s) => s.name)).toContain('Before restoring "Before workshop"');
    harness.store.getState().undo();
    expect(harness.store.getState().document.components[id]!.name).toBe('renamed in workshop');
  });
});

describe('files', () => {
  it('import of an export gives the same project; an id already here becomes a copy', async () => {
    harness = await createHarness();
    const doc = harness.store.getState().document;
    const text = exportProjectFile(doc);
    const result = await harness.storage.importProject(text, 'kvm.json', text.length);
    expect(result.message).toContain('added as a copy');
    const copy = harness.store.getState().document;
    expect({ ...copy, id: doc.id }).toEqual(doc);

    const other = await createHarness();
    await other.repository.purge('p1');
    expect((await other.storage.importProject(text, 'kvm.json', text.length)).ok).toBe(true);
    expect(other.store.getState().document).toEqual(doc);
    other.close();
  });

  it('a backup restores every project and snapshot into another browser', async () => {
    harness = await createHarness();
    await harness.storage.createSnapshot('Baseline');
    await harness.storage.createProject({ name: 'Second', templateId: 'hosted-type2-lab' });
    const backup = await harness.storage.exportBackup();
    expect(backup.ok).toBe(true);
    if (!backup.ok) return;
    const other = await createHarness();
    await other.repository.purge('p1');
    const result = await other.storage.restoreBackup(backup.file.text, 'b.json', backup.file.text.length);
    expect(result.message).toContain('2 projects, 2 added');
    expect((await other.storage.listProjects()).map((p) => p.name).sort()).toEqual(
      (await harness.storage.listProjects()).map((p) => p.name).sort(),
    );
    expect(await other.repository.load('p1')).toEqual(await harness.repository.load('p1'));
    expect((await other.repository.listSnapshots('p1')).map((s) => s.name)).toEqual(['Baseline']);
    // Restoring the same backup again changes nothing.
    const before = await hashDatabase(other.db);
    expect((await other.storage.restoreBackup(backup.file.text, 'b.json', backup.file.text.length)).message).toContain(
      '2 already here unchanged',
    );
    expect(await hashDatabase(other.db)).toBe(before);
    other.close();
  });
});

describe('rescue copies (edits of a page that closed before its write finished)', () => {
  it('writes a valid newer copy, and drops stale, invalid or mismatched ones', async () => {
    harness = await createHarness();
    const stored = (await harness.repository.load('p1'))!;
    const newer = { ...stored, name: 'Edited just before closing', updatedAt: '2027-01-01T00:00:00.000Z' };
    const older = { ...stored, name: 'Stale', updatedAt: '2020-01-01T00:00:00.000Z' };
    expect(await harness.repository.recoverRescueCopies([{ id: 'p1', value: older }])).toEqual([]);
    expect(
      await harness.repository.recoverRescueCopies([
        { id: 'p1', value: { ...newer, components: 'broken' } },
        { id: 'other', value: newer },
        { id: 'x', value: undefined },
      ]),
    ).toEqual([]);
    expect((await harness.repository.load('p1'))?.name).toBe(stored.name);
    expect(await harness.repository.recoverRescueCopies([{ id: 'p1', value: newer }])).toEqual([
      'Edited just before closing',
    ]);
    expect((await harness.repository.load('p1'))?.name).toBe('Edited just before closing');
  });
});

describe('trash and autosave', () => {
  it('an autosave of a project another tab moved to the trash keeps it in the trash', async () => {
    harness = await createHarness();
    await harness.repository.moveToTrash('p1', '2026-11-28T10:00:00.000Z');
    rename('edited after the other tab deleted it');
    await until(async () =>
      expect(
        ((await harness.db.documents.get('p1'))?.document as { components: Record<string, { name: string }> })
          .components[firstComponent()]!.name,
      ).toBe('edited after the other tab deleted it'),
    );
    const row = await harness.db.documents.get('p1');
    expect(row?.deletedAt).toBe('2026-11-28T10:00:00.000Z');
    expect((row?.document as { components: Record<string, { name: string }> }).components[firstComponent()]!.name).toBe(
      'edited after the other tab deleted it',
    );
    await harness.repository.restoreFromTrash('p1');
    rename('restored and edited');
    await until(async () =>
      expect(
        ((await harness.db.documents.get('p1'))?.document as { components: Record<string, { name: string }> })
          .components[firstComponent()]!.name,
      ).toBe('restored and edited'),
    );
    expect((await harness.db.documents.get('p1'))?.deletedAt).toBeUndefined();
  });
});
