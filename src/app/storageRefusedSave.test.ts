/**
 * Issue 22 item 1: a save never writes what the reader refuses, and one unreadable project
 * never blocks backing up the others (real store and repository over fake-indexeddb).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LIMITS } from '../domain/model/schema';
import { createHarness, hashDatabase } from '../test/storageHarness';

let harness: Awaited<ReturnType<typeof createHarness>>;
afterEach(() => harness?.close());

/** Waits for the autosave's outcome instead of a fixed sleep. */
const until = (check: () => unknown) => vi.waitFor(check, { timeout: 5000, interval: 20 });

describe('a save the reader would refuse', () => {
  it('is not written, keeps the edit in memory, says why (not "Saved"), and the next valid edit saves', async () => {
    harness = await createHarness();
    const before = await hashDatabase(harness.db);
    const tooLong = 'a'.repeat(LIMITS.notes + 1);
    harness.store.getState().updateScope({ assumptions: tooLong });
    await until(() => expect(harness.store.getState().saveState.status).toBe('error'));
    const state = harness.store.getState().saveState;
    expect(state.status).toBe('error');
    expect(state.status === 'error' && state.message).toContain('scope.assumptions');
    expect(state.status === 'error' && state.message).not.toContain('browser');
    expect(await hashDatabase(harness.db)).toBe(before);
    // The project still opens: the stored copy is the last valid one.
    expect((await harness.repository.load('p1'))?.scope.assumptions).not.toBe(tooLong);
    expect(harness.store.getState().document.scope.assumptions).toBe(tooLong);
    // Not paused: shortening the text saves again.
    harness.store.getState().updateScope({ assumptions: tooLong.slice(0, LIMITS.notes) });
    await until(() => expect(harness.store.getState().saveState.status).toBe('saved'));
    expect(harness.store.getState().saveState.status).toBe('saved');
    expect((await harness.repository.load('p1'))?.scope.assumptions).toHaveLength(LIMITS.notes);
  });

  it('a direct repository save of a refused document throws before writing', async () => {
    harness = await createHarness();
    const doc = harness.store.getState().document;
    const before = await hashDatabase(harness.db);
    await expect(
      harness.repository.save({ ...doc, scope: { ...doc.scope, description: 'x'.repeat(LIMITS.notes + 1) } }),
    ).rejects.toThrow(/scope\.description/);
    await expect(harness.repository.create({ ...doc, id: 'p2', name: 'n'.repeat(LIMITS.name + 1) })).rejects.toThrow(
      /name/,
    );
    expect(await hashDatabase(harness.db)).toBe(before);
  });
});

describe('backing up all projects with one unreadable project', () => {
  it('backs up the readable ones, names the unreadable one with why, and offers its raw record', async () => {
    harness = await createHarness();
    await harness.storage.createProject({ name: 'Second', templateId: 'hosted-type2-lab' });
    // A record written by an older build without the check: it breaks a schema limit.
    const row = (await harness.db.documents.get('p1'))!;
    const broken = {
      ...(row.document as Record<string, unknown>),
      scope: { ...(row.document as { scope: object }).scope, assumptions: 'z'.repeat(LIMITS.notes + 1) },
    };
    await harness.db.documents.put({ ...row, document: broken });
    const backup = await harness.storage.exportBackup();
    expect(backup.ok).toBe(true);
    if (!backup.ok) return;
    const parsed = JSON.parse(backup.file.text) as { projects: { document: { name: string } }[] };
    expect(parsed.projects.map((p) => p.document.name)).toEqual(['Second']);
    expect(backup.unreadable).toHaveLength(1);
    expect(backup.unreadable![0]!.name).toBe(`"${row.name}"`);
    expect(backup.unreadable![0]!.reason).toContain('scope.assumptions');
    expect(backup.unreadable![0]!.reason).not.toContain('browser');
    const rescue = JSON.parse(backup.rescue!.text) as { records: { id: string; record: unknown }[] };
    expect(rescue.records[0]!.id).toBe('p1');
    expect(rescue.records[0]!.record).toEqual(broken);
  });

  it('a backup with nothing unreadable has no rescue file', async () => {
    harness = await createHarness();
    const backup = await harness.storage.exportBackup();
    expect(backup.ok && backup.unreadable).toBeFalsy();
    expect(backup.ok && backup.rescue).toBeFalsy();
  });
});
