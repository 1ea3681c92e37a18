/**
 * Keeps each project's view state (checklist filter and grouping, open tab and view, unsaved
 * assessment drafts) across reloads and project switches. Stored text is checked field by
 * field before it reaches the store: anything unexpected is dropped, never trusted.
 */
import { ASSESSMENT_STATUSES } from '../domain/model/schema';
import { EMPTY_FILTER, type ChecklistFilter } from '../domain/checklist/checklistFilterDefaults';
import type { AssessmentDraft, PersistedViewState } from '../store/assessmentView';
import type { WorkbenchStore } from '../store/createWorkbenchStore';
import { readViewState, writeViewState } from '../persistence/viewStateStore';

const DRAFT_FIELDS = [
  'justification',
  'approver',
  'approvedAt',
  'expiresAt',
  'owner',
  'dueDate',
  'verifiedBy',
  'verifiedAt',
  'comments',
] as const;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isStatus = (v: unknown): v is AssessmentDraft['status'] =>
  (ASSESSMENT_STATUSES as readonly unknown[]).includes(v);

function parseDraft(raw: unknown): AssessmentDraft | undefined {
  if (!isRecord(raw) || !isStatus(raw.status)) return undefined;
  if (!DRAFT_FIELDS.every((f) => isString(raw[f]))) return undefined;
  return Object.fromEntries([['status', raw.status], ...DRAFT_FIELDS.map((f) => [f, raw[f]])]) as AssessmentDraft;
}

function parseFilter(raw: unknown): Partial<ChecklistFilter> {
  if (!isRecord(raw)) return {};
  const out: Partial<ChecklistFilter> = {};
  for (const key of Object.keys(EMPTY_FILTER) as (keyof ChecklistFilter)[]) {
    const value = raw[key];
    const fallback = EMPTY_FILTER[key];
    const ok =
      key === 'statuses'
        ? Array.isArray(value) && value.every(isStatus)
        : key === 'recommendationIds'
          ? value === null || (Array.isArray(value) && value.every(isString))
          : fallback === null
            ? value === null || isString(value)
            : typeof value === typeof fallback;
    if (ok) (out as Record<string, unknown>)[key] = value;
  }
  return out;
}

/** The parts of a stored view state that have the expected shape. */
export function parseViewState(raw: unknown): Partial<PersistedViewState> {
  if (!isRecord(raw)) return {};
  const out: Partial<PersistedViewState> = {
    checklistFilter: { ...EMPTY_FILTER, ...parseFilter(raw.checklistFilter) },
  };
  if (raw.sidePanel === 'inspector' || raw.sidePanel === 'checklist') out.sidePanel = raw.sidePanel;
  if (raw.mainView === 'model' || raw.mainView === 'dashboard') out.mainView = raw.mainView;
  if (
    raw.checklistGrouping === 'function' ||
    raw.checklistGrouping === 'component' ||
    raw.checklistGrouping === 'threat-source'
  ) {
    out.checklistGrouping = raw.checklistGrouping;
  }
  if (isRecord(raw.assessmentDrafts)) {
    const drafts: Record<string, AssessmentDraft> = {};
    for (const [key, value] of Object.entries(raw.assessmentDrafts)) {
      const draft = parseDraft(value);
      if (draft) drafts[key] = draft;
    }
    out.assessmentDrafts = drafts;
  }
  return out;
}

function pick(state: PersistedViewState): PersistedViewState {
  const { sidePanel, mainView, checklistFilter, checklistGrouping, assessmentDrafts } = state;
  return { sidePanel, mainView, checklistFilter, checklistGrouping, assessmentDrafts };
}

/** Restores the open project's view state now and on every project switch, and writes each change. */
export function keepViewStatePerProject(store: WorkbenchStore): () => void {
  let projectId = store.getState().document.id;
  store.getState().restoreViewState(parseViewState(readViewState(projectId)));
  let last = pick(store.getState());
  return store.subscribe((state) => {
    if (state.document.id !== projectId) {
      projectId = state.document.id;
      state.restoreViewState(parseViewState(readViewState(projectId)));
      last = pick(store.getState());
      return;
    }
    const next = pick(state);
    const changed = (Object.keys(next) as (keyof PersistedViewState)[]).some((k) => next[k] !== last[k]);
    if (!changed) return;
    last = next;
    writeViewState(projectId, next);
  });
}
