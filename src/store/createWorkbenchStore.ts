/**
 * The workbench store: a vanilla Zustand store. Actions are thin: one domain operation and
 * a `set`. Business rules live in the domain.
 *
 * State classes: `document` is saved and exported; `past`/`future`/`selection`/`highlight`
 * are ephemeral (never saved); `readOnly` and `saveState` are session state owned by the
 * persistence wiring in `src/app/`.
 */
import { createStore } from 'zustand/vanilla';
import type { Clock, IdFactory } from '../domain/ports';
import type { WorkbenchDocument, AttributeValue } from '../domain/model/schema';
import type { ComponentPatch, ConnectionPatch } from '../domain/model/operations';
import type { CatalogData as Catalog } from '../domain/catalog/schema';
import type { ProjectStorage } from '../domain/io/storagePort';
import { createAssessmentViewSlice, type AssessmentViewActions, type AssessmentViewState } from './assessmentView';
import { createNavigationSlice, type NavigationActions, type NavigationState } from './navigation';
import { recordLimitProblem } from '../domain/model/recordLimits';
import type { Command, CommandCall, CommandResult } from '../domain/commands/command';
import {
  applyDiff,
  composeDiffs,
  diffDocuments,
  invertDiff,
  isEmptyDiff,
  EMPTY_DIFF,
  type DocumentDiff,
} from '../domain/commands/diff';
import * as editor from '../domain/commands/editorCommands';

export interface StoreDeps {
  catalog: Catalog;
  clock: Clock;
  ids: IdFactory;
}

export type SaveState = { status: 'idle' | 'saving' | 'saved' } | { status: 'error'; message: string };

export interface NoticeAction {
  label: string;
  run(): void;
}

export interface Selection {
  components: string[];
  connections: string[];
}

export interface WorkbenchState extends NavigationState, AssessmentViewState {
  catalog: Catalog;
  /**
   * The clock and id factory, for action sets built outside this module: the workshop and
   * assessment edit actions load with their views (`workshopActionsFor`,
   * `assessmentActionsFor`), not with the first page.
   */
  clock: Clock;
  ids: IdFactory;
  document: WorkbenchDocument;
  /** Undo history as record-level diffs (oldest first); undo applies the inverse of the last. */
  past: DocumentDiff[];
  /** Redo history as diffs (next first). */
  future: DocumentDiff[];
  selection: Selection;
  /** Recommendation whose components are highlighted on the canvas. */
  highlight: string | null;
  readOnly: boolean;
  saveState: SaveState;
  /** Last user-facing message (refused connection, import error, ...). */
  /** The last message for the user; `action` is one button on it (an Undo after a deletion). */
  notice: { kind: 'info' | 'error'; text: string; action?: NoticeAction } | null;
  /** Local storage (projects, snapshots, import/export), set by the composition root; null in tests. */
  storage: ProjectStorage | null;
}

export interface WorkbenchActions extends NavigationActions, AssessmentViewActions {
  /** Replaces the document (open, import, restore); clears history. */
  loadDocument(document: WorkbenchDocument): void;
  /**
   * Applies a document change as one undo step. Changes with the same `coalesce` key in a
   * row (typing in one field) merge into one step.
   */
  commit(change: (doc: WorkbenchDocument, now: string) => WorkbenchDocument, options?: { coalesce?: string }): void;
  /**
   * Runs a command (src/domain/commands) on the document as one undo step and returns its
   * result. Refused (read-only tab, over a record limit, or by the command): the document is
   * unchanged and `refusal` says why; the store's notice shows the first two.
   */
  dispatch<A, V>(command: Command<A, V>, args: A, options?: { coalesce?: string }): CommandResult<V>;
  /** Runs a command call (a command with its arguments as data, from a UI mapper) as `dispatch` does. */
  dispatchCall(call: CommandCall): CommandResult<unknown>;
  /** `parentSize`: the parent's new size when it grows to hold the component (same undo step). */
  addComponent(args: {
    type: string;
    position: { x: number; y: number };
    parentId?: string;
    name?: string;
    parentSize?: { width: number; height: number };
  }): string;
  updateComponents(patches: Record<string, ComponentPatch>, options?: { coalesce?: string }): void;
  setAttribute(componentIds: string[], attribute: string, value: AttributeValue | undefined): void;
  removeSelection(): void;
  connect(args: {
    source: string;
    target: string;
    type: string;
    attributes?: Record<string, AttributeValue>;
  }): { ok: true; id: string } | { ok: false; message: string };
  updateConnection(id: string, patch: ConnectionPatch): void;
  renameDocument(name: string): void;
  updateScope(patch: Partial<WorkbenchDocument['scope']>, options?: { coalesce?: string }): void;
  undo(): void;
  redo(): void;
  select(selection: Partial<Selection>): void;
  setHighlight(recommendationId: string | null): void;
  setReadOnly(readOnly: boolean): void;
  setSaveState(state: SaveState): void;
  notify(notice: WorkbenchState['notice']): void;
}

export type WorkbenchStore = ReturnType<typeof createWorkbenchStore>;

const HISTORY_LIMIT = 200;
const EMPTY_SELECTION: Selection = { components: [], connections: [] };

function refusedWith<V>(document: WorkbenchDocument, message: string): CommandResult<V> {
  return { document, diff: EMPTY_DIFF, value: undefined as V, refusal: { message, problems: [] } };
}

export function createWorkbenchStore(deps: StoreDeps, initial: WorkbenchDocument) {
  const { catalog, clock, ids } = deps;
  let lastCoalesce: string | undefined;
  return createStore<WorkbenchState & WorkbenchActions>()((set, get) => ({
    catalog,
    clock,
    ids,
    document: initial,
    past: [],
    future: [],
    selection: EMPTY_SELECTION,
    highlight: null,
    readOnly: false,
    saveState: { status: 'idle' },
    notice: null,
    storage: null,
    ...createNavigationSlice(set),
    ...createAssessmentViewSlice(set, get),

    loadDocument(document) {
      lastCoalesce = undefined;
      set({ document, past: [], future: [], selection: EMPTY_SELECTION, highlight: null });
    },

    commit(change, options) {
      get().dispatch(
        (doc, _args: undefined, { now }) => {
          const next = change(doc, now);
          return { document: next, diff: diffDocuments(doc, next), value: undefined };
        },
        undefined,
        options,
      );
    },

    dispatch(command, args, options) {
      // The current catalog, not the one the store was created with: packs are composed in later.
      const { document, past, readOnly, catalog: current } = get();
      if (readOnly) {
        const message = 'This project is open read-only in this tab; edits are not applied.';
        set({ notice: { kind: 'error', text: message } });
        return refusedWith(document, message);
      }
      const result = command(document, args, { ids, now: clock(), catalog: current });
      if (result.refusal || result.document === document || isEmptyDiff(result.diff)) return result;
      const overLimit = recordLimitProblem(document, result.document);
      if (overLimit) {
        set({ notice: { kind: 'error', text: overLimit } });
        return { ...refusedWith(document, overLimit), value: result.value };
      }
      const merge = options?.coalesce !== undefined && options.coalesce === lastCoalesce && past.length > 0;
      lastCoalesce = options?.coalesce;
      const history = merge
        ? [...past.slice(0, -1), composeDiffs(past[past.length - 1]!, result.diff)]
        : [...past, result.diff].slice(-HISTORY_LIMIT);
      set({ document: result.document, past: history, future: [] });
      return result;
    },

    dispatchCall({ command, args, coalesce }) {
      // `commandCall` checked the arguments against the command when the call was made.
      return get().dispatch(
        command as Command<unknown, unknown>,
        args,
        coalesce === undefined ? undefined : { coalesce },
      );
    },

    addComponent(args) {
      const { value: id } = get().dispatch(editor.addComponent, args);
      // Not added (read-only tab, over the component limit): nothing to select.
      if (Object.hasOwn(get().document.components, id)) set({ selection: { components: [id], connections: [] } });
      return id;
    },

    updateComponents(patches, options) {
      get().dispatch(editor.updateComponents, patches, options);
    },

    setAttribute(componentIds, attribute, value) {
      get().dispatch(editor.setAttribute, { componentIds, attribute, value });
    },

    removeSelection() {
      const { selection } = get();
      get().dispatch(editor.removeRecords, selection);
      set({ selection: EMPTY_SELECTION });
    },

    connect(args) {
      const result = get().dispatch(editor.connect, args);
      if (result.refusal) {
        set({ notice: { kind: 'error', text: result.refusal.message } });
        return { ok: false, message: result.refusal.message };
      }
      return { ok: true, id: result.value! };
    },

    updateConnection(id, patch) {
      get().dispatch(editor.updateConnection, { id, patch });
    },

    renameDocument(name) {
      get().dispatch(editor.renameDocument, name);
    },

    updateScope(patch, options) {
      get().dispatch(editor.updateScope, patch, options);
    },

    undo() {
      lastCoalesce = undefined;
      const { past, document, future } = get();
      const last = past[past.length - 1];
      if (!last) return;
      set({ document: applyDiff(document, invertDiff(last)), past: past.slice(0, -1), future: [last, ...future] });
    },

    redo() {
      const { past, document, future } = get();
      const next = future[0];
      if (!next) return;
      set({ document: applyDiff(document, next), past: [...past, next], future: future.slice(1) });
    },

    select(selection) {
      set({ selection: { ...EMPTY_SELECTION, ...selection } });
    },

    setHighlight(highlight) {
      set({ highlight });
    },

    setReadOnly(readOnly) {
      set({ readOnly });
    },

    setSaveState(saveState) {
      set({ saveState });
    },

    notify(notice) {
      set({ notice });
    },
  }));
}
