/**
 * The workbench store: a vanilla Zustand store. Actions are thin: one domain operation and
 * a `set`. Business rules live in the domain.
 *
 * State classes: `document` is saved and exported; `past`/`future`/`selection`/`highlight`
 * are ephemeral (never saved); `readOnly` and `saveState` are session state owned by the
 * persistence wiring in `src/app/`.
 */
import { CONTAINER_SIZE } from '../domain/model/geometry';
import { createStore } from 'zustand/vanilla';
import type { Clock, IdFactory } from '../domain/ports';
import type { WorkbenchDocument, Component, Connection, AttributeValue } from '../domain/model/schema';
import type { ComponentPatch, ConnectionPatch } from '../domain/model/operations';
import {
  addComponents,
  addConnections,
  removeComponents,
  removeConnections,
  updateComponents,
  updateConnection,
  renameDocument,
  updateScope,
} from '../domain/model/operations';
import type { CatalogData as Catalog } from '../domain/catalog/schema';
import { checkConnection, defaultAttributes, defaultComponentName } from '../domain/model/componentDefaults';
import type { ProjectStorage } from '../domain/io/storagePort';
import { createAssessmentViewSlice, type AssessmentViewActions, type AssessmentViewState } from './assessmentView';
import { recordLimitProblem } from '../domain/model/recordLimits';

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

export interface WorkbenchState extends AssessmentViewState {
  catalog: Catalog;
  /**
   * The clock and id factory, for action sets built outside this module: the workshop and
   * assessment edit actions load with their views (`workshopActionsFor`,
   * `assessmentActionsFor`), not with the first page.
   */
  clock: Clock;
  ids: IdFactory;
  document: WorkbenchDocument;
  past: WorkbenchDocument[];
  future: WorkbenchDocument[];
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

export interface WorkbenchActions extends AssessmentViewActions {
  /** Replaces the document (open, import, restore); clears history. */
  loadDocument(document: WorkbenchDocument): void;
  /**
   * Applies a document change as one undo step. Changes with the same `coalesce` key in a
   * row (typing in one field) merge into one step.
   */
  commit(change: (doc: WorkbenchDocument, now: string) => WorkbenchDocument, options?: { coalesce?: string }): void;
  /** `parentSize`: the parent's new size when it grows to hold the component (same undo step). */
  addComponent(args: { type: string; position: { x: number; y: number }; parentId?: string; name?: string; parentSize?: { width: number; height: number } }): string;
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
    ...createAssessmentViewSlice(set, get),

    loadDocument(document) {
      lastCoalesce = undefined;
      set({ document, past: [], future: [], selection: EMPTY_SELECTION, highlight: null });
    },

    commit(change, options) {
      const { document, past, readOnly } = get();
      if (readOnly) {
        set({ notice: { kind: 'error', text: 'This project is open read-only in this tab; edits are not applied.' } });
        return;
      }
      const next = change(document, clock());
      if (next === document) return;
      const overLimit = recordLimitProblem(document, next);
      if (overLimit) {
        set({ notice: { kind: 'error', text: overLimit } });
        return;
      }
      const merge = options?.coalesce !== undefined && options.coalesce === lastCoalesce && past.length > 0;
      lastCoalesce = options?.coalesce;
      set({ document: next, past: merge ? past : [...past, document].slice(-HISTORY_LIMIT), future: [] });
    },

    addComponent({ type, position, parentId, name, parentSize }) {
      const id = ids();
      get().commit((doc, now) => {
        const component: Component = {
          id,
          type,
          name: name ?? defaultComponentName(catalog, doc, type),
          notes: '',
          position,
          attributes: defaultAttributes(catalog, type),
          ...(parentId ? { parentId } : {}),
        };
        const spec = catalog.componentTypes.find((t) => t.id === type);
        if (spec?.container) component.size = { ...CONTAINER_SIZE };
        const added = addComponents(doc, [component], now);
        return parentId && parentSize && doc.components[parentId] ? updateComponents(added, { [parentId]: { size: parentSize } }, now) : added;
      });
      // Not added (read-only tab, over the component limit): nothing to select.
      if (Object.hasOwn(get().document.components, id)) set({ selection: { components: [id], connections: [] } });
      return id;
    },

    updateComponents(patches, options) {
      get().commit((doc, now) => updateComponents(doc, patches, now), options);
    },

    setAttribute(componentIds, attribute, value) {
      const patches: Record<string, ComponentPatch> = {};
      for (const id of componentIds) patches[id] = { attributes: { [attribute]: value } };
      get().commit((doc, now) => updateComponents(doc, patches, now));
    },

    removeSelection() {
      const { selection } = get();
      get().commit((doc, now) => removeComponents(removeConnections(doc, selection.connections, now), selection.components, now));
      set({ selection: EMPTY_SELECTION });
    },

    connect({ source, target, type, attributes }) {
      const { document } = get();
      const check = checkConnection(catalog, document, source, target, type);
      if (!check.ok) {
        set({ notice: { kind: 'error', text: check.message } });
        return check;
      }
      const id = ids();
      const connection: Connection = { id, type, source, target, label: '', attributes: attributes ?? {} };
      get().commit((doc, now) => addConnections(doc, [connection], now));
      return { ok: true, id };
    },

    updateConnection(id, patch) {
      get().commit((doc, now) => updateConnection(doc, id, patch, now));
    },

    renameDocument(name) {
      get().commit((doc, now) => renameDocument(doc, name, now));
    },

    updateScope(patch, options) {
      get().commit((doc, now) => updateScope(doc, patch, now), options);
    },

    undo() {
      lastCoalesce = undefined;
      const { past, document, future } = get();
      const previous = past[past.length - 1];
      if (!previous) return;
      set({ document: previous, past: past.slice(0, -1), future: [document, ...future] });
    },

    redo() {
      const { past, document, future } = get();
      const next = future[0];
      if (!next) return;
      set({ document: next, past: [...past, document], future: future.slice(1) });
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
