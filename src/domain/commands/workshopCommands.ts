/**
 * Commands of workshop mode. Each acts on the running workshop and changes nothing when none
 * runs. The decision log is part of the workshop record, so a recorded decision is one
 * `changed` workshop in the diff (and, when it set a checklist status, a changed assessment
 * entry, whose change the log entry keeps).
 */
import type { WorkbenchDocument, WorkshopParticipant } from '../model/schema';
import { buildAgenda } from '../workshop/buildAgenda';
import {
  activeWorkshop,
  addMissingAgendaItems,
  addParticipant,
  endWorkshop as endOp,
  goToStep,
  moveItem,
  moveStep,
  parkTopic,
  recordLogEntry,
  selectItem,
  setParkedTopicResolved as setParkedOp,
  setPrivateNote,
  setQuestionResolved,
  setTimebox,
  startWorkshop as startOp,
  type NewLogEntry,
} from '../workshop/workshopOps';
import { own } from '../model/ownEntry';
import { changed, fromOperation, type Command, type CommandContext } from './command';
import { decisionChange } from './decisionChange';
import { diffDocuments } from './diff';

/** A command on the running workshop (`w` is its id). */
function onRunning<A>(
  operation: (doc: WorkbenchDocument, w: string, args: A, ctx: CommandContext) => WorkbenchDocument,
): Command<A> {
  return fromOperation((doc, args, ctx) => {
    const running = activeWorkshop(doc);
    return running ? operation(doc, running.id, args, ctx) : doc;
  });
}

/** Starts a workshop with an agenda generated from the model; value: its id, or null when refused. */
export const startWorkshop: Command<
  { title: string; participants: readonly Omit<WorkshopParticipant, 'id'>[] },
  string | null
> = (doc, { title, participants }, ctx) => {
  const id = ctx.ids();
  const next = startOp(
    doc,
    {
      id,
      title,
      participants: participants.map((p) => ({ ...p, id: ctx.ids() })),
      agenda: buildAgenda(doc, ctx.catalog),
    },
    ctx.now,
  );
  return changed(doc, next, own(next.workshops, id) ? id : null);
};

export const goToWorkshopStep = onRunning<string>((doc, w, stepId, { now }) => goToStep(doc, w, stepId, now));
export const moveWorkshopStep = onRunning<number>((doc, w, delta, { now }) => moveStep(doc, w, delta, now));
export const selectWorkshopItem = onRunning<string>((doc, w, itemId, { now }) => selectItem(doc, w, itemId, now));
export const moveWorkshopItem = onRunning<number>((doc, w, delta, { now }) => moveItem(doc, w, delta, now));
export const addWorkshopParticipant = onRunning<Omit<WorkshopParticipant, 'id'>>((doc, w, participant, { ids, now }) =>
  addParticipant(doc, w, { ...participant, id: ids() }, now),
);
/**
 * A decision, action or question in the workshop's log. A decision that set its item's
 * checklist entry keeps that change with it (`decisionChange`, read from the diff).
 */
export const recordWorkshopEntry = onRunning<Omit<NewLogEntry, 'id'>>((doc, w, entry, { ids, now }) => {
  const id = ids();
  const next = recordLogEntry(doc, w, { ...entry, id }, now);
  const logged = own(own(next.workshops, w)?.log ?? {}, id);
  const change = logged?.itemId ? decisionChange(diffDocuments(doc, next), logged.itemId, now) : undefined;
  if (!logged || !change) return next;
  const workshop = next.workshops[w]!;
  return {
    ...next,
    workshops: { ...next.workshops, [w]: { ...workshop, log: { ...workshop.log, [id]: { ...logged, change } } } },
  };
});
export const setWorkshopQuestionResolved = onRunning<{ entryId: string; resolved: boolean }>(
  (doc, w, { entryId, resolved }, { now }) => setQuestionResolved(doc, w, entryId, resolved, now),
);
export const parkWorkshopTopic = onRunning<{ text: string; by: string }>((doc, w, topic, { ids, now }) =>
  parkTopic(doc, w, { ...topic, id: ids() }, now),
);
export const setParkedTopicResolved = onRunning<{ topicId: string; resolved: boolean }>(
  (doc, w, { topicId, resolved }, { now }) => setParkedOp(doc, w, topicId, resolved, now),
);
export const setWorkshopPrivateNote = onRunning<{ stepId: string; text: string }>((doc, w, { stepId, text }, { now }) =>
  setPrivateNote(doc, w, stepId, text, now),
);
export const setWorkshopTimebox = onRunning<{ stepId: string; minutes: number }>(
  (doc, w, { stepId, minutes }, { now }) => setTimebox(doc, w, stepId, minutes, now),
);
/** Adds to the agenda the items that apply since the model was edited. */
export const addNewAgendaItems = onRunning<void>((doc, w, _args, { now, catalog }) =>
  addMissingAgendaItems(doc, w, buildAgenda(doc, catalog), now),
);
export const endWorkshop = onRunning<void>((doc, w, _args, { now, catalog }) => endOp(doc, w, catalog, now));
