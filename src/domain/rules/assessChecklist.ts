/**
 * The part of an assessment the canvas draws: findings and the checklist built from them
 * (with the verdicts' evidence and orphaned entries), memoised on the identities of the
 * document and the catalog and on the date. `assess` (assess.ts) builds the rest of the
 * assessment (coverage, threat sources, summary, model warnings) on the very same objects,
 * so the canvas and every other view share one computation; the first visit needs only this.
 */
import type { WorkbenchDocument } from '../model/schema';
import type { Finding } from './types';
import type { Checklist } from '../checklist/buildChecklist';
import { toEngineCatalog, type CatalogSource, type EngineCatalog } from './engineCatalog';
import { evaluate, evaluateVerdicts } from './evaluate';
import { buildChecklist } from '../checklist/buildChecklist';

export interface AssessOptions {
  /**
   * The assessment date, YYYY-MM-DD (the CLI's `--as-of`, the app's today): risk acceptances
   * that expire before it count as gaps. Without it nothing expires. The domain never reads
   * the clock itself.
   */
  asOf?: string | null;
}

export interface ChecklistAssessment extends Checklist {
  cat: EngineCatalog;
  asOf: string | null;
  findings: readonly Finding[];
}

const memo = new WeakMap<WorkbenchDocument, WeakMap<EngineCatalog, Map<string, ChecklistAssessment>>>();

/** Findings and checklist of `document` against `catalog`; the same objects for the same arguments. */
export function assessChecklist(
  document: WorkbenchDocument,
  catalog: CatalogSource,
  options: AssessOptions = {},
): ChecklistAssessment {
  const cat = toEngineCatalog(catalog);
  const asOf = options.asOf ?? null;
  let perDoc = memo.get(document);
  const cached = perDoc?.get(cat)?.get(asOf ?? '');
  if (cached) return cached;
  const findings = evaluate(document, cat);
  const evidence = evaluateVerdicts(document, cat);
  const { items, orphaned } = buildChecklist(findings, document, cat, { evidence, asOf });
  const result: ChecklistAssessment = { cat, asOf, findings, items, orphaned };
  if (!perDoc) {
    perDoc = new WeakMap();
    memo.set(document, perDoc);
  }
  let perCatalog = perDoc.get(cat);
  if (!perCatalog) {
    perCatalog = new Map();
    perDoc.set(cat, perCatalog);
  }
  perCatalog.set(asOf ?? '', result);
  return result;
}
