/**
 * The document's migrations, in order. Adding a schema version means: bump
 * `CURRENT_SCHEMA_VERSION` in model/schema.ts, add `NNNN-summary.ts` here with its
 * `NNNN-summary.test.ts`, freeze a fixture of the old version under
 * src/test/fixtures/documents/, and register the migration below. `migrations.guard.test.ts`
 * fails when any of these is missing.
 */
import type { Migration } from './migration';
import { migration0001 } from './0001-sp800-125b-pack';

export type { Migration } from './migration';

export const MIGRATIONS: readonly Migration[] = [migration0001];
