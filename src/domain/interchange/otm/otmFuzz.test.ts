/**
 * Fuzzing the OTM importer: whatever the file, it returns a project that passed
 * `readDocument` or a typed error with a sentence, and never throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadBundledCatalog } from '../../catalog/catalogSource';
import { DocumentSchema } from '../../model/schema';
import { bundledTypeMap } from '../bundledTypeMap';
import { importOtm } from './fromOtm';
import { toOtm } from './toOtm';
import { shippedTemplates } from '../../../test/fixtures/reportDocuments';
import { expectReadOrTypedError, mutate, replacementNode } from '../../../test/interchangeRoundTrip';

const catalog = loadBundledCatalog();
const options = { id: 'fuzzed', now: '2026-12-03T12:00:00Z', typeMap: bundledTypeMap() };
const exported = toOtm(DocumentSchema.parse(JSON.parse(shippedTemplates()[0]!.text)), catalog).otm;

function check(text: string): void {
  expectReadOrTypedError(importOtm(text, catalog, options), catalog);
}

describe('OTM import fuzz', () => {
  it('never throws on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => check(JSON.stringify(value))),
      { numRuns: 300 },
    );
  });

  it('never throws on an exported file with one node replaced', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.array(fc.nat(40), { minLength: 1, maxLength: 6 }), replacementNode, (path, value) => {
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
    fc.assert(
      fc.property(fc.nat(text.length), (cut) => check(text.slice(0, cut))),
      { numRuns: 100 },
    );
  });
});
