/**
 * Checks an already-parsed value against the pack schema: the step every pack goes through,
 * bundled packs (parsed as JSON by the app's fetch) and pack files alike (parsePack.ts reads
 * their text first). Kept apart from reading text, which a first visit does not need.
 */
import { formatJsonPath } from '../io/jsonPath';
import type { CatalogError } from '../catalog/parseCatalogCore';
import { PackSchema, type Pack } from './schema';

export type ParsePackResult = { ok: true; pack: Pack } | { ok: false; errors: CatalogError[] };

/** Validates an already-parsed value as a pack. */
export function validatePack(value: unknown, source: string): ParsePackResult {
  const parsed = PackSchema.safeParse(value);
  if (parsed.success) return { ok: true, pack: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => ({
      path: `${source}: ${formatJsonPath(issue.path)}`,
      message: issue.message,
    })),
  };
}
