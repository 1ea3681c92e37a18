import { describe, expect, it } from 'vitest';
import { DOCUMENT_FORMAT } from '../model/schema';
import { migrateDocument } from './migrateDocument';
import type { Migration } from './migrations';

const doc = (schemaVersion: unknown, extra: Record<string, unknown> = {}) => ({
  format: DOCUMENT_FORMAT,
  schemaVersion,
  ...extra,
});

// A made-up history (1 → 2 → 3) to exercise the path; the real list is in migrations/index.ts.
const history: Migration[] = [
  { id: '0001-add-tags', from: 1, up: (d) => ({ ...d, schemaVersion: 2, tags: [] }) },
  { id: '0002-rename-title', from: 2, up: ({ title, ...d }) => ({ ...d, schemaVersion: 3, name: title }) },
];

describe('migrateDocument', () => {
  it('chains every step from an old version to the current one without touching the input', () => {
    const input = Object.freeze(doc(1, { title: 'Old' }));
    const result = migrateDocument(input, history, 3);
    expect(result).toEqual({
      ok: true,
      value: { from: 1, document: { format: DOCUMENT_FORMAT, schemaVersion: 3, tags: [], name: 'Old' } },
    });
    expect(input).toEqual(doc(1, { title: 'Old' }));
  });

  it('leaves a current document as it is', () => {
    expect(migrateDocument(doc(3, { name: 'x' }), history, 3)).toEqual({
      ok: true,
      value: { from: 3, document: doc(3, { name: 'x' }) },
    });
  });

  it('refuses a newer schema version instead of reading it', () => {
    expect(migrateDocument(doc(4), history, 3)).toEqual({
      ok: false,
      error: { kind: 'newer-schema', found: 4, supported: 3 },
    });
  });

  it.each([[0], [1.5], ['1'], [null], [undefined]])('refuses the schemaVersion %j', (version) => {
    const result = migrateDocument(doc(version), history, 3);
    expect(result.ok === false && result.error.kind).toBe('bad-schema-version');
  });

  it('reports a missing step and a throwing or wrong step as migration failures', () => {
    expect(migrateDocument(doc(1), [history[1]!], 3)).toMatchObject({
      ok: false,
      error: { kind: 'migration-failed', from: 1 },
    });
    const throwing: Migration = {
      id: '0001-boom',
      from: 1,
      up: () => {
        throw new Error('cannot read tags');
      },
    };
    expect(migrateDocument(doc(1), [throwing], 2)).toEqual({
      ok: false,
      error: { kind: 'migration-failed', from: 1, message: 'cannot read tags' },
    });
    const wrong: Migration = { id: '0001-wrong', from: 1, up: (d) => ({ ...d }) };
    expect(migrateDocument(doc(1), [wrong], 2)).toMatchObject({
      ok: false,
      error: { kind: 'migration-failed', message: 'migration 0001-wrong did not produce version 2' },
    });
  });

  it.each([
    [[], 'a JSON array, not an object'],
    ['text', 'a JSON string, not an object'],
    [{ format: 'hypervisor-threat-workbench/backup' }, 'a workbench backup file (use "Restore backup" instead)'],
    [{ format: 'threat-dragon' }, 'a file of format "threat-dragon"'],
    [{ name: 'x' }, 'a JSON object without the "format" field of a workbench project'],
  ])('names what another format is: %j', (value, found) => {
    expect(migrateDocument(value, history, 3)).toEqual({ ok: false, error: { kind: 'other-format', found } });
  });
});
