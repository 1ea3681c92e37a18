/**
 * The one migration path: documents read from IndexedDB and imported files both pass through
 * `migrateDocument` and then strict validation (`readDocument`).
 */
import { CURRENT_SCHEMA_VERSION, DOCUMENT_FORMAT } from '../model/schema';
import type { ImportResult } from './importErrors';
import { MIGRATIONS, type Migration } from './migrations';
import { BACKUP_FORMAT } from './backupFormat';

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a JSON array, not an object';
  if (value === null) return 'the JSON value null';
  if (typeof value !== 'object') return `a JSON ${typeof value}, not an object`;
  const format = (value as Record<string, unknown>).format;
  if (format === BACKUP_FORMAT) return 'a workbench backup file (use "Restore backup" instead)';
  if (typeof format === 'string') return `a file of format "${format.slice(0, 80)}"`;
  return 'a JSON object without the "format" field of a workbench project';
}

/**
 * Upgrades a parsed document of any supported schema version to the current one. Refuses
 * other formats, invalid versions and versions newer than this build (never downgraded).
 * Pure: the input is not modified. The result still needs schema validation.
 */
export function migrateDocument(
  value: unknown,
  migrations: readonly Migration[] = MIGRATIONS,
  currentVersion: number = CURRENT_SCHEMA_VERSION,
): ImportResult<{ document: Record<string, unknown>; from: number }> {
  if (
    value === null ||
    typeof value !== 'object' ||
    Array.isArray(value) ||
    (value as Record<string, unknown>).format !== DOCUMENT_FORMAT
  ) {
    return { ok: false, error: { kind: 'other-format', found: describeValue(value) } };
  }
  let document = value as Record<string, unknown>;
  const version = document.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: { kind: 'bad-schema-version', found: JSON.stringify(version ?? null).slice(0, 40) } };
  }
  if (version > currentVersion)
    return { ok: false, error: { kind: 'newer-schema', found: version, supported: currentVersion } };
  for (let v = version; v < currentVersion; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step)
      return {
        ok: false,
        error: { kind: 'migration-failed', from: v, message: `no migration from version ${v} is known` },
      };
    try {
      document = step.up(document);
    } catch (error) {
      return {
        ok: false,
        error: { kind: 'migration-failed', from: v, message: error instanceof Error ? error.message : String(error) },
      };
    }
    if (document.schemaVersion !== v + 1) {
      return {
        ok: false,
        error: { kind: 'migration-failed', from: v, message: `migration ${step.id} did not produce version ${v + 1}` },
      };
    }
  }
  return { ok: true, value: { document, from: version } };
}
