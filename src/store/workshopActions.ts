/**
 * Store actions of workshop mode: each dispatches one command (`domain/commands/workshopCommands.ts`),
 * one undo step.
 * Navigation (step and item changes) coalesces, so walking through items does not bury the
 * decisions in the undo history.
 *
 * They are not part of the store's state: that would put the workshop domain into the first
 * download. The workshop view (loaded on demand) gets them with `workshopActionsFor(store)`.
 */
import type { WorkshopParticipant } from '../domain/model/schema';
import type { WorkbenchStore, WorkbenchActions } from './createWorkbenchStore';
import type { NewLogEntry } from '../domain/workshop/workshopOps';
import * as commands from '../domain/commands/workshopCommands';

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
  dispatch: WorkbenchActions['dispatch'];
}

const NAVIGATION = { coalesce: 'workshop-navigation' };

/** Builds the workshop actions over the store's `dispatch` (commands in domain/commands/workshopCommands). */
export function createWorkshopActions({ dispatch }: Deps): WorkshopActions {
  return {
    startWorkshop(args) {
      const result = dispatch(commands.startWorkshop, args);
      return result.refusal ? null : (result.value ?? null);
    },
    goToWorkshopStep: (stepId) => void dispatch(commands.goToWorkshopStep, stepId, NAVIGATION),
    moveWorkshopStep: (delta) => void dispatch(commands.moveWorkshopStep, delta, NAVIGATION),
    selectWorkshopItem: (itemId) => void dispatch(commands.selectWorkshopItem, itemId, NAVIGATION),
    moveWorkshopItem: (delta) => void dispatch(commands.moveWorkshopItem, delta, NAVIGATION),
    addWorkshopParticipant: (participant) => void dispatch(commands.addWorkshopParticipant, participant),
    recordWorkshopEntry: (entry) => void dispatch(commands.recordWorkshopEntry, entry),
    setWorkshopQuestionResolved: (entryId, resolved) =>
      void dispatch(commands.setWorkshopQuestionResolved, { entryId, resolved }),
    parkWorkshopTopic: (topic) => void dispatch(commands.parkWorkshopTopic, topic),
    setParkedTopicResolved: (topicId, resolved) =>
      void dispatch(commands.setParkedTopicResolved, { topicId, resolved }),
    setWorkshopPrivateNote: (stepId, text) =>
      void dispatch(commands.setWorkshopPrivateNote, { stepId, text }, { coalesce: `workshop-note-${stepId}` }),
    setWorkshopTimebox: (stepId, minutes) => void dispatch(commands.setWorkshopTimebox, { stepId, minutes }),
    addNewAgendaItems: () => void dispatch(commands.addNewAgendaItems, undefined),
    endWorkshop: () => void dispatch(commands.endWorkshop, undefined),
  };
}

const actionsByStore = new WeakMap<WorkbenchStore, WorkshopActions>();

/** The workshop actions of `store`, built once per store so components get stable functions. */
export function workshopActionsFor(store: WorkbenchStore): WorkshopActions {
  let actions = actionsByStore.get(store);
  if (!actions) {
    actions = createWorkshopActions({
      dispatch: (command, args, options) => store.getState().dispatch(command, args, options),
    });
    actionsByStore.set(store, actions);
  }
  return actions;
}
