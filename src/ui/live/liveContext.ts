/**
 * What the UI needs of a live workshop across machines (issue 20), implemented by
 * `src/app/live/liveSession.ts` and given through a React context. Without `htw serve`
 * nothing here connects until someone clicks "Share session" or opens a join link.
 */
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { FlowPoint, FlowViewport, LiveRole, LiveView, Presence } from '../../domain/live/presence';
import type { DecisionProposal } from '../../domain/live/proposals';

export type { LiveRole } from '../../domain/live/presence';

/** Another person in the session (their awareness state, validated by `parsePresence`). */
export interface LivePeer extends Presence {
  clientId: number;
  /** This browser's own entry. */
  self: boolean;
}

/** Following the facilitator: `following`, or stopped by a manual pan (a notice offers to resume). */
export type FollowState = 'off' | 'following' | 'stopped';

export type LiveState =
  | { status: 'offline' }
  | { status: 'invited' }
  | { status: 'connecting' }
  | {
      status: 'live';
      role: LiveRole;
      online: boolean;
      links?: { participant: string; observer: string };
      peers: LivePeer[];
      follow: FollowState;
      /** Decisions participants proposed (valid ones only), oldest first. */
      proposals: DecisionProposal[];
      /** A change this person may not make was refused by the server (the text says which). */
      refusal?: string;
    }
  | { status: 'error'; message: string };

export interface LiveSessions {
  getState(): LiveState;
  subscribe(listener: () => void): () => void;
  /** Creates a room for the open project and publishes it. */
  share(name: string): Promise<void>;
  /** Joins the room of the join link the page was opened with. */
  join(name: string): Promise<void>;
  leave(): void;
  /** This person's pointer on the canvas (flow coordinates), null when it leaves the canvas; sent at most ~20 times a second. */
  setPointer(point: FlowPoint | null): void;
  /** The canvas viewport (the facilitator's is what followers see). */
  setViewport(viewport: FlowViewport): void;
  setView(view: LiveView): void;
  /** Turns following the facilitator on, off, or to "stopped" after a manual pan. */
  setFollow(follow: FollowState): void;
  /** A participant proposes a decision on the running workshop's current step (and item); false when it cannot. */
  proposeDecision(proposal: ProposalInput): boolean;
  /** The facilitator accepts (records it in the decision log) or rejects a proposal; returns why not, or undefined when done. */
  decideProposal(id: string, accept: boolean): string | undefined;
}

export interface ProposalInput {
  text: string;
  status?: DecisionProposal['status'];
}

export const LiveContext = createContext<LiveSessions | null>(null);

export function useLive(): { live: LiveSessions | null; state: LiveState } {
  const live = useContext(LiveContext);
  const state = useSyncExternalStore(
    (listener) => live?.subscribe(listener) ?? (() => {}),
    () => live?.getState() ?? OFFLINE,
  );
  return { live, state };
}

const OFFLINE: LiveState = { status: 'offline' };
