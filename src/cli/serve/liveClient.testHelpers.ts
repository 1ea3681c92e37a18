/** Node clients of `htw serve` for the server's tests and the e2e spec: a Hocuspocus provider on `ws`. */
import { HocuspocusProvider, HocuspocusProviderWebsocket, MessageType } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

export interface RoomKeys {
  room: string;
  facilitator: string;
  participant: string;
  observer: string;
}

const randomKey = (seed: string) => `${seed}-${'k'.repeat(24)}-${Math.random().toString(36).slice(2)}`;

export function newRoomKeys(): RoomKeys {
  return {
    room: `room-${Math.random().toString(36).slice(2)}-abcdefgh`,
    facilitator: randomKey('f'),
    participant: randomKey('p'),
    observer: randomKey('o'),
  };
}

export function creatingToken(keys: RoomKeys): string {
  return JSON.stringify({ key: keys.facilitator, create: { participant: keys.participant, observer: keys.observer } });
}

export interface NodeClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Resolves on the first sync; rejects when the server refuses the key. */
  synced: Promise<void>;
  /** How many of this client's updates the server has answered "not applied" (a read-only connection): by then it has handled them, so anything it sent others for them has gone out. */
  updatesRefused(): number;
  destroy(): void;
}

/** `clientId` gives the client another's Yjs client id (a hostile client's impersonation). */
export function connectNodeClient(
  url: string,
  room: string,
  token: string,
  options: { clientId?: number } = {},
): NodeClient {
  const doc = new Y.Doc();
  if (options.clientId !== undefined) doc.clientID = options.clientId;
  const websocketProvider = new HocuspocusProviderWebsocket({
    url,
    WebSocketPolyfill: WebSocket,
    delay: 100,
    factor: 1.5,
    maxDelay: 1000,
    minDelay: 50,
  });
  let provider!: HocuspocusProvider;
  const synced = new Promise<void>((resolve, reject) => {
    provider = new HocuspocusProvider({
      websocketProvider,
      name: room,
      document: doc,
      token,
      onSynced: () => resolve(),
      onAuthenticationFailed: ({ reason }) => reject(new Error(`refused: ${reason}`)),
    });
    provider.attach();
  });
  let refused = 0;
  provider.on('message', ({ message }: { message: { readVarString(): string; readVarUint(): number } }) => {
    message.readVarString();
    // A sync status is 1 (applied) or 0 (not applied); both are one byte, read alike as varUint or varInt.
    if (message.readVarUint() === MessageType.SyncStatus && message.readVarUint() === 0) refused++;
  });
  return {
    doc,
    provider,
    synced,
    updatesRefused: () => refused,
    destroy() {
      provider.destroy();
      websocketProvider.destroy();
    },
  };
}

/** Polls until `check` holds, or fails after `ms`. */
export async function eventually(check: () => boolean, ms = 5000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}
