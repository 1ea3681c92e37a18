/**
 * Generated bad files through the real import path (workspace → importProjectFile →
 * repository) against an IndexedDB database: every one is refused with a message, and the
 * stored data is byte-for-byte unchanged (hash of a database export before and after).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badProjectFileArbitrary, documentArbitrary } from '../test/documentArbitrary';
import { buildBackup, serializeBackup } from '../domain/io/backup';
import { createHarness, hashDatabase } from '../test/storageHarness';

let harness: Awaited<ReturnType<typeof createHarness>>;

beforeAll(async () => {
  harness = await createHarness();
  // Something worth protecting: a second project, a snapshot, session values.
  await harness.storage.createProject({ name: 'Second', templateId: 'xen-driver-domain' });
  await harness.storage.createSnapshot('Baseline');
  harness.storage.saveViewport('p1', { x: 1, y: 2, zoom: 0.5 });
  await harness.storage.openProject('p1');
});

afterAll(() => harness.close());

describe('bad imports change nothing stored', () => {
  it('refuses 1,000 generated bad project files, each with a message, and the database is unchanged', async () => {
    const before = await hashDatabase(harness.db);
    const kinds = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(badProjectFileArbitrary(documentArbitrary(harness.catalog)), async ({ kind, text }) => {
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
        const result = await harness.storage.importProject(text, 'bad.json', text.length);
        expect(result.ok, `${kind} was accepted`).toBe(false);
        expect(result.message).toMatch(/^"bad\.json" /);
        expect(await hashDatabase(harness.db)).toBe(before);
      }),
      { numRuns: 1000 },
    );
    // Every kind of bad input was exercised.
    expect([...kinds.keys()].sort()).toEqual(
      [
        'bad-schema-version',
        'dangling',
        'forbidden-key',
        'hostile-string',
        'hostile-string-deep',
        'invalid',
        'newer-schema',
        'not-json',
        'other-format',
        'too-deep',
        'too-deep-raw',
        'truncated',
        'unknown-type',
      ].sort(),
    );
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(harness.store.getState().document.id).toBe('p1');
  }, 120_000);

  it('refuses 200 backups holding one bad project, all or nothing', async () => {
    const before = await hashDatabase(harness.db);
    const good = documentArbitrary(harness.catalog);
    await fc.assert(
      fc.asyncProperty(good, badProjectFileArbitrary(good), async (doc, bad) => {
        let badDocument: unknown;
        try {
          badDocument = JSON.parse(bad.text);
        } catch {
          badDocument = bad.text;
        }
        const text = serializeBackup(
          buildBackup(
            [
              { document: { ...doc, id: 'fresh-one' }, snapshots: [] },
              { document: badDocument as never, snapshots: [] },
            ],
            [],
            '2026-11-28T00:00:00.000Z',
          ),
        );
        const result = await harness.storage.restoreBackup(text, 'backup.json', text.length);
        // A bad project that JSON cannot carry inside a backup (text that is not JSON) is still refused as a string.
        expect(result.ok, bad.kind).toBe(false);
        expect(await hashDatabase(harness.db)).toBe(before);
      }),
      { numRuns: 200 },
    );
  }, 120_000);
});
