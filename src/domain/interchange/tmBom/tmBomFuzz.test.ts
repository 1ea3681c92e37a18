/**
 * Fuzzing the TM-BOM importer: whatever the file (envelope or bare model), it returns a project
 * that passed `readDocument` or a typed error with a sentence, and never throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadBundledCatalog } from '../../catalog/catalogSource';
import { DocumentSchema } from '../../model/schema';
import { bundledTypeMap } from '../bundledTypeMap';
import { importTmBom } from './fromTmBom';
import { toTmBom } from './toTmBom';
import { shippedTemplates } from '../../../test/fixtures/reportDocuments';
import { expectReadOrTypedError, mutate, replacementNode } from '../../../test/interchangeRoundTrip';

const catalog = loadBundledCatalog();
const options = { id: 'fuzzed', now: '2026-12-03T12:00:00Z', typeMap: bundledTypeMap() };
const exported = toTmBom(DocumentSchema.parse(JSON.parse(shippedTemplates().at(-1)!.text)), catalog);

function check(text: string): void {
  expectReadOrTypedError(importTmBom(text, catalog, options), catalog);
}

describe('TM-BOM import fuzz', () => {
  it('never throws on arbitrary JSON values, bare or in an envelope', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, wrap) =>
        check(
          JSON.stringify(
            wrap
              ? {
                  bomFormat: 'CycloneDX',
                  specVersion: '1.6',
                  components: [
                    { type: 'data', data: [{ contents: { attachment: { content: JSON.stringify(value) } } }] },
                  ],
                }
              : value,
          ),
        ),
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on an exported model with one node replaced', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.array(fc.nat(40), { minLength: 1, maxLength: 6 }), replacementNode, (path, value) => {
        const before = JSON.stringify(exported.tmBom);
        check(JSON.stringify(mutate(exported.tmBom, path, value)));
        // The export it started from is untouched: nothing is changed on the way in.
        expect(JSON.stringify(exported.tmBom)).toBe(before);
      }),
      { numRuns: 150 },
    );
  });

  it('never throws on an exported envelope with one node replaced, or truncated', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(10), { minLength: 1, maxLength: 7 }), replacementNode, (path, value) =>
        check(JSON.stringify(mutate(exported.bom, path, value))),
      ),
      { numRuns: 100 },
    );
    const text = JSON.stringify(exported.bom);
    fc.assert(
      fc.property(fc.nat(text.length), (cut) => check(text.slice(0, cut))),
      { numRuns: 60 },
    );
  });
});
