/**
 * What the OTM and TM-BOM importer tests share: shipped templates with an assessment on every
 * applicable item, and the fuzz harness that checks an importer never throws.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import type { Catalog } from '../domain/catalog/parseCatalog';
import { emptyAssessmentEntry } from '../domain/checklist/assessmentOps';
import { describeImportError, type ImportResult } from '../domain/io/importErrors';
import { readDocument } from '../domain/io/readDocument';
import {
  ASSESSMENT_STATUSES,
  DocumentSchema,
  assessmentKey,
  type AssessmentEntry,
  type WorkbenchDocument,
} from '../domain/model/schema';
import { assess } from '../domain/rules/assess';
import { shippedTemplates } from './fixtures/reportDocuments';

export const ASSESSED_AT = '2026-12-03T12:00:00Z';

/**
 * `document` with an entry on every applicable item (cycling statuses, `extra(i)` merged into
 * the i-th), per-component entries on every third item and attribute provenance on the second
 * component.
 */
export function assessedEverywhere(
  document: WorkbenchDocument,
  catalog: Catalog,
  extra: (i: number) => Partial<AssessmentEntry>,
): WorkbenchDocument {
  const assessment: Record<string, AssessmentEntry> = {};
  assess(document, catalog)
    .checklist.filter((i) => i.applicability !== 'not-applicable')
    .forEach((item, i) => {
      const status = ASSESSMENT_STATUSES[i % ASSESSMENT_STATUSES.length]!;
      const entry: AssessmentEntry = {
        ...emptyAssessmentEntry(item.recommendationId, 'platform', ASSESSED_AT),
        status,
        justification: `Reviewed ${item.recommendationId}`,
        ...extra(i),
        ...(status === 'risk-accepted' ? { approver: 'CISO', approvedAt: '2026-11-01', expiresAt: '2027-06-30' } : {}),
      };
      assessment[assessmentKey(item.recommendationId, 'platform')] = entry;
      const component = item.components[0];
      if (i % 3 === 1 && component)
        assessment[assessmentKey(item.recommendationId, component)] = {
          ...entry,
          scope: component,
          status: 'partially-implemented',
        };
    });
  const [firstId, first] = Object.entries(document.components)[1]!;
  const key = Object.keys(first.attributes)[0];
  const components = key
    ? {
        ...document.components,
        [firstId]: { ...first, provenance: { [key]: { file: 'node.xml', at: '/domain/cpu' } } },
      }
    : document.components;
  return { ...document, components, assessment };
}

/** The shipped templates, parsed, each through `prepare`. */
export function templateDocuments(
  prepare: (document: WorkbenchDocument) => WorkbenchDocument = (d) => d,
): { name: string; document: WorkbenchDocument }[] {
  return shippedTemplates().map((t) => ({ name: t.id, document: prepare(DocumentSchema.parse(JSON.parse(t.text))) }));
}

/** An import's answer to fuzzed text: a project that passes `readDocument`, or a typed error with a sentence, never the catch-all for exceptions. */
export function expectReadOrTypedError(result: ImportResult<{ document: WorkbenchDocument }>, catalog: Catalog): void {
  if (result.ok) expect(readDocument(result.value.document, catalog).ok).toBe(true);
  else {
    expect(describeImportError(result.error)).toMatch(/^The file .+\.$/s);
    // The catch-all for exceptions must never be what answered.
    expect(describeImportError(result.error)).not.toMatch(/could not be converted/);
  }
}

/** A copy of `value` with the node at a random path replaced. */
export function mutate(value: unknown, path: number[], replacement: unknown): unknown {
  if (path.length === 0 || value === null || typeof value !== 'object') return replacement;
  const keys = Object.keys(value);
  if (keys.length === 0) return replacement;
  const key = keys[path[0]! % keys.length]!;
  const copy: Record<string, unknown> | unknown[] = Array.isArray(value)
    ? [...(value as unknown[])]
    : { ...(value as Record<string, unknown>) };
  (copy as Record<string, unknown>)[key] = mutate((value as Record<string, unknown>)[key], path.slice(1), replacement);
  return copy;
}

/** What `mutate` puts in place of a node: any JSON value, or one of the shapes parsers trip on. */
export const replacementNode = fc.oneof(
  fc.jsonValue(),
  fc.string(),
  fc.constant(null),
  fc.constant({}),
  fc.constant([]),
  fc.integer(),
);
