/**
 * Fuzzing the OTM importer: whatever the file, it returns a project that passed
 * `readDocument` or a typed error with a sentence, and never throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadBundledCatalog } from '../../catalog/catalogSource';
import { describeImportError } from '../../io/importErrors';
import { readDocument } from '../../io/readDocument';
import { DocumentSchema } from '../../model/schema';
import { bundledTypeMap } from '../bundledTypeMap';
import { importOtm } from './fromOtm';
import { toOtm } from './toOtm';
import { shippedTemplates } from '../../../test/fixtures/reportDocuments';

const catalog = loadBundledCatalog();
const options = { id: 'fuzzed', now: '2026-12-03T12:00:00Z', typeMap: bundledTypeMap() };
const exported = toOtm(DocumentSchema.parse(JSON.parse(shippedTemplates()[0]!.text)), catalog).otm;

function check(text: string): void {
  const result = importOtm(text, catalog, options);
  if (result.ok) expect(readDocument(result.value.document, catalog).ok).toBe(true);
  else {
    expect(describeImportError(result.error)).toMatch(/^The file .+\.$/s);
    // The catch-all for exceptions must never be what answered.
    expect(describeImportError(result.error)).not.toMatch(/could not be converted/);
  }
}

/** A copy of `value` with the node at a random path replaced. */
function mutate(value: unknown, path: number[], replacement: unknown): unknown {
  if (path.length === 0 || value === null || typeof value !== 'object') return replacement;
  const keys = Object.keys(value);
  if (keys.length === 0) return replacement;
  const key = keys[path[0]! % keys.length]!;
  const copy: Record<string, unknown> | unknown[] = Array.isArray(value) ? [...(value as unknown[])] : { ...(value as Record<string, unknown>) };
  (copy as Record<string, unknown>)[key] = mutate((value as Record<string, unknown>)[key], path.slice(1), replacement);
  return copy;
}

describe('OTM import fuzz', () => {
  it('never throws on arbitrary JSON values', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => check(JSON.stringify(value))), { numRuns: 300 });
  });

  it('never throws on an exported file with one node replaced', { timeout: 60_000 }, () => {
    const replacement = fc.oneof(fc.jsonValue(), fc.string(), fc.constant(null), fc.constant({}), fc.constant([]), fc.integer());
    fc.assert(
      fc.property(fc.array(fc.nat(40), { minLength: 1, maxLength: 6 }), replacement, (path, value) => {
        const before = JSON.stringify(exported);
        check(JSON.stringify(mutate(exported, path, value)));
        // The export it started from is untouched: nothing is changed on the way in.
        expect(JSON.stringify(exported)).toBe(before);
      }),
      { numRuns: 150 },
    );
  });

  it('never throws on truncated text', () => {
    const text = JSON.stringify(exported);
    fc.assert(fc.property(fc.nat(text.length), (cut) => check(text.slice(0, cut))), { numRuns: 100 });
  });
});
