/**
 * The summary of a workshop: decisions, actions, open questions, parked topics, attendance and
 * time per step. Ending a workshop freezes it into the document (`Workshop.summary`); until
 * then it is computed from the log.
 */
import type { CatalogData } from '../catalog/schema';
import type { WorkbenchDocument, Workshop, WorkshopLogEntry, WorkshopSummary } from '../model/schema';
import { own } from '../model/ownEntry';

/** A workshop's summary with the facts a report or export needs around it. */
export interface WorkshopSummaryView extends WorkshopSummary {
  workshopId: string;
  title: string;
  projectName: string;
  startedAt: string;
  /** `null` while the workshop runs (the summary is then provisional). */
  endedAt: string | null;
}

/**
 * Summary of `workshop` for reports and the Markdown export: the frozen summary when the
 * workshop has ended, otherwise one computed from its log as of its latest entry.
 */
export function summarizeWorkshop(
  workshop: Workshop,
  document: WorkbenchDocument,
  catalog: CatalogData,
): WorkshopSummaryView {
  const asOf = workshop.endedAt ?? latestActivity(workshop);
  const summary = workshop.summary ?? computeWorkshopSummary(workshop, catalog, asOf);
  return {
    ...summary,
    workshopId: workshop.id,
    title: workshop.title,
    projectName: document.name,
    startedAt: workshop.startedAt,
    endedAt: workshop.endedAt ?? null,
  };
}

/**
 * Computes the summary from the log as of `now`. Entries are in the order they were recorded
 * (time, then id, so entries of the same millisecond keep a stable order). Open questions are
 * the questions not marked answered; attendance counts each participant's entries and topics.
 */
export function computeWorkshopSummary(workshop: Workshop, catalog: CatalogData, now: string): WorkshopSummary {
  const stepTitle = new Map(workshop.agenda.map((s) => [s.id, s.title]));
  const itemTitle = new Map(catalog.recommendations.map((r) => [r.id, r.title]));
  const nameOf = (id: string) => own(workshop.participants, id)?.name ?? id;
  const entries = Object.values(workshop.log).sort(byTimeThenId);
  const ofKind = (kind: WorkshopLogEntry['kind']) => entries.filter((e) => e.kind === kind);
  const step = (e: { stepId: string }) => stepTitle.get(e.stepId) ?? e.stepId;

  const contributions = new Map<string, number>();
  for (const e of [...entries, ...Object.values(workshop.parkingLot)])
    contributions.set(e.by, (contributions.get(e.by) ?? 0) + 1);

  const end = workshop.endedAt ?? now;
  return {
    generatedAt: now,
    durationMinutes: Math.max(0, Math.round((Date.parse(end) - Date.parse(workshop.startedAt)) / 60_000)),
    attendance: Object.values(workshop.participants).map((p) => ({
      name: p.name,
      role: p.role,
      contributions: contributions.get(p.id) ?? 0,
    })),
    decisions: ofKind('decision').map((e) => ({
      itemId: e.itemId ?? '',
      itemTitle: e.itemId ? (itemTitle.get(e.itemId) ?? e.itemId) : '',
      step: step(e),
      ...(e.status ? { status: e.status } : {}),
      text: e.text,
      owner: e.owner ?? '',
      dueDate: e.dueDate ?? '',
      ...(e.approver ? { approver: e.approver } : {}),
      ...(e.expiresAt ? { expiresAt: e.expiresAt } : {}),
      by: nameOf(e.by),
      at: e.at,
    })),
    actions: ofKind('action').map((e) => ({
      itemId: e.itemId ?? '',
      step: step(e),
      text: e.text,
      owner: e.owner ?? '',
      dueDate: e.dueDate ?? '',
      by: nameOf(e.by),
      at: e.at,
    })),
    openQuestions: ofKind('question')
      .filter((e) => !e.resolved)
      .map((e) => ({ itemId: e.itemId ?? '', step: step(e), text: e.text, by: nameOf(e.by), at: e.at })),
    parkedTopics: Object.values(workshop.parkingLot)
      .filter((t) => !t.resolved)
      .sort(byTimeThenId)
      .map((t) => ({ step: step(t), text: t.text, by: nameOf(t.by) })),
    stepsCovered: workshop.agenda.map((s) => ({
      title: s.title,
      timeboxMinutes: s.timeboxMinutes,
      spentMinutes: Math.round(
        (s.spentSeconds +
          (s.id === workshop.currentStepId && !workshop.endedAt
            ? secondsSince(workshop.currentStepEnteredAt, now)
            : 0)) /
          60,
      ),
    })),
  };
}

function secondsSince(from: string, to: string): number {
  return Math.max(0, (Date.parse(to) - Date.parse(from)) / 1000);
}

function latestActivity(workshop: Workshop): string {
  let latest = workshop.currentStepEnteredAt > workshop.startedAt ? workshop.currentStepEnteredAt : workshop.startedAt;
  for (const e of [...Object.values(workshop.log), ...Object.values(workshop.parkingLot)])
    if (e.at > latest) latest = e.at;
  return latest;
}

function byTimeThenId(a: { at: string; id: string }, b: { at: string; id: string }): number {
  return a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
