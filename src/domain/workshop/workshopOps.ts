/**
 * Pure operations on the workshops of a document: `(document, ..., now) => document`. An
 * operation that does not make sense (unknown workshop, ended workshop, unknown participant)
 * returns the document unchanged, so the store records no undo step for it.
 *
 * Decisions with a status reach the checklist through `setAssessment`, the same operation the
 * checklist uses: the workshop never keeps a second copy of an item's status.
 */
import type { CatalogData } from '../catalog/schema';
import type {
  ParkedTopic,
  WorkbenchDocument,
  Workshop,
  WorkshopLogEntry,
  WorkshopParticipant,
  WorkshopStep,
} from '../model/schema';
import { WORKSHOP_LIMITS } from '../model/schema';
import { emptyAssessmentEntry, setAssessment, type AssessmentPatch } from '../checklist/assessmentOps';
import { validateEntry, type EntryProblem } from '../checklist/assessmentWorkflow';
import { computeWorkshopSummary } from './summarizeWorkshop';
import { own } from '../model/ownEntry';

/** The running workshop (started, not ended), if any. */
export function activeWorkshop(doc: WorkbenchDocument): Workshop | undefined {
  return Object.values(doc.workshops).find((w) => w.endedAt === undefined);
}

/** Ended workshops, most recent first. */
export function endedWorkshops(doc: WorkbenchDocument): Workshop[] {
  return Object.values(doc.workshops)
    .filter((w) => w.endedAt !== undefined)
    .sort((a, b) => (a.startedAt < b.startedAt ? 1 : a.startedAt > b.startedAt ? -1 : 0));
}

export interface StartWorkshopArgs {
  id: string;
  title: string;
  participants: WorkshopParticipant[];
  agenda: WorkshopStep[];
}

/**
 * Starts a workshop on the first agenda step and its first item. Refuses (returns `doc`)
 * while another workshop runs, without an agenda, or without a facilitator: someone must
 * drive the room.
 */
export function startWorkshop(doc: WorkbenchDocument, args: StartWorkshopArgs, now: string): WorkbenchDocument {
  const first = args.agenda[0];
  if (activeWorkshop(doc) || !first || own(doc.workshops, args.id)) return doc;
  if (!args.participants.some((p) => p.role === 'facilitator')) return doc;
  const workshop: Workshop = {
    id: args.id,
    title: args.title.trim() || 'Workshop',
    startedAt: now,
    participants: Object.fromEntries(args.participants.map((p) => [p.id, p])),
    agenda: args.agenda,
    currentStepId: first.id,
    ...(first.items[0] ? { currentItemId: first.items[0] } : {}),
    currentStepEnteredAt: now,
    log: {},
    parkingLot: {},
    privateNotes: {},
  };
  return { ...doc, updatedAt: now, workshops: { ...doc.workshops, [workshop.id]: workshop } };
}

/** Applies `change` to the running workshop `workshopId`; no-op when it is absent or ended. */
function updateRunning(
  doc: WorkbenchDocument,
  workshopId: string,
  now: string,
  change: (w: Workshop) => Workshop | undefined,
): WorkbenchDocument {
  const current = own(doc.workshops, workshopId);
  if (!current || current.endedAt !== undefined) return doc;
  const next = change(current);
  if (!next || next === current) return doc;
  return { ...doc, updatedAt: now, workshops: { ...doc.workshops, [workshopId]: next } };
}

/** Seconds spent in the current step so far, counting earlier visits. */
export function secondsInCurrentStep(workshop: Workshop, now: string): number {
  const step = workshop.agenda.find((s) => s.id === workshop.currentStepId);
  return (step?.spentSeconds ?? 0) + secondsBetween(workshop.currentStepEnteredAt, now);
}

function secondsBetween(from: string, to: string): number {
  return Math.max(0, Math.floor((Date.parse(to) - Date.parse(from)) / 1000));
}

/** Banks the time of the current visit into its step (before leaving it or ending). */
function bankCurrentStep(workshop: Workshop, now: string): WorkshopStep[] {
  const visit = secondsBetween(workshop.currentStepEnteredAt, now);
  return workshop.agenda.map((s) =>
    s.id === workshop.currentStepId ? { ...s, spentSeconds: s.spentSeconds + visit } : s,
  );
}

/** Moves to step `stepId`, on its first item; time spent in the step left is kept. */
export function goToStep(doc: WorkbenchDocument, workshopId: string, stepId: string, now: string): WorkbenchDocument {
  return updateRunning(doc, workshopId, now, (w) => {
    const target = w.agenda.find((s) => s.id === stepId);
    if (!target || stepId === w.currentStepId) return undefined;
    const { currentItemId: _dropped, ...rest } = w;
    return {
      ...rest,
      agenda: bankCurrentStep(w, now),
      currentStepId: stepId,
      ...(target.items[0] ? { currentItemId: target.items[0] } : {}),
      currentStepEnteredAt: now,
    };
  });
}

/** Moves `delta` steps along the agenda (next: 1, previous: -1); stays put at either end. */
export function moveStep(doc: WorkbenchDocument, workshopId: string, delta: number, now: string): WorkbenchDocument {
  const w = own(doc.workshops, workshopId);
  if (!w) return doc;
  const index = w.agenda.findIndex((s) => s.id === w.currentStepId);
  const target = w.agenda[index + delta];
  return target ? goToStep(doc, workshopId, target.id, now) : doc;
}

/** Makes `itemId` (one of the current step's items) the item under discussion. */
export function selectItem(doc: WorkbenchDocument, workshopId: string, itemId: string, now: string): WorkbenchDocument {
  return updateRunning(doc, workshopId, now, (w) => {
    const step = w.agenda.find((s) => s.id === w.currentStepId);
    if (!step?.items.includes(itemId) || w.currentItemId === itemId) return undefined;
    return { ...w, currentItemId: itemId };
  });
}

/** Moves `delta` items within the current step; stays put at either end. */
export function moveItem(doc: WorkbenchDocument, workshopId: string, delta: number, now: string): WorkbenchDocument {
  const w = own(doc.workshops, workshopId);
  const step = w?.agenda.find((s) => s.id === w.currentStepId);
  if (!w || !step) return doc;
  const target = step.items[(w.currentItemId ? step.items.indexOf(w.currentItemId) : -1) + delta];
  return target ? selectItem(doc, workshopId, target, now) : doc;
}

/** Adds a participant who joins late. */
export function addParticipant(
  doc: WorkbenchDocument,
  workshopId: string,
  participant: WorkshopParticipant,
  now: string,
): WorkbenchDocument {
  return updateRunning(doc, workshopId, now, (w) => {
    if (own(w.participants, participant.id) || Object.keys(w.participants).length >= WORKSHOP_LIMITS.participants)
      return undefined;
    const name = participant.name.trim();
    if (!name) return undefined;
    return { ...w, participants: { ...w.participants, [participant.id]: { ...participant, name } } };
  });
}

/** What the facilitator or scribe types into the decision log. */
export interface NewLogEntry {
  id: string;
  kind: WorkshopLogEntry['kind'];
  text: string;
  by: string;
  itemId?: string;
  status?: WorkshopLogEntry['status'];
  owner?: string;
  dueDate?: string;
  /** Risk acceptance: who approved (in the room) and until when. */
  approver?: string;
  expiresAt?: string;
}

/**
 * The checklist patch a decision makes: its status, owner and due date when given, the
 * decision text as justification when the status needs one and the entry has none, the
 * approval (dated today) of a risk acceptance, and a note in the comments naming the workshop.
 */
function decisionPatch(
  doc: WorkbenchDocument,
  workshopTitle: string,
  input: NewLogEntry,
  now: string,
): AssessmentPatch | undefined {
  if (input.kind !== 'decision' || !input.status || !input.itemId) return undefined;
  const current = own(doc.assessment, input.itemId);
  const text = input.text.trim();
  const note = `Workshop "${workshopTitle}" (${now.slice(0, 10)}): ${input.status}${text ? ` — ${text}` : ''}`;
  const previous = current?.comments ?? '';
  const patch: AssessmentPatch = {
    status: input.status,
    comments: (previous ? `${previous}\n${note}` : note).slice(-10_000),
  };
  if (input.owner?.trim()) patch.owner = input.owner.trim();
  if (input.dueDate) patch.dueDate = input.dueDate;
  if ((input.status === 'not-applicable' || input.status === 'risk-accepted') && !current?.justification.trim() && text)
    patch.justification = text;
  if (input.status === 'risk-accepted') {
    if (input.approver?.trim()) patch.approver = input.approver.trim();
    if (input.approver?.trim() || !current?.approvedAt) patch.approvedAt = now.slice(0, 10);
    if (input.expiresAt) patch.expiresAt = input.expiresAt;
  }
  return patch;
}

/**
 * What stops a decision from reaching the checklist: the checklist's own workflow rules
 * (`validateEntry`) applied to the entry the decision would leave, e.g. a risk acceptance
 * without approver or expiry, or "not applicable" without a reason. Empty when it may be recorded.
 */
export function decisionProblems(
  doc: WorkbenchDocument,
  workshopId: string,
  input: NewLogEntry,
  now: string,
): EntryProblem[] {
  const w = own(doc.workshops, workshopId);
  const patch = w ? decisionPatch(doc, w.title, input, now) : undefined;
  if (!patch || !input.itemId) return [];
  const base = own(doc.assessment, input.itemId) ?? emptyAssessmentEntry(input.itemId, 'platform', now);
  return validateEntry({ ...base, ...patch });
}

/**
 * Records a decision, action or question in the current step. A decision with a status on an
 * item also sets that item's platform-wide checklist entry (see `decisionPatch`) and notes the
 * decision in the item's comments, so the checklist shows where the status came from. Refuses
 * entries by someone who is not a participant, empty entries, and decisions the checklist's
 * workflow would refuse (`decisionProblems`).
 */
export function recordLogEntry(
  doc: WorkbenchDocument,
  workshopId: string,
  input: NewLogEntry,
  now: string,
): WorkbenchDocument {
  const w = own(doc.workshops, workshopId);
  if (!w || w.endedAt !== undefined || own(w.log, input.id) || !own(w.participants, input.by)) return doc;
  if (Object.keys(w.log).length >= WORKSHOP_LIMITS.logEntries) return doc;
  const text = input.text.trim();
  if (!text && !(input.kind === 'decision' && input.status)) return doc;
  if (decisionProblems(doc, workshopId, input, now).length > 0) return doc;
  const owner = input.owner?.trim();
  const approver = input.approver?.trim();
  const decided = input.kind === 'decision' && input.status;
  const entry: WorkshopLogEntry = {
    id: input.id,
    stepId: w.currentStepId,
    kind: input.kind,
    text,
    by: input.by,
    at: now,
    ...(input.itemId ? { itemId: input.itemId } : {}),
    ...(decided ? { status: input.status } : {}),
    ...(owner ? { owner } : {}),
    ...(input.dueDate ? { dueDate: input.dueDate } : {}),
    ...(decided && input.status === 'risk-accepted' && approver ? { approver } : {}),
    ...(decided && input.status === 'risk-accepted' && input.expiresAt ? { expiresAt: input.expiresAt } : {}),
    ...(input.kind === 'question' ? { resolved: false } : {}),
  };
  const next = updateRunning(doc, workshopId, now, (current) => ({
    ...current,
    log: { ...current.log, [entry.id]: entry },
  }));
  const patch = decisionPatch(doc, w.title, input, now);
  return patch && entry.itemId ? setAssessment(next, entry.itemId, 'platform', patch, now) : next;
}

/** Marks an open question answered (or open again). */
export function setQuestionResolved(
  doc: WorkbenchDocument,
  workshopId: string,
  entryId: string,
  resolved: boolean,
  now: string,
): WorkbenchDocument {
  return updateRunning(doc, workshopId, now, (w) => {
    const entry = own(w.log, entryId);
    if (entry?.kind !== 'question' || entry.resolved === resolved) return undefined;
    return { ...w, log: { ...w.log, [entryId]: { ...entry, resolved } } };
  });
}

/** Puts a topic on the parking lot, noting the step it came up in. */
export function parkTopic(
  doc: WorkbenchDocument,
  workshopId: string,
  topic: { id: string; text: string; by: string },
  now: string,
): WorkbenchDocument {
  return updateRunning(doc, workshopId, now, (w) => {
    const text = topic.text.trim();
    if (!text || own(w.parkingLot, topic.id) || !own(w.participants, topic.by)) return undefined;
    if (Object.keys(w.parkingLot).length >= WORKSHOP_LIMITS.parkingLot) return undefined;
    const parked: ParkedTopic = { id: topic.id, stepId: w.currentStepId, text, by: topic.by, at: now, resolved: false };
    return { ...w, parkingLot: { ...w.parkingLot, [topic.id]: parked } };
  });
}

/** Marks a parked topic dealt with (or back on the lot). */
export function setParkedTopicResolved(
  doc: WorkbenchDocument,
  workshopId: string,
  topicId: string,
  resolved: boolean,
  now: string,
): WorkbenchDocument {
  return updateRunning(doc, workshopId, now, (w) => {
    const topic = own(w.parkingLot, topicId);
    if (!topic || topic.resolved === resolved) return undefined;
    return { ...w, parkingLot: { ...w.parkingLot, [topicId]: { ...topic, resolved } } };
  });
}

/** The facilitator's private note for a step (never shown in the presenter view). */
export function setPrivateNote(
  doc: WorkbenchDocument,
  workshopId: string,
  stepId: string,
  text: string,
  now: string,
): WorkbenchDocument {
  return updateRunning(doc, workshopId, now, (w) => {
    if (!w.agenda.some((s) => s.id === stepId) || (own(w.privateNotes, stepId) ?? '') === text) return undefined;
    return { ...w, privateNotes: { ...w.privateNotes, [stepId]: text.slice(0, 10_000) } };
  });
}

/** Changes a step's time box (whole minutes, 1..480). */
export function setTimebox(
  doc: WorkbenchDocument,
  workshopId: string,
  stepId: string,
  minutes: number,
  now: string,
): WorkbenchDocument {
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > WORKSHOP_LIMITS.timeboxMinutes) return doc;
  return updateRunning(doc, workshopId, now, (w) => {
    const step = w.agenda.find((s) => s.id === stepId);
    if (!step || step.timeboxMinutes === minutes) return undefined;
    return { ...w, agenda: w.agenda.map((s) => (s.id === stepId ? { ...s, timeboxMinutes: minutes } : s)) };
  });
}

/**
 * Ends the workshop: banks the current step's time, stamps `endedAt` and freezes the summary
 * into the workshop, so what was agreed stays as agreed when the catalog or model changes.
 */
export function endWorkshop(
  doc: WorkbenchDocument,
  workshopId: string,
  catalog: CatalogData,
  now: string,
): WorkbenchDocument {
  return updateRunning(doc, workshopId, now, (w) => {
    const ended: Workshop = { ...w, agenda: bankCurrentStep(w, now), currentStepEnteredAt: now, endedAt: now };
    return { ...ended, summary: computeWorkshopSummary(ended, catalog, now) };
  });
}

/**
 * Items that apply now but were not on the agenda when the workshop started (the model was
 * edited since), per step id of `freshAgenda` (a `buildAgenda` of the current model).
 */
export function missingAgendaItems(workshop: Workshop, freshAgenda: readonly WorkshopStep[]): Map<string, string[]> {
  const onAgenda = new Set(workshop.agenda.flatMap((s) => s.items));
  const stepIds = new Set(workshop.agenda.map((s) => s.id));
  const missing = new Map<string, string[]>();
  for (const step of freshAgenda) {
    // A step the workshop lacks (the platform step appears only when needed) is not added mid-session.
    if (!stepIds.has(step.id)) continue;
    const items = step.items.filter((id) => !onAgenda.has(id));
    if (items.length > 0) missing.set(step.id, items);
  }
  return missing;
}

/**
 * Appends the items of `freshAgenda` that are not on the agenda yet to their steps. Never
 * removes an item: one that no longer applies may already carry decisions.
 */
export function addMissingAgendaItems(
  doc: WorkbenchDocument,
  workshopId: string,
  freshAgenda: readonly WorkshopStep[],
  now: string,
): WorkbenchDocument {
  return updateRunning(doc, workshopId, now, (w) => {
    const missing = missingAgendaItems(w, freshAgenda);
    if (missing.size === 0) return undefined;
    const agenda = w.agenda.map((s) => {
      const add = missing.get(s.id);
      return add ? { ...s, items: [...s.items, ...add].slice(0, WORKSHOP_LIMITS.itemsPerStep) } : s;
    });
    const current = agenda.find((s) => s.id === w.currentStepId);
    return {
      ...w,
      agenda,
      ...(w.currentItemId === undefined && current?.items[0] ? { currentItemId: current.items[0] } : {}),
    };
  });
}
