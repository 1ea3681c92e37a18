/**
 * The shape of a checklist filter and the filter that narrows nothing. Their own module
 * because the store's initial view state needs them on the first page, while filtering and
 * grouping (`checklistFilter.ts`, which re-exports these) load with the checklist.
 */
import type { AssessmentStatus } from '../model/schema';
import type { Applicability } from '../rules/types';

export type ChecklistGrouping = 'function' | 'component' | 'threat-source';

/** Which items to show by applicability: in scope = applicable or needs input. */
export type ApplicabilityFilter = 'in-scope' | Applicability | 'all';

/**
 * What the checklist shows. Every criterion narrows the list; empty or `null` criteria do not.
 * `recommendationIds` pins an explicit set (a dashboard gap or cell) until it is cleared.
 */
export interface ChecklistFilter {
  applicability: ApplicabilityFilter;
  statuses: AssessmentStatus[];
  /** A baseline function id, or `none` for items without one (HY-SR-1, pack items that name none). */
  baselineFunction: string | null;
  componentId: string | null;
  threatSourceId: string | null;
  /** Only gaps: applicable items still open (not reviewed, not or partially implemented). */
  gapsOnly: boolean;
  text: string;
  recommendationIds: string[] | null;
  /** Says where a pinned set came from ("HY-BF2 × vm-web"), shown beside the clear button. */
  origin: string | null;
}

export const EMPTY_FILTER: ChecklistFilter = {
  applicability: 'in-scope',
  statuses: [],
  baselineFunction: null,
  componentId: null,
  threatSourceId: null,
  gapsOnly: false,
  text: '',
  recommendationIds: null,
  origin: null,
};
