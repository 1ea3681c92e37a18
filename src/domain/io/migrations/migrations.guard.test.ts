/* eslint-disable no-restricted-imports -- the guard reads the migrations folder and the frozen fixtures */
/**
 * Guard: every migration has a test file and is registered, the chain covers every schema
 * version up to the current one, and every schema version has a frozen fixture that reads
 * through the one migration path into a valid current document.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../model/schema';
import { loadBundledCatalog } from '../../catalog/catalogSource';
import { readDocument } from '../readDocument';
import { MIGRATIONS } from './index';

const here = fileURLToPath(new URL('.', import.meta.url));
const fixtures = fileURLToPath(new URL('../../../test/fixtures/documents/', import.meta.url));
const MIGRATION_FILE = /^(\d{4})-[a-z0-9-]+\.ts$/;

/** Problems with the migration set: files without tests or registration, gaps in the chain. Pure. */
export function migrationProblems(
  files: readonly string[],
  registered: readonly { id: string; from: number }[],
  currentVersion: number,
): string[] {
  const problems: string[] = [];
  const migrationFiles = files.filter((f) => MIGRATION_FILE.test(f) && !f.endsWith('.test.ts'));
  for (const file of migrationFiles) {
    const id = file.replace(/\.ts$/, '');
    if (!files.includes(`${id}.test.ts`)) problems.push(`${file} has no test (${id}.test.ts)`);
    if (!registered.some((m) => m.id === id)) problems.push(`${file} is not registered in migrations/index.ts`);
  }
  for (const m of registered)
    if (!migrationFiles.includes(`${m.id}.ts`)) problems.push(`registered migration ${m.id} has no file ${m.id}.ts`);
  for (let v = 1; v < currentVersion; v++) {
    if (!registered.some((m) => m.from === v)) problems.push(`no migration from schema version ${v} to ${v + 1}`);
  }
  return problems;
}

describe('migration guard', () => {
  it('finds no migration without a test, registration or place in the chain', () => {
    expect(migrationProblems(readdirSync(here), MIGRATIONS, CURRENT_SCHEMA_VERSION)).toEqual([]);
  });

  it('catches a migration file without a test, an unregistered one and a gap in the chain', () => {
    const problems = migrationProblems(
      ['0001-add-x.ts', '0002-rename-y.ts', '0002-rename-y.test.ts'],
      [{ id: '0002-rename-y', from: 2 }],
      3,
    );
    expect(problems).toEqual([
      '0001-add-x.ts has no test (0001-add-x.test.ts)',
      '0001-add-x.ts is not registered in migrations/index.ts',
      'no migration from schema version 1 to 2',
    ]);
  });

  it.each(Array.from({ length: CURRENT_SCHEMA_VERSION }, (_, i) => i + 1))(
    'schema version %i has a frozen fixture that reads into a valid current document',
    (version) => {
      const file = `${fixtures}v${version}.json`;
      expect(existsSync(file), `missing fixture src/test/fixtures/documents/v${version}.json`).toBe(true);
      const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      expect(raw.schemaVersion).toBe(version);
      const result = readDocument(raw, loadBundledCatalog());
      expect(result.ok ? 'ok' : result.error).toBe('ok');
      if (!result.ok) return;
      expect(result.value.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
      // Upgrading keeps the project's identity and content.
      expect(result.value.id).toBe(raw.id);
      expect(Object.keys(result.value.components).sort()).toEqual(Object.keys(raw.components as object).sort());
      expect(Object.keys(result.value.assessment).sort()).toEqual(Object.keys(raw.assessment as object).sort());
      if (version === CURRENT_SCHEMA_VERSION) expect(result.value).toEqual(raw);
    },
  );
});
