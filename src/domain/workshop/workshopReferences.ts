/**
 * The references inside a document's workshops, checked when a document is read (an imported
 * file or a stored row), so a hand-edited or forged file cannot put the workshop screens or
 * the presenter in a state the workbench itself never makes (issue 22 item 10). What the
 * workshop operations guarantee, and so what is checked here:
 * - every record's key equals its id (workshops, participants, log, parking lot);
 * - step ids are unique; the current step is on the agenda, and the current item (if any)
 *   is one of the current step's items;
 * - log entries and parked topics belong to a step on the agenda and were recorded by a
 *   participant of the workshop; private notes belong to a step on the agenda;
 * - at most one workshop is running (started, not ended).
 */
import type { WorkbenchDocument, Workshop } from '../model/schema';

/** What is wrong and where (JSON path segments from the document's top level). */
export interface WorkshopReferenceProblem {
  path: PropertyKey[];
  message: string;
}

function workshopProblem(key: string, w: Workshop): WorkshopReferenceProblem | undefined {
  const at = (...path: PropertyKey[]) => ['workshops', key, ...path];
  if (w.id !== key) return { path: at('id'), message: `the id "${w.id}" differs from its key` };
  const steps = new Set<string>();
  for (const [i, step] of w.agenda.entries()) {
    if (steps.has(step.id))
      return { path: at('agenda', i, 'id'), message: `the step id "${step.id}" is used twice in the agenda` };
    steps.add(step.id);
  }
  const current = w.agenda.find((s) => s.id === w.currentStepId);
  if (!current)
    return {
      path: at('currentStepId'),
      message: `the current step "${w.currentStepId}" is not on the workshop's agenda`,
    };
  if (w.currentItemId !== undefined && !current.items.includes(w.currentItemId)) {
    return {
      path: at('currentItemId'),
      message: `the current item "${w.currentItemId}" is not an item of the current step "${current.id}"`,
    };
  }
  for (const [id, p] of Object.entries(w.participants)) {
    if (p.id !== id) return { path: at('participants', id, 'id'), message: `the id "${p.id}" differs from its key` };
  }
  const records = [
    ['log', 'log entry', w.log],
    ['parkingLot', 'parked topic', w.parkingLot],
  ] as const;
  for (const [field, what, entries] of records) {
    for (const [id, e] of Object.entries(entries)) {
      if (e.id !== id) return { path: at(field, id, 'id'), message: `the id "${e.id}" differs from its key` };
      if (!Object.hasOwn(w.participants, e.by))
        return {
          path: at(field, id, 'by'),
          message: `the ${what} is by "${e.by}", who is not a participant of the workshop`,
        };
      if (!steps.has(e.stepId))
        return {
          path: at(field, id, 'stepId'),
          message: `the ${what} belongs to the step "${e.stepId}", which is not on the agenda`,
        };
    }
  }
  for (const stepId of Object.keys(w.privateNotes)) {
    if (!steps.has(stepId))
      return {
        path: at('privateNotes', stepId),
        message: `the note belongs to the step "${stepId}", which is not on the agenda`,
      };
  }
  return undefined;
}

/** The first broken workshop reference of `doc`, or undefined when every one resolves. */
export function workshopReferenceProblem(
  doc: Pick<WorkbenchDocument, 'workshops'>,
): WorkshopReferenceProblem | undefined {
  const running: string[] = [];
  for (const [key, w] of Object.entries(doc.workshops)) {
    const problem = workshopProblem(key, w);
    if (problem) return problem;
    if (w.endedAt === undefined) running.push(key);
  }
  if (running.length > 1) {
    return {
      path: ['workshops', running[1]!, 'endedAt'],
      message: `${running.length} workshops are running (${running.map((k) => `"${k}"`).join(', ')}); at most one may run at a time`,
    };
  }
  return undefined;
}
