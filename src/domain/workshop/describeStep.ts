/**
 * What a workshop step is about, derived from the model at the time it is shown: the
 * components that perform the step's tasks, the tasks, the threats to them, and the
 * recommendations to decide on with their current checklist status.
 */
import type { CatalogData } from '../catalog/schema';
import type { AssessmentStatus, WorkbenchDocument, WorkshopStep } from '../model/schema';
import type { Applicability, Assessment } from '../rules/types';
import { own } from '../model/ownEntry';

export interface StepTaskView {
  id: string;
  name: string;
  /** Names of the model's components that perform or expose the task. */
  components: string[];
  /** Set when the publication leaves the task to another document or treats it as trusted. */
  outOfScope?: string;
}

export interface StepItemView {
  id: string;
  title: string;
  /** What the recommendation asks for, in the catalog's own words. */
  requirement: string;
  applicability: Applicability;
  status: AssessmentStatus;
  owner: string;
  dueDate: string;
  components: string[];
}

export interface StepView {
  id: string;
  kind: WorkshopStep['kind'];
  title: string;
  baselineFunction?: { id: string; name: string; definition: string };
  /** Why the step has no recommendation by design (HY-BF3, SP 800-125A Rev. 1 sec. 1.2 and 2.2.3). */
  noRecommendationReason?: string;
  components: { id: string; name: string }[];
  tasks: StepTaskView[];
  threats: { id: string; name: string }[];
  items: StepItemView[];
}

/**
 * Describes `step` against the current model and assessment. Items keep the order fixed at
 * the start of the workshop; an item whose recommendation left the catalog is still listed,
 * titled by its id, so no decision loses its subject.
 */
export function describeStep(
  step: WorkshopStep,
  document: WorkbenchDocument,
  catalog: CatalogData,
  assessment: Assessment,
): StepView {
  const recommendations = new Map(catalog.recommendations.map((r) => [r.id, r]));
  const checklist = new Map(assessment.checklist.map((item) => [item.recommendationId, item]));
  const componentName = (id: string) => own(document.components, id)?.name ?? id;
  const bf = step.baselineFunctionId
    ? catalog.baselineFunctions.find((b) => b.id === step.baselineFunctionId)
    : undefined;

  const taskIds = bf
    ? catalog.tasks.filter((t) => t.baselineFunction === bf.id).map((t) => t.id)
    : unique(step.items.flatMap((id) => recommendations.get(id)?.tasks ?? []));
  const performers = new Map<string, Set<string>>(taskIds.map((id) => [id, new Set()]));
  for (const finding of assessment.findings) {
    for (const taskId of finding.tasks) performers.get(taskId)?.add(finding.componentId);
  }

  const tasks: StepTaskView[] = taskIds.flatMap((id) => {
    const task = catalog.tasks.find((t) => t.id === id);
    if (!task) return [];
    const view: StepTaskView = { id, name: task.name, components: [...(performers.get(id) ?? [])].map(componentName) };
    if (task.outOfScope) view.outOfScope = task.outOfScope.reason;
    return [view];
  });

  const componentIds = unique([
    ...[...performers.values()].flatMap((set) => [...set]),
    ...step.items.flatMap((id) => checklist.get(id)?.components ?? []),
  ]).filter((id) => Object.hasOwn(document.components, id));

  // Threats to the tasks the model performs; when it performs none (HY-BF3 on most
  // platforms), the function's threats still frame the discussion.
  const performed = taskIds.filter((id) => (performers.get(id)?.size ?? 0) > 0);
  const threatIds = unique([
    ...(performed.length > 0 ? performed : taskIds).flatMap(
      (id) => catalog.tasks.find((t) => t.id === id)?.threats ?? [],
    ),
    ...step.items.flatMap((id) => recommendations.get(id)?.threats ?? []),
  ]);

  const view: StepView = {
    id: step.id,
    kind: step.kind,
    title: step.title,
    components: componentIds.map((id) => ({ id, name: componentName(id) })),
    tasks,
    threats: threatIds.map((id) => ({ id, name: catalog.threats.find((t) => t.id === id)?.name ?? id })),
    items: step.items.map((id) => {
      const rec = recommendations.get(id);
      const item = checklist.get(id);
      const entry = own(document.assessment, id);
      return {
        id,
        title: rec?.title ?? id,
        requirement: rec?.requirement ?? '',
        applicability: item?.applicability ?? 'not-applicable',
        status: item?.status ?? entry?.status ?? 'not-reviewed',
        owner: entry?.owner ?? '',
        dueDate: entry?.dueDate ?? '',
        components: (item?.components ?? []).map(componentName),
      };
    }),
  };
  if (bf) {
    view.baselineFunction = { id: bf.id, name: bf.name, definition: bf.definition };
    if (bf.noRecommendationReason) view.noRecommendationReason = bf.noRecommendationReason;
  }
  return view;
}

function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}
