/**
 * The part of a workshop only its facilitator writes in a live session (issue 20): title, start
 * and end, agenda (steps, time boxes, time spent), the current step and item, the summary, and
 * the decisions of the log. `htw serve` refuses a participant's update that changes any of it
 * (src/cli/serve/roleRights.ts); after such a refusal the participant's browser keeps its other
 * edits with `withFacilitatorFields`.
 */
import type { WorkbenchDocument, Workshop } from '../model/schema';

export const FACILITATOR_WORKSHOP_FIELDS = [
  'title',
  'startedAt',
  'endedAt',
  'agenda',
  'currentStepId',
  'currentItemId',
  'currentStepEnteredAt',
  'summary',
] as const;

function withSharedRun(local: Workshop, shared: Workshop): Workshop {
  const result: Record<string, unknown> = { ...local };
  for (const field of FACILITATOR_WORKSHOP_FIELDS) {
    if (shared[field] === undefined) delete result[field];
    else result[field] = shared[field];
  }
  // Decisions as the facilitator has them; the participants' own entries (questions, actions) as here.
  const log: Workshop['log'] = {};
  for (const [id, entry] of Object.entries(local.log)) if (entry.kind !== 'decision') log[id] = entry;
  for (const [id, entry] of Object.entries(shared.log)) if (entry.kind === 'decision') log[id] = entry;
  result.log = log;
  return result as unknown as Workshop;
}

/**
 * `local` with every workshop's facilitator part taken from `shared`: workshops `shared` lacks
 * are dropped (a participant starts none), the rest of `local` (model, assessment, questions,
 * actions, parking lot) stays as it is.
 */
export function withFacilitatorFields(local: WorkbenchDocument, shared: WorkbenchDocument): WorkbenchDocument {
  const workshops: WorkbenchDocument['workshops'] = {};
  for (const [id, sharedWorkshop] of Object.entries(shared.workshops)) {
    const localWorkshop = Object.hasOwn(local.workshops, id) ? local.workshops[id] : undefined;
    workshops[id] = localWorkshop ? withSharedRun(localWorkshop, sharedWorkshop) : sharedWorkshop;
  }
  return { ...local, workshops };
}
