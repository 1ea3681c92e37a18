/**
 * Proposed decisions of a live workshop (issue 20): a participant proposes a decision (the text
 * and, for the item under discussion, a checklist status); the facilitator accepts it, which
 * records it in the decision log like any decision, or rejects it. Observers propose nothing.
 *
 * Proposals live in the session's Y.Doc (map `proposals`, id -> JSON), not in the project: an
 * accepted one lives on as the decision it became, the others end with the session. They come
 * from other clients, so each one is checked here before anything shows it, and
 * `participantProposalRefusal` is the rule `htw serve` holds participants to: they may add open
 * proposals, never change, decide or delete one.
 */
import { ASSESSMENT_STATUSES, LIMITS, type AssessmentStatus } from '../model/schema';

export const PROPOSALS_MAP = 'proposals';
export const PROPOSAL_STATES = ['open', 'accepted', 'rejected'] as const;
export type ProposalState = (typeof PROPOSAL_STATES)[number];

export interface DecisionProposal {
  id: string;
  workshopId: string;
  stepId: string;
  /** The recommendation under discussion when it was proposed. */
  itemId?: string;
  status?: AssessmentStatus;
  text: string;
  /** The proposer's name in the session (text, never HTML). */
  by: string;
  at: string;
  state: ProposalState;
}

/** More than any honest workshop makes; a room holding more refuses new ones. */
export const MAX_PROPOSALS = 500;
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const ITEM = /^[A-Za-z0-9._-]{1,64}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const FIELDS = new Set(['id', 'workshopId', 'stepId', 'itemId', 'status', 'text', 'by', 'at', 'state']);

const text = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;

/** The proposal a shared value describes, or null when any field is missing or wrong (it is then ignored). */
export function parseProposal(id: string, value: unknown): DecisionProposal | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  if (!Object.keys(v).every((key) => FIELDS.has(key))) return null;
  if (
    v.id !== id ||
    !ID.test(id) ||
    typeof v.workshopId !== 'string' ||
    !ID.test(v.workshopId) ||
    typeof v.stepId !== 'string' ||
    !ID.test(v.stepId)
  )
    return null;
  if (v.itemId !== undefined && (typeof v.itemId !== 'string' || !ITEM.test(v.itemId))) return null;
  if (v.status !== undefined && !(ASSESSMENT_STATUSES as readonly unknown[]).includes(v.status)) return null;
  if (v.status !== undefined && v.itemId === undefined) return null;
  if (!text(v.text, LIMITS.shortText) || !text(v.by, 80) || v.by.trim() === '') return null;
  if (v.text.trim() === '' && v.status === undefined) return null;
  if (typeof v.at !== 'string' || !DATE_TIME.test(v.at)) return null;
  if (!(PROPOSAL_STATES as readonly unknown[]).includes(v.state)) return null;
  return {
    id,
    workshopId: v.workshopId,
    stepId: v.stepId,
    ...(v.itemId !== undefined ? { itemId: v.itemId as string } : {}),
    ...(v.status !== undefined ? { status: v.status as AssessmentStatus } : {}),
    text: v.text,
    by: v.by,
    at: v.at,
    state: v.state as ProposalState,
  };
}

/** The valid proposals of a shared map (id -> value), oldest first; `ignored` counts the others. */
export function readProposals(entries: Iterable<[string, unknown]>): {
  proposals: DecisionProposal[];
  ignored: number;
} {
  const proposals: DecisionProposal[] = [];
  let ignored = 0;
  for (const [id, value] of entries) {
    const proposal = parseProposal(id, value);
    if (proposal) proposals.push(proposal);
    else ignored += 1;
  }
  proposals.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1));
  return { proposals, ignored };
}

export const PROPOSALS_ONLY_OPEN =
  'participants may only add open decision proposals; the facilitator accepts or rejects them';

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Why a participant's change of the proposals (the map before and after, as JSON) is refused,
 * or undefined when it only adds valid open proposals.
 */
export function participantProposalRefusal(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): string | undefined {
  for (const [id, value] of Object.entries(before)) {
    if (!Object.hasOwn(after, id) || !sameValue(value, after[id])) return PROPOSALS_ONLY_OPEN;
  }
  const added = Object.keys(after).filter((id) => !Object.hasOwn(before, id));
  if (added.length === 0) return undefined;
  if (Object.keys(after).length > MAX_PROPOSALS) return `a session holds at most ${MAX_PROPOSALS} decision proposals`;
  for (const id of added) {
    const proposal = parseProposal(id, after[id]);
    if (!proposal) return 'a decision proposal is not valid';
    if (proposal.state !== 'open') return PROPOSALS_ONLY_OPEN;
  }
  return undefined;
}
