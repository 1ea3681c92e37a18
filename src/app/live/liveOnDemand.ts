/**
 * The live sessions the UI is given at start (issue 20), without the session itself: the
 * session code (liveSession.ts with Yjs and the Hocuspocus provider) is loaded the first time
 * it is needed, when someone shares or joins, or at once when this tab was in a session
 * before a reload. A first visit, and any workbench that never goes live, does not download it.
 * This file is the one on-demand seam of live collaboration (listed in src/ui/lazyViews.ts).
 */
import type { WorkbenchStore } from '../../store/createWorkbenchStore';
import type { LiveSessions, LiveState } from '../../ui/live/liveContext';
import { parseInvite } from './invite';

type LoadSession = () => Promise<{ createLiveSessions(store: WorkbenchStore): LiveSessions }>;

const loadSession: LoadSession = () => import('./liveSession');

/** Where a tab keeps the live session it is in (sessionStorage; read and written by savedSession.ts). */
export const SAVED_SESSION_KEY = 'htw-live-session';

/** Whether this tab was in a live session before a reload (savedSession.ts checks what is there). */
function wasInSession(): boolean {
  try {
    return window.sessionStorage.getItem(SAVED_SESSION_KEY) !== null;
  } catch {
    return false;
  }
}

export function createLiveOnDemand(store: WorkbenchStore, load: LoadSession = loadSession): LiveSessions {
  const listeners = new Set<() => void>();
  // Until the session code is there: what the page was opened with (a join link or nothing).
  let state: LiveState = parseInvite(location.hash) ? { status: 'invited' } : { status: 'offline' };
  let session: LiveSessions | null = null;
  let loading: Promise<LiveSessions> | undefined;

  const notify = () => {
    for (const listener of listeners) listener();
  };
  const set = (next: LiveState) => {
    state = next;
    notify();
  };

  /** The session, loaded once; a failed load (server gone) is retried on the next use. */
  const ready = () =>
    (loading ??= load().then(
      (m) => {
        session = m.createLiveSessions(store);
        session.subscribe(notify);
        return session;
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));

  /** Runs `action` on the loaded session; shows `verb failed` as the session itself would when the load fails. */
  const withSession = async (verb: string, action: (live: LiveSessions) => Promise<void>) => {
    if (session) return action(session);
    set({ status: 'connecting' });
    let live: LiveSessions;
    try {
      live = await ready();
    } catch (error) {
      set({ status: 'error', message: `${verb} failed: ${(error as Error).message}.` });
      return;
    }
    await action(live);
  };

  // A tab reloaded during a session rejoins it at once (the session reads the saved one).
  if (!parseInvite(location.hash) && wasInSession())
    void ready().catch(() =>
      set({ status: 'error', message: 'Rejoining failed: the live session could not be loaded.' }),
    );

  return {
    getState: () => session?.getState() ?? state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    share: (name) => withSession('Sharing', (live) => live.share(name)),
    join: (name) => withSession('Joining', (live) => live.join(name)),
    leave() {
      if (session) session.leave();
      else set({ status: 'offline' });
    },
    // Outside a session these do nothing, as in the session itself.
    setPointer: (point) => session?.setPointer(point),
    setViewport: (viewport) => session?.setViewport(viewport),
    setView: (view) => session?.setView(view),
    setFollow: (follow) => session?.setFollow(follow),
    // Proposals exist only within a live session, which has loaded by then.
    proposeDecision: (proposal) => session?.proposeDecision(proposal) ?? false,
    decideProposal: (id, accept) => (session ? session.decideProposal(id, accept) : 'This proposal is no longer open.'),
  };
}
