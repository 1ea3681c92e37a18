/**
 * Live workshops across machines (issue 20): a Hocuspocus provider on the page's own origin
 * (`/sync` of `htw serve`, so the CSP's `connect-src 'self'` covers it), a Y.Doc bound to the
 * store (`storeBinding.ts`) and presence over Yjs awareness. This module loads only when a
 * session starts (liveOnDemand.ts), the engine (Yjs, the provider) with it: an offline
 * workbench never downloads them nor opens a socket.
 */
import type * as Y from 'yjs';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import type { WorkbenchStore } from '../../store/createWorkbenchStore';
import { activeWorkshop } from '../../domain/workshop/workshopOps';
import type { FollowState, LivePeer, LiveSessions, LiveState } from '../../ui/live/liveContext';
import { PROPOSALS_MAP, readProposals, type DecisionProposal } from '../../domain/live/proposals';
import { MAX_PRESENCE_SELECTION, parsePresence, type FlowPoint, type LiveRole } from '../../domain/live/presence';
import { refusalText } from './refusal';
import { clearSavedSession, readSavedSession, saveSession, type SavedSession } from './savedSession';
import type { StoreBinding } from './storeBinding';
import type { CarriedEdits } from './recovery';
import type { WorkbenchDocument } from '../../domain/model/schema';
import { parseInvite, type Invite } from './invite';
import { LIMITS } from '../../domain/model/schema';

const loadEngine = () => import('./liveEngine');

const COLORS = ['#b03a2e', '#1f618d', '#117a65', '#9a7d0a', '#6c3483', '#a04000', '#2e4053'];
const SYNC_TIMEOUT_MS = 10_000;
/** ~20 pointer updates a second. */
const POINTER_INTERVAL_MS = 50;

type Provider = HocuspocusProvider;

function syncUrl(): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/sync`;
}

function dropInviteFromAddressBar(): void {
  history.replaceState(null, '', `${location.pathname}${location.search}#workshop`);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

/** The join link of `invite` (see invite.ts). */
function inviteLink(origin: string, invite: Invite): string {
  return `${origin}/#join=${invite.room}.${invite.key}`;
}

/** A random URL-safe secret of `bytes` bytes (base64url). */
function randomSecret(bytes = 32): string {
  const data = crypto.getRandomValues(new Uint8Array(bytes));
  return btoa(String.fromCharCode(...data))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');
}

export function createLiveSessions(store: WorkbenchStore): LiveSessions {
  const listeners = new Set<() => void>();
  const invite = parseInvite(location.hash);
  // A tab reloaded during a session rejoins it (same room, name and role) without asking again.
  const saved = invite ? undefined : readSavedSession();
  let state: LiveState = invite ? { status: 'invited' } : { status: 'offline' };
  let provider: Provider | null = null;
  /** The Y.Doc of the session this browser is in. */
  let sharedDoc: Y.Doc | null = null;
  let binding: StoreBinding | null = null;
  let stopPresence: (() => void) | null = null;
  let stopNetworkWatch: (() => void) | null = null;

  const set = (next: LiveState) => {
    state = next;
    for (const listener of listeners) listener();
  };
  const fail = (message: string) => {
    teardown();
    set({ status: 'error', message });
  };
  function teardown() {
    stopNetworkWatch?.();
    stopNetworkWatch = null;
    stopPresence?.();
    binding?.stop();
    provider?.destroy();
    stopPresence = null;
    binding = null;
    provider = null;
    sharedDoc = null;
  }

  /** The engine, once a session loaded it. */
  let engine: Awaited<ReturnType<typeof loadEngine>> | null = null;

  async function connect(
    room: string,
    token: string,
  ): Promise<{ provider: Provider; ydoc: Y.Doc; role: 'read-write' | 'readonly' }> {
    engine = await loadEngine();
    const { HocuspocusProvider, Y } = engine;
    const ydoc = new Y.Doc();
    return new Promise((resolve, reject) => {
      let scope: 'read-write' | 'readonly' = 'read-write';
      const timer = setTimeout(
        () => reject(new Error('the sync server did not answer; live sessions need the app served by `htw serve`')),
        SYNC_TIMEOUT_MS,
      );
      const created = new HocuspocusProvider({
        url: syncUrl(),
        name: room,
        document: ydoc,
        token,
        onAuthenticated: ({ scope: granted }) => {
          scope = granted === 'readonly' ? 'readonly' : 'read-write';
        },
        onAuthenticationFailed: ({ reason }) => {
          clearTimeout(timer);
          created.destroy();
          reject(new Error(`the server refused the join key (${reason})`));
        },
        onSynced: () => {
          clearTimeout(timer);
          resolve({ provider: created, ydoc, role: scope });
        },
      });
      provider = created;
      sharedDoc = ydoc;
    });
  }

  /** Mutable presence fields this browser publishes besides its name (see `domain/live/presence.ts`). */
  let follow: FollowState = 'off';
  let pointerTimer: ReturnType<typeof setTimeout> | null = null;
  let pendingPointer: FlowPoint | null | undefined;
  let lastPointerAt = 0;
  let liveRole: LiveRole = 'participant';
  let liveName = '';
  let liveLinks: { participant: string; observer: string } | undefined;
  let refusal: string | undefined;
  let proposals: DecisionProposal[] = [];
  let refresh: () => void = () => {};

  function startPresence(name: string, role: LiveRole, links?: { participant: string; observer: string }) {
    const awareness = provider!.awareness!;
    liveRole = role;
    liveName = name;
    liveLinks = links;
    const color = COLORS[awareness.clientID % COLORS.length]!;
    const publish = () => {
      const stepId = activeWorkshop(store.getState().document)?.currentStepId;
      awareness.setLocalStateField('user', { name, color, role, ...(stepId ? { stepId } : {}) });
    };
    publish();
    awareness.setLocalStateField('selection', store.getState().selection.components.slice(0, MAX_PRESENCE_SELECTION));
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.document.workshops !== prev.document.workshops) publish();
      if (s.selection.components !== prev.selection.components)
        awareness.setLocalStateField('selection', s.selection.components.slice(0, MAX_PRESENCE_SELECTION));
    });
    refresh = () => {
      const peers: LivePeer[] = [];
      awareness.getStates().forEach((value, clientId) => {
        // Another client's state is untrusted: checked as a whole, ignored when it fails.
        const presence = parsePresence(value);
        if (presence) peers.push({ ...presence, clientId, self: clientId === awareness.clientID });
      });
      const online = provider?.isSynced ?? false;
      set({
        status: 'live',
        role: liveRole,
        online,
        peers,
        follow,
        proposals,
        ...(liveLinks ? { links: liveLinks } : {}),
        ...(refusal ? { refusal } : {}),
      });
    };
    const onStateless = ({ payload }: { payload: string }) => {
      const text = refusalText(payload);
      if (!text) return;
      refusal = text;
      store.getState().notify({ kind: 'error', text });
      // Yjs integrates a client's updates in order: after a refused one the server would hold
      // back every later edit of this document. Rejoining with a fresh Y.Doc takes the shared
      // state back (the refused change is undone here too) and lets edits flow again.
      // The edits made after the refused one are kept: carried over to the fresh Y.Doc.
      const session = readSavedSession();
      const carried = sharedDoc ? { old: sharedDoc, atTeardown: store.getState().document } : undefined;
      teardown();
      if (session)
        void enter(session, 'Rejoining', carried).then(() => {
          refusal = text;
          refresh();
        });
    };
    // Proposals come from other clients: only valid ones are shown; read again when the map changes.
    const proposalMap = sharedDoc!.getMap<unknown>(PROPOSALS_MAP);
    let ignoredProposals = 0;
    const readProposalMap = () => {
      const read = readProposals(proposalMap.entries());
      proposals = read.proposals;
      if (read.ignored > ignoredProposals) onRefused('a decision proposal that is not valid was ignored');
      ignoredProposals = read.ignored;
      refresh();
    };
    const initial = readProposals(proposalMap.entries());
    proposals = initial.proposals;
    ignoredProposals = initial.ignored;
    proposalMap.observe(readProposalMap);
    awareness.on('change', refresh);
    provider!.on('status', refresh);
    provider!.on('synced', refresh);
    provider!.on('stateless', onStateless);
    refresh();
    watchNetwork();
    stopPresence = () => {
      unsubscribe();
      if (pointerTimer) clearTimeout(pointerTimer);
      pointerTimer = null;
      awareness.off('change', refresh);
      proposalMap.unobserve(readProposalMap);
      proposals = [];
      provider?.off('stateless', onStateless);
      follow = 'off';
      refusal = undefined;
    };
  }

  /** At most one pointer message per POINTER_INTERVAL_MS; the last position always goes out. */
  function sendPointer(point: FlowPoint | null) {
    const awareness = provider?.awareness;
    if (!awareness || state.status !== 'live') return;
    pendingPointer = point;
    if (pointerTimer) return;
    const wait = Math.max(0, lastPointerAt + POINTER_INTERVAL_MS - Date.now());
    pointerTimer = setTimeout(() => {
      pointerTimer = null;
      lastPointerAt = Date.now();
      const next = pendingPointer;
      pendingPointer = undefined;
      if (next === undefined) return;
      awareness.setLocalStateField('pointer', next ? { x: Math.round(next.x), y: Math.round(next.y) } : null);
    }, wait);
  }

  /**
   * A laptop that loses its network may keep a dead socket for a long while before the
   * provider notices; the browser's offline event closes it at once, so the person sees they
   * are offline, keeps editing the local Y.Doc, and the provider syncs both ways when the
   * online event reconnects it.
   */
  function watchNetwork() {
    const goOffline = () => provider?.disconnect();
    const goOnline = () => void provider?.connect();
    window.addEventListener('offline', goOffline);
    window.addEventListener('online', goOnline);
    stopNetworkWatch = () => {
      window.removeEventListener('offline', goOffline);
      window.removeEventListener('online', goOnline);
    };
  }

  const onRefused = (message: string) =>
    store.getState().notify({ kind: 'error', text: `A change from the live session was refused: ${message}` });

  if (saved) queueMicrotask(() => void enter(saved, 'Rejoining'));

  const sessions: LiveSessions = {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    async share(name) {
      if (state.status === 'live' || state.status === 'connecting') return;
      set({ status: 'connecting' });
      const keys = {
        room: randomSecret(16),
        facilitator: randomSecret(),
        participant: randomSecret(),
        observer: randomSecret(),
      };
      try {
        const { bindStore, isEmptyShared } = await loadEngine();
        const { ydoc } = await connect(
          keys.room,
          JSON.stringify({ key: keys.facilitator, create: { participant: keys.participant, observer: keys.observer } }),
        );
        if (!isEmptyShared(ydoc)) throw new Error('the new room is not empty');
        binding = bindStore(store, ydoc, { publish: true, onRefused });
        const link = (key: string) => inviteLink(location.origin, { room: keys.room, key } satisfies Invite);
        const links = { participant: link(keys.participant), observer: link(keys.observer) };
        saveSession({
          room: keys.room,
          key: keys.facilitator,
          name,
          role: 'facilitator',
          projectId: store.getState().document.id,
          links,
        });
        startPresence(name, 'facilitator', links);
      } catch (error) {
        fail(`Sharing failed: ${(error as Error).message}.`);
      }
    },

    async join(name) {
      if (!invite || state.status === 'live' || state.status === 'connecting') return;
      await enter({ room: invite.room, key: invite.key, name, role: 'participant' }, 'Joining');
    },

    leave() {
      clearSavedSession();
      teardown();
      set({ status: 'offline' });
    },

    setPointer: sendPointer,

    setViewport(viewport) {
      const awareness = provider?.awareness;
      // Only the facilitator's viewport is followed; the others keep theirs to themselves.
      if (!awareness || state.status !== 'live' || liveRole !== 'facilitator') return;
      // Unrounded: a follower's canvas shows exactly what the facilitator's shows.
      awareness.setLocalStateField('viewport', { x: viewport.x, y: viewport.y, zoom: viewport.zoom });
    },

    setView(view) {
      const awareness = provider?.awareness;
      if (!awareness || state.status !== 'live') return;
      if (awareness.getLocalState()?.view !== view) awareness.setLocalStateField('view', view);
    },

    setFollow(next) {
      if (state.status !== 'live' || liveRole === 'facilitator' || follow === next) return;
      follow = next;
      refresh();
    },

    proposeDecision({ text, status }) {
      const workshop = activeWorkshop(store.getState().document);
      if (!sharedDoc || state.status !== 'live' || liveRole !== 'participant' || !workshop) return false;
      const itemId = workshop.currentItemId;
      if (text.trim() === '' && !(status && itemId)) return false;
      const id = randomSecret(12);
      const proposal: DecisionProposal = {
        id,
        workshopId: workshop.id,
        stepId: workshop.currentStepId,
        ...(itemId ? { itemId } : {}),
        ...(status && itemId ? { status } : {}),
        text: text.trim(),
        by: liveName,
        at: new Date().toISOString(),
        state: 'open',
      };
      sharedDoc.getMap<unknown>(PROPOSALS_MAP).set(id, proposal);
      return true;
    },

    decideProposal(id, accept) {
      const proposal = proposals.find((p) => p.id === id);
      if (!sharedDoc || liveRole !== 'facilitator' || !proposal || proposal.state !== 'open')
        return 'This proposal is no longer open.';
      if (accept) {
        const document = store.getState().document;
        const workshop = activeWorkshop(document);
        if (!workshop || workshop.id !== proposal.workshopId)
          return 'The workshop this proposal was made in is not running.';
        const people = Object.values(workshop.participants);
        const by = (people.find((p) => p.role === 'facilitator') ?? people[0])?.id;
        if (!by) return 'The workshop has nobody to record the decision for.';
        if (!engine) return 'The live session is not connected.';
        const result = store.getState().dispatch(engine.recordWorkshopEntry, {
          kind: 'decision',
          // An empty text stays empty: "proposed by" must not pass for a justification.
          text: proposal.text ? `${proposal.text} (proposed by ${proposal.by})`.slice(0, LIMITS.shortText) : '',
          by,
          ...(proposal.itemId ? { itemId: proposal.itemId } : {}),
          ...(proposal.status ? { status: proposal.status } : {}),
        });
        if (result.refusal) return result.refusal.problems[0]?.message ?? result.refusal.message;
      }
      sharedDoc.getMap<unknown>(PROPOSALS_MAP).set(id, { ...proposal, state: accept ? 'accepted' : 'rejected' });
      return undefined;
    },
  };

  /**
   * Joins a room with a key (a join link, or the session this tab was in before a reload): the
   * shared state is validated, then becomes the local project (the same one again after a reload).
   */
  async function enter(session: SavedSession, verb: string, carried?: CarriedEdits) {
    set({ status: 'connecting' });
    try {
      const { bindStore, readValidated, recoverEdits } = await loadEngine();
      const { ydoc, role } = await connect(session.room, JSON.stringify({ key: session.key }));
      const read = readValidated(ydoc, store, store.getState().document);
      if (!read.ok) throw new Error(read.message);
      let recovered: { from: WorkbenchDocument; to: WorkbenchDocument } | undefined;
      if (carried) {
        const result = recoverEdits(ydoc, carried, store.getState().document, (doc, local) =>
          readValidated(doc, store, local),
        );
        if (result.ok) {
          recovered = { from: result.shared, to: result.recovered };
        } else {
          // Not mergeable: the edits are kept as a snapshot of the project before the shared state replaces them.
          const kept = await store
            .getState()
            .storage?.createSnapshot(
              `Your edits from the live session, ${new Date().toISOString().slice(0, 16).replace('T', ' ')}`,
            );
          store.getState().notify({
            kind: 'error',
            text: `Your edits since the refused change could not be merged (${result.message}). ${kept?.ok ? 'They are kept as a snapshot of this project (Snapshots).' : 'They could not be kept.'}`,
          });
        }
      }
      const sameProject = session.projectId === store.getState().document.id;
      if (!sameProject) {
        // The shared project becomes a local project of this browser, kept after the session.
        const storage = store.getState().storage;
        if (storage) {
          const opened = await storage.openNewDocument(read.document);
          if (!opened.ok) throw new Error(opened.message);
        } else {
          store.getState().loadDocument(read.document);
        }
      }
      const liveRole: LiveRole =
        role === 'readonly' ? 'observer' : session.role === 'facilitator' ? 'facilitator' : 'participant';
      if (liveRole === 'observer') store.getState().setReadOnly(true);
      // On the same project (a reload) the binding takes the shared state into it at once.
      binding = bindStore(store, ydoc, { publish: false, onRefused, ...(recovered ? { recovered } : {}) });
      saveSession({ ...session, role: liveRole, projectId: store.getState().document.id });
      startPresence(session.name, liveRole, session.links);
      if (parseInvite(location.hash)) dropInviteFromAddressBar();
    } catch (error) {
      fail(`${verb} failed: ${(error as Error).message}.`);
    }
  }

  return sessions;
}
