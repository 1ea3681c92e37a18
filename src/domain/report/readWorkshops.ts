/**
 * Ended workshops for the report, through the workshop feature's own summary (the frozen
 * one of an ended workshop). Facilitators' private notes are never part of a summary, so they
 * never reach a report. Running workshops are left out: their summary is provisional.
 */
import type { CatalogData } from '../catalog/schema';
import type { WorkbenchDocument } from '../model/schema';
import { summarizeWorkshop, type WorkshopSummaryView } from '../workshop/summarizeWorkshop';

/** Summaries of the ended workshops of `document`, oldest first. */
export function readEndedWorkshops(document: WorkbenchDocument, catalog: CatalogData): WorkshopSummaryView[] {
  // `workshops` defaults to {} in the schema; older in-memory documents may still lack it.
  const workshops = Object.values(document.workshops ?? {});
  return workshops
    .filter((w) => w.endedAt !== undefined)
    .sort((a, b) => (a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : a.id < b.id ? -1 : 1))
    .map((w) => summarizeWorkshop(w, document, catalog));
}
