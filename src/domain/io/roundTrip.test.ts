import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadBundledCatalog } from '../catalog/catalogSource';
import { documentArbitrary } from '../../test/documentArbitrary';
import { importProjectFile } from './projectFile';
import { exportProjectFile } from './projectFileFormat';
import { buildBackup, readBackupFile, serializeBackup } from './backup';

const catalog = loadBundledCatalog();
const documents = documentArbitrary(catalog);

describe('export and import', () => {
  it('round trip is exact: import(export(p)) deep-equals p, and re-export is byte-stable', () => {
    fc.assert(
      fc.property(documents, (doc) => {
        const text = exportProjectFile(doc);
        const back = importProjectFile(text, catalog);
        expect(back).toEqual({ ok: true, value: doc });
        if (back.ok) expect(exportProjectFile(back.value)).toBe(text);
      }),
      { numRuns: 1000 },
    );
    // A loaded CI machine can take several times the 2 s this needs.
  }, 60_000);

  it('writes negative zero as 0, the one number JSON cannot tell apart', () => {
    const [doc] = fc.sample(
      documents.filter((d) => Object.keys(d.components).length > 0),
      { numRuns: 1, seed: 1 },
    );
    const id = Object.keys(doc!.components)[0]!;
    const withNegativeZero = {
      ...doc!,
      components: { ...doc!.components, [id]: { ...doc!.components[id]!, position: { x: -0, y: 1 } } },
    };
    const back = importProjectFile(exportProjectFile(withNegativeZero), catalog);
    expect(back.ok && Object.is(back.value.components[id]!.position.x, 0)).toBe(true);
  });

  it('a backup of generated projects reads back to the same projects and snapshots', () => {
    fc.assert(
      fc.property(fc.uniqueArray(documents, { selector: (d) => d.id, maxLength: 4 }), (docs) => {
        const backup = buildBackup(
          docs.map((d) => ({
            document: d,
            snapshots: [{ id: `s${d.id}`, name: 'Before', createdAt: d.createdAt, document: d }],
          })),
          [],
          '2026-11-28T00:00:00.000Z',
        );
        expect(readBackupFile(serializeBackup(backup), catalog)).toEqual({ ok: true, value: backup });
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('a backup with one bad project is refused, naming the project', () => {
    const [doc] = fc.sample(documents, { numRuns: 1, seed: 7 });
    const bad = { ...doc!, components: { x: { ...Object.values(doc!.components)[0], id: 'x', type: 'warp-drive' } } };
    const text = serializeBackup(
      buildBackup(
        [
          { document: doc!, snapshots: [] },
          { document: bad as never, snapshots: [] },
        ],
        [],
        '2026-11-28T00:00:00.000Z',
      ),
    );
    const result = readBackupFile(text, catalog);
    expect(result.ok === false && result.error).toMatchObject({
      kind: 'unknown-type',
      path: 'projects[1].document.components.x.type',
    });
  });

  it('a project file given as a backup, and a backup given as a project, are named for what they are', () => {
    const [doc] = fc.sample(documents, { numRuns: 1, seed: 3 });
    expect(readBackupFile(exportProjectFile(doc!), catalog)).toEqual({
      ok: false,
      error: { kind: 'other-format', found: 'a single project (use "Import project" instead)' },
    });
    const backup = serializeBackup(buildBackup([], [], '2026-11-28T00:00:00.000Z'));
    expect(importProjectFile(backup, catalog)).toEqual({
      ok: false,
      error: { kind: 'other-format', found: 'a workbench backup file (use "Restore backup" instead)' },
    });
  });
});
