/**
 * What a participant may not write, checked by `htw serve` on every update before Hocuspocus
 * applies it (issue 20): only the facilitator runs the workshop (starts and ends it, moves the
 * current step and item, the timer, the agenda) and records decisions. Participants edit the
 * model, add questions, actions and parking-lot topics, and propose decisions (open proposals
 * only: the facilitator accepts or rejects them, `domain/live/proposals.ts`); observers write
 * nothing (their connection is read-only).
 *
 * The update is applied to a scratch copy of the room; the workshop fields above are compared
 * before and after, so the check holds whatever way a client encodes its change.
 */
import * as Y from 'yjs';
import { PROPOSALS_MAP, participantProposalRefusal } from '../../domain/live/proposals';
import { updateInMessage } from './protocolMessages';
import { FACILITATOR_WORKSHOP_FIELDS } from '../../domain/live/facilitatorFields';

export { updateInMessage } from './protocolMessages';

/** The facilitator's fields of every workshop, as comparable JSON. */
function facilitatorFields(doc: Y.Doc): string {
  const result: Record<string, unknown> = {};
  doc.getMap<unknown>('workshops').forEach((value, id) => {
    const workshop = value instanceof Y.Map ? (value.toJSON() as Record<string, unknown>) : { value };
    const log =
      workshop.log && typeof workshop.log === 'object' ? (workshop.log as Record<string, { kind?: unknown }>) : {};
    const decisions = Object.entries(log).filter(([, entry]) => entry?.kind === 'decision');
    result[id] = {
      ...Object.fromEntries(FACILITATOR_WORKSHOP_FIELDS.map((field) => [field, workshop[field]])),
      decisions: Object.fromEntries(decisions),
    };
  });
  return JSON.stringify(result);
}

export const FACILITATOR_ONLY = 'only the facilitator may change the workshop step, timer, agenda or decisions';

/**
 * Why a participant's message must not be applied to `document`, or undefined when it may.
 * A message that cannot be read is refused too.
 */
export function participantRefusal(document: Y.Doc, message: Uint8Array): string | undefined {
  let update: Uint8Array | undefined;
  try {
    update = updateInMessage(message);
  } catch {
    return 'the message could not be read';
  }
  return update ? participantUpdateRefusal(document, update) : undefined;
}

/** Why a participant's Yjs update must not be applied to `document`, or undefined when it may. */
export function participantUpdateRefusal(document: Y.Doc, update: Uint8Array): string | undefined {
  const scratch = new Y.Doc();
  Y.applyUpdate(scratch, Y.encodeStateAsUpdate(document));
  const before = facilitatorFields(scratch);
  const proposalsBefore = scratch.getMap(PROPOSALS_MAP).toJSON();
  try {
    Y.applyUpdate(scratch, update);
  } catch {
    scratch.destroy();
    return 'the update could not be read';
  }
  const after = facilitatorFields(scratch);
  const proposalsAfter = scratch.getMap(PROPOSALS_MAP).toJSON();
  scratch.destroy();
  if (before !== after) return FACILITATOR_ONLY;
  return participantProposalRefusal(proposalsBefore, proposalsAfter);
}
