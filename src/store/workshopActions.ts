/**
 * Store actions of workshop mode: each is one domain operation committed as one undo step.
 * Navigation (step and item changes) coalesces, so walking through items does not bury the
 * decisions in the undo history.
 *
 * They are not part of the store's state: that would put the workshop domain into the first
 * download. The workshop view (loaded on demand) gets them with `workshopActionsFor(store)`.
 */
import type { CatalogData } from '../domain/catalog/schema';
import type { IdFactory } from '../domain/ports';
import type { WorkbenchDocument, WorkshopParticipant } from '../domain/model/schema';
import type { WorkbenchStore } from './createWorkbenchStore';
import {
  activeWorkshop,
  addMissingAgendaItems,
  addParticipant,
  buildAgenda,
  endWorkshop,
  goToStep,
  moveItem,
  moveStep,
  parkTopic,
  recordLogEntry,
  selectItem,
  setParkedTopicResolved,
  setPrivateNote,
  setQuestionResolved,
  setTimebox,
  startWorkshop,
  type NewLogEntry,
} from '../domain/workshop';
import { own } from '../domain/model/ownEntry';

type Commit = (change: (doc: WorkbenchDocument, now: string) => WorkbenchDocument, options?: { coalesce?: string }) => void;

export interface WorkshopActions {
  /** Starts a workshop with an agenda generated from the model; returns its id, or null when refused. */
  startWorkshop(args: { title: string; participants: Omit<WorkshopParticipant, 'id'>[] }): string | null;
  goToWorkshopStep(stepId: string): void;
  moveWorkshopStep(delta: number): void;
  selectWorkshopItem(itemId: string): void;
  moveWorkshopItem(delta: number): void;
  addWorkshopParticipant(participant: Omit<WorkshopParticipant, 'id'>): void;
  recordWorkshopEntry(entry: Omit<NewLogEntry, 'id'>): void;
  setWorkshopQuestionResolved(entryId: string, resolved: boolean): void;
  parkWorkshopTopic(topic: { text: string; by: string }): void;
  setParkedTopicResolved(topicId: string, resolved: boolean): void;
  setWorkshopPrivateNote(stepId: string, text: string): void;
  setWorkshopTimebox(stepId: string, minutes: number): void;
  /** Adds to the agenda the items that apply since the model was edited. */
  addNewAgendaItems(): void;
  endWorkshop(): void;
}

interface Deps {
  commit: Commit;
  getDocument: () => WorkbenchDocument;
  catalog: CatalogData;
  ids: IdFactory;
}

/** Builds the workshop actions over the store's `commit`; every action acts on the running workshop. */
export function createWorkshopActions({ commit, getDocument, catalog, ids }: Deps): WorkshopActions {
  const onRunning = (change: (doc: WorkbenchDocument, workshopId: string, now: string) => WorkbenchDocument, coalesce?: string) =>
    commit((doc, now) => {
      const running = activeWorkshop(doc);
      return running ? change(doc, running.id, now) : doc;
    }, coalesce ? { coalesce } : undefined);

  return {
    startWorkshop({ title, participants }) {
      const id = ids();
      commit((doc, now) =>
        startWorkshop(doc, { id, title, participants: participants.map((p) => ({ ...p, id: ids() })), agenda: buildAgenda(doc, catalog) }, now),
      );
      return own(getDocument().workshops, id) ? id : null;
    },
    goToWorkshopStep: (stepId) => onRunning((doc, w, now) => goToStep(doc, w, stepId, now), 'workshop-navigation'),
    moveWorkshopStep: (delta) => onRunning((doc, w, now) => moveStep(doc, w, delta, now), 'workshop-navigation'),
    selectWorkshopItem: (itemId) => onRunning((doc, w, now) => selectItem(doc, w, itemId, now), 'workshop-navigation'),
    moveWorkshopItem: (delta) => onRunning((doc, w, now) => moveItem(doc, w, delta, now), 'workshop-navigation'),
    addWorkshopParticipant: (participant) => onRunning((doc, w, now) => addParticipant(doc, w, { ...participant, id: ids() }, now)),
    recordWorkshopEntry: (entry) => onRunning((doc, w, now) => recordLogEntry(doc, w, { ...entry, id: ids() }, now)),
    setWorkshopQuestionResolved: (entryId, resolved) => onRunning((doc, w, now) => setQuestionResolved(doc, w, entryId, resolved, now)),
    parkWorkshopTopic: (topic) => onRunning((doc, w, now) => parkTopic(doc, w, { ...topic, id: ids() }, now)),
    setParkedTopicResolved: (topicId, resolved) => onRunning((doc, w, now) => setParkedTopicResolved(doc, w, topicId, resolved, now)),
    setWorkshopPrivateNote: (stepId, text) => onRunning((doc, w, now) => setPrivateNote(doc, w, stepId, text, now), `workshop-note-${stepId}`),
    setWorkshopTimebox: (stepId, minutes) => onRunning((doc, w, now) => setTimebox(doc, w, stepId, minutes, now)),
    addNewAgendaItems: () => onRunning((doc, w, now) => addMissingAgendaItems(doc, w, buildAgenda(doc, catalog), now)),
    endWorkshop: () => onRunning((doc, w, now) => endWorkshop(doc, w, catalog, now)),
  };
}

const actionsByStore = new WeakMap<WorkbenchStore, WorkshopActions>();

/** The workshop actions of `store`, built once per store so components get stable functions. */
export function workshopActionsFor(store: WorkbenchStore): WorkshopActions {
  let actions = actionsByStore.get(store);
  if (!actions) {
    const { catalog, ids } = store.getState();
    actions = createWorkshopActions({
      commit: (change, options) => store.getState().commit(change, options),
      getDocument: () => store.getState().document,
      catalog,
      ids,
    });
    actionsByStore.set(store, actions);
  }
  return actions;
}
