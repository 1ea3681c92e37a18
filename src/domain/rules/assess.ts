/**
 * One call for everything derived from (document, catalog): findings, checklist, orphaned
 * entries, coverage, threat-source view, summary and model warnings.
 */
import type { WorkbenchDocument } from '../model/schema';
import type { Assessment } from './types';
import { toEngineCatalog, type CatalogSource, type EngineCatalog } from './engineCatalog';
import { evaluate } from './evaluate';
import { validateModel } from './validateModel';
import { buildChecklist } from '../checklist/buildChecklist';
import { buildCoverage, buildThreatSourceView, summarize } from '../checklist/coverage';

const memo = new WeakMap<WorkbenchDocument, WeakMap<EngineCatalog, Assessment>>();

/**
 * The assessment of `document` against `catalog`. Pure; memoised on the identities of both
 * arguments (the same objects give the very same result object, so treat it as read-only).
 */
export function assess(document: WorkbenchDocument, catalog: CatalogSource): Assessment {
  const cat = toEngineCatalog(catalog);
  let perDoc = memo.get(document);
  const cached = perDoc?.get(cat);
  if (cached) return cached;
  const findings = evaluate(document, cat);
  const { items, orphaned } = buildChecklist(findings, document, cat);
  const assessment: Assessment = {
    catalog: { id: cat.id, version: cat.version },
    findings: findings as Assessment['findings'],
    checklist: items,
    orphaned,
    coverage: buildCoverage(findings, document, cat),
    threatSources: buildThreatSourceView(findings, items, cat),
    summary: summarize(items, orphaned),
    warnings: validateModel(document, cat, findings),
  };
  if (!perDoc) {
    perDoc = new WeakMap();
    memo.set(document, perDoc);
  }
  perDoc.set(cat, assessment);
  return assessment;
}
