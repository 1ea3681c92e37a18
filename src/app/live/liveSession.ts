/**
 * Live workshops across machines (issue 20): a Hocuspocus provider on the page's own origin
 * (`/sync` of `htw serve`, so the CSP's `connect-src 'self'` covers it), a Y.Doc bound to the
 * store (`storeBinding.ts`) and presence over Yjs awareness. The provider library loads only
 * when a session starts: an offline workbench never opens a socket.
 */
import type * as Y from 'yjs';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import type { WorkbenchStore } from '../../store/createWorkbenchStore';
import { activeWorkshop } from '../../domain/workshop/workshopOps';
import type { LivePeer, LiveRole, LiveSessions, LiveState } from '../../ui/live/liveContext';
import type { StoreBinding } from './storeBinding';
import { inviteLink, parseInvite, randomSecret, type Invite } from './invite';

const loadEngine = () => import('./liveEngine');

const COLORS = ['#b03a2e', '#1f618d', '#117a65', '#9a7d0a', '#6c3483', '#a04000', '#2e4053'];
const SYNC_TIMEOUT_MS = 10_000;

type Provider = HocuspocusProvider;

function syncUrl(): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/sync`;
}

function dropInviteFromAddressBar(): void {
  history.replaceState(null, '', `${location.pathname}${location.search}#workshop`);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

export function createLiveSessions(store: WorkbenchStore): LiveSessions {
  const listeners = new Set<() => void>();
  const invite = parseInvite(location.hash);
  let state: LiveState = invite ? { status: 'invited' } : { status: 'offline' };
  let provider: Provider | null = null;
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
  }

  async function connect(room: string, token: string): Promise<{ provider: Provider; ydoc: Y.Doc; role: 'read-write' | 'readonly' }> {
    const { HocuspocusProvider, Y } = await loadEngine();
    const ydoc = new Y.Doc();
    return new Promise((resolve, reject) => {
      let scope: 'read-write' | 'readonly' = 'read-write';
      const timer = setTimeout(() => reject(new Error('the sync server did not answer; live sessions need the app served by `htw serve`')), SYNC_TIMEOUT_MS);
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
    });
  }

  function startPresence(name: string, role: LiveRole, links?: { participant: string; observer: string }) {
    const awareness = provider!.awareness!;
    const color = COLORS[awareness.clientID % COLORS.length]!;
    const publish = () => {
      const stepId = activeWorkshop(store.getState().document)?.currentStepId;
      awareness.setLocalStateField('user', { name, color, role, ...(stepId ? { stepId } : {}) });
    };
    publish();
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.document.workshops !== prev.document.workshops) publish();
    });
    const refresh = () => {
      const peers: LivePeer[] = [];
      awareness.getStates().forEach((value, clientId) => {
        const user = (value as { user?: Partial<LivePeer> }).user;
        if (!user || typeof user.name !== 'string') return;
        peers.push({
          clientId,
          name: user.name.slice(0, 80),
          color: typeof user.color === 'string' && /^#[0-9a-f]{6}$/i.test(user.color) ? user.color : '#555555',
          role: user.role === 'facilitator' || user.role === 'observer' ? user.role : 'participant',
          ...(typeof user.stepId === 'string' ? { stepId: user.stepId } : {}),
        });
      });
      const online = provider?.isSynced ?? false;
      set({ status: 'live', role, online, peers, ...(links ? { links } : {}) });
    };
    awareness.on('change', refresh);
    provider!.on('status', refresh);
    provider!.on('synced', refresh);
    refresh();
    watchNetwork();
    stopPresence = () => {
      unsubscribe();
      awareness.off('change', refresh);
    };
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

  const onRefused = (message: string) => store.getState().notify({ kind: 'error', text: `A change from the live session was refused: ${message}` });

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    async share(name) {
      if (state.status === 'live' || state.status === 'connecting') return;
      set({ status: 'connecting' });
      const keys = { room: randomSecret(16), facilitator: randomSecret(), participant: randomSecret(), observer: randomSecret() };
      try {
        const { bindStore, isEmptyShared } = await loadEngine();
        const { ydoc } = await connect(keys.room, JSON.stringify({ key: keys.facilitator, create: { participant: keys.participant, observer: keys.observer } }));
        if (!isEmptyShared(ydoc)) throw new Error('the new room is not empty');
        binding = bindStore(store, ydoc, { publish: true, onRefused });
        const link = (key: string) => inviteLink(location.origin, { room: keys.room, key } satisfies Invite);
        startPresence(name, 'facilitator', { participant: link(keys.participant), observer: link(keys.observer) });
      } catch (error) {
        fail(`Sharing failed: ${(error as Error).message}.`);
      }
    },

    async join(name) {
      if (!invite || state.status === 'live' || state.status === 'connecting') return;
      set({ status: 'connecting' });
      try {
        const { bindStore, readValidated } = await loadEngine();
        const { ydoc, role } = await connect(invite.room, JSON.stringify({ key: invite.key }));
        const read = readValidated(ydoc, store, store.getState().document);
        if (!read.ok) throw new Error(read.message);
        // The shared project becomes a local project of this browser, kept after the session.
        const storage = store.getState().storage;
        if (storage) {
          const opened = await storage.openNewDocument(read.document);
          if (!opened.ok) throw new Error(opened.message);
        } else {
          store.getState().loadDocument(read.document);
        }
        const liveRole: LiveRole = role === 'readonly' ? 'observer' : 'participant';
        if (liveRole === 'observer') store.getState().setReadOnly(true);
        binding = bindStore(store, ydoc, { publish: false, onRefused });
        startPresence(name, liveRole);
        dropInviteFromAddressBar();
      } catch (error) {
        fail(`Joining failed: ${(error as Error).message}.`);
      }
    },

    leave() {
      teardown();
      set({ status: 'offline' });
    },
  };
}
