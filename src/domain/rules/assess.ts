/**
 * One call for everything derived from (document, catalog): findings, checklist, orphaned
 * entries, coverage, threat-source view, summary and model warnings.
 */
import type { WorkbenchDocument } from '../model/schema';
import type { Assessment, Finding, ValidationWarning } from './types';
import { modelMemo } from './indexDocument';
import type { CatalogSource, EngineCatalog } from './engineCatalog';
import { validateModel } from './validateModel';
import { buildCoverage, buildThreatSourceView, summarize } from '../checklist/coverage';
import { assessChecklist, type AssessOptions } from './assessChecklist';

const memo = new WeakMap<WorkbenchDocument, WeakMap<EngineCatalog, Map<string, Assessment>>>();

/** Model warnings depend on the model only: catalog -> components -> connections -> warnings. */
const warningsMemo = new WeakMap<EngineCatalog, WeakMap<object, WeakMap<object, ValidationWarning[]>>>();

function modelWarnings(
  document: WorkbenchDocument,
  cat: EngineCatalog,
  findings: readonly Finding[],
): ValidationWarning[] {
  let perCatalog = warningsMemo.get(cat);
  if (!perCatalog) {
    perCatalog = new WeakMap();
    warningsMemo.set(cat, perCatalog);
  }
  return modelMemo(perCatalog, document, () => validateModel(document, cat, findings));
}

/** An enumerable read-only property computed on first read. */
function lazy<T>(compute: () => T): PropertyDescriptor {
  let value: T | undefined;
  let done = false;
  return {
    enumerable: true,
    get: () => {
      if (!done) {
        value = compute();
        done = true;
      }
      return value;
    },
  };
}

/**
 * The assessment of `document` against `catalog`. Pure; memoised on the identities of both
 * arguments (the same objects give the very same result object, so treat it as read-only).
 * Findings and model warnings are memoised on the model records alone, so an assessment edit
 * only rebuilds the checklist, coverage and summary.
 */
export function assess(document: WorkbenchDocument, catalog: CatalogSource, options: AssessOptions = {}): Assessment {
  // Findings and checklist as the canvas already has them (assessChecklist.ts).
  const { cat, asOf, findings, items, orphaned } = assessChecklist(document, catalog, options);
  let perDoc = memo.get(document);
  const cached = perDoc?.get(cat)?.get(asOf ?? '');
  if (cached) return cached;
  // The coverage matrix, the threat-source view and the model warnings serve the dashboard,
  // the checklist's filters, reports and the command line, not the canvas: computed on first
  // read (then kept), so an edit on the canvas does not wait for them (the warnings were a
  // third of an edit's time on 500 components, issue 17). Enumerable, so the object reads and
  // prints as before.
  const assessment = {} as Assessment;
  Object.defineProperties(assessment, {
    catalog: { value: { id: cat.id, version: cat.version }, enumerable: true },
    asOf: { value: asOf, enumerable: true },
    findings: { value: findings as Assessment['findings'], enumerable: true },
    checklist: { value: items, enumerable: true },
    orphaned: { value: orphaned, enumerable: true },
    coverage: lazy(() => buildCoverage(findings, document, cat)),
    threatSources: lazy(() => buildThreatSourceView(findings, items, cat)),
    summary: { value: summarize(items, orphaned), enumerable: true },
    warnings: lazy(() => modelWarnings(document, cat, findings)),
  });
  if (!perDoc) {
    perDoc = new WeakMap();
    memo.set(document, perDoc);
  }
  let perCatalog = perDoc.get(cat);
  if (!perCatalog) {
    perCatalog = new Map();
    perDoc.set(cat, perCatalog);
  }
  perCatalog.set(asOf ?? '', assessment);
  return assessment;
}
