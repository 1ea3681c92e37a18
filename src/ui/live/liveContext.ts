/**
 * What the UI needs of a live workshop across machines (issue 20), implemented by
 * `src/app/live/liveSession.ts` and given through a React context. Without `htw serve`
 * nothing here connects until someone clicks "Share session" or opens a join link.
 */
import { createContext, useContext, useSyncExternalStore } from 'react';

export type LiveRole = 'facilitator' | 'participant' | 'observer';

export interface LivePeer {
  clientId: number;
  name: string;
  color: string;
  role: LiveRole;
  /** The workshop step this person is on, if any. */
  stepId?: string;
}

export type LiveState =
  | { status: 'offline' }
  | { status: 'invited' }
  | { status: 'connecting' }
  | { status: 'live'; role: LiveRole; online: boolean; links?: { participant: string; observer: string }; peers: LivePeer[] }
  | { status: 'error'; message: string };

export interface LiveSessions {
  getState(): LiveState;
  subscribe(listener: () => void): () => void;
  /** Creates a room for the open project and publishes it. */
  share(name: string): Promise<void>;
  /** Joins the room of the join link the page was opened with. */
  join(name: string): Promise<void>;
  leave(): void;
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
