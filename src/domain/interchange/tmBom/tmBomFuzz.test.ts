/**
 * Fuzzing the TM-BOM importer: whatever the file (envelope or bare model), it returns a project
 * that passed `readDocument` or a typed error with a sentence, and never throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadBundledCatalog } from '../../catalog/catalogSource';
import { describeImportError } from '../../io/importErrors';
import { readDocument } from '../../io/readDocument';
import { DocumentSchema } from '../../model/schema';
import { bundledTypeMap } from '../bundledTypeMap';
import { importTmBom } from './fromTmBom';
import { toTmBom } from './toTmBom';
import { shippedTemplates } from '../../../test/fixtures/reportDocuments';

const catalog = loadBundledCatalog();
const options = { id: 'fuzzed', now: '2026-12-03T12:00:00Z', typeMap: bundledTypeMap() };
const exported = toTmBom(DocumentSchema.parse(JSON.parse(shippedTemplates().at(-1)!.text)), catalog);

function check(text: string): void {
  const result = importTmBom(text, catalog, options);
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

const replacement = fc.oneof(fc.jsonValue(), fc.string(), fc.constant(null), fc.constant({}), fc.constant([]), fc.integer());

describe('TM-BOM import fuzz', () => {
  it('never throws on arbitrary JSON values, bare or in an envelope', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, wrap) =>
        check(JSON.stringify(wrap ? { bomFormat: 'CycloneDX', specVersion: '1.6', components: [{ type: 'data', data: [{ contents: { attachment: { content: JSON.stringify(value) } } }] }] } : value)),
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on an exported model with one node replaced', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.array(fc.nat(40), { minLength: 1, maxLength: 6 }), replacement, (path, value) => {
        const before = JSON.stringify(exported.tmBom);
        check(JSON.stringify(mutate(exported.tmBom, path, value)));
        // The export it started from is untouched: nothing is changed on the way in.
        expect(JSON.stringify(exported.tmBom)).toBe(before);
      }),
      { numRuns: 150 },
    );
  });

  it('never throws on an exported envelope with one node replaced, or truncated', () => {
    fc.assert(fc.property(fc.array(fc.nat(10), { minLength: 1, maxLength: 7 }), replacement, (path, value) => check(JSON.stringify(mutate(exported.bom, path, value)))), { numRuns: 100 });
    const text = JSON.stringify(exported.bom);
    fc.assert(fc.property(fc.nat(text.length), (cut) => check(text.slice(0, cut))), { numRuns: 60 });
  });
});
