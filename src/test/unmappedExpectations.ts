/**
 * What every importer must do with a part of unknown type (issue 21), as one assertion: it is
 * an Unmapped component (not a guest VM), keeps the file's type name as attribute and note,
 * no rule fires on it, and the assessment flags it "needs review: choose a type".
 */
import { expect } from 'vitest';
import type { CatalogData } from '../domain/catalog/schema';
import type { WorkbenchDocument } from '../domain/model/schema';
import { assess } from '../domain/rules/assess';

export function expectFlaggedUnmapped(
  document: WorkbenchDocument,
  catalog: CatalogData,
  componentId: string,
  sourceType: string | RegExp,
): void {
  const component = document.components[componentId];
  expect(component?.type, componentId).toBe('unmapped');
  const source = expect.stringMatching(
    typeof sourceType === 'string' ? new RegExp(`^${sourceType.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : sourceType,
  );
  expect(component!.attributes).toEqual(
    expect.objectContaining({ sourceType: source, 'interchange.sourceType': source }),
  );
  expect(component!.notes).toContain('needs review, choose a type');
  const assessment = assess(document, catalog);
  expect(assessment.findings.filter((f) => f.componentId === componentId)).toEqual([]);
  const warning = assessment.warnings.find((w) => w.code === 'needs-type' && w.componentId === componentId);
  expect(warning?.message).toContain('needs review: choose a type');
}
