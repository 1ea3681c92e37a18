/**
 * `htw serve`: one HTTP server for the built app and the Hocuspocus sync endpoint (`/sync`)
 * on the same origin, rooms stored as files under `--data` (issue 20).
 *
 * Limits: WebSocket messages above `maxMessageBytes` close the connection (ws `maxPayload`);
 * a room whose Yjs state would grow beyond `maxDocumentBytes` refuses the update and closes the
 * sender's connection. Roles come from the join key (`roomAccess.ts`); observers' connections
 * are read-only, so Hocuspocus applies none of their document updates; participants' updates
 * are checked against the facilitator's rights (`roleRights.ts`); a presence that shows another
 * role than the key gave closes the connection (`awarenessRights.ts`).
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Hocuspocus } from '@hocuspocus/server';
import { Database } from '@hocuspocus/extension-database';
import { WebSocketServer } from 'ws';
import * as Y from 'yjs';
import { AccessRefused, ROOM_NAME, accessForNewRoom, parseToken, roleFor, type LiveRole } from './roomAccess';
import { openRoomFiles } from './roomFiles';
import { participantUpdateRefusal } from './roleRights';
import { updateInMessage } from './protocolMessages';
import { checkUpdatesWhenApplied } from './applyTimeCheck';
import { awarenessRefusal } from './awarenessRights';
import { createStaticHandler } from './staticFiles';

export const SYNC_PATH = '/sync';

export interface LiveServerOptions {
  port: number;
  host: string;
  dataDir: string;
  distDir: string;
  maxMessageBytes?: number;
  maxDocumentBytes?: number;
  /** Called with one line per event worth telling the operator (never a key). */
  log?: (line: string) => void;
}

export const DEFAULT_MAX_MESSAGE_BYTES = 8 * 1024 * 1024;
export const DEFAULT_MAX_DOCUMENT_BYTES = 32 * 1024 * 1024;

export interface LiveServer {
  port: number;
  close(): Promise<void>;
}

/** A WebSocket from another site's page carries that site's Origin: only this origin may connect. */
function sameOrigin(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  // Non-browser clients (the e2e spec's Node provider) send no Origin; they still need a key.
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

function readable(message: Uint8Array): boolean {
  try {
    updateInMessage(message);
    return true;
  } catch {
    return false;
  }
}

export async function startLiveServer(options: LiveServerOptions): Promise<LiveServer> {
  const log = options.log ?? (() => {});
  const maxMessageBytes = options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
  const maxDocumentBytes = options.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
  const files = await openRoomFiles(options.dataDir);
  const serveStatic = await createStaticHandler(options.distDir);
  /** Estimated state size per loaded room: exact after each load and store, plus the updates since. */
  const sizes = new Map<string, number>();
  /** Participants' connections whose updates are checked as they are applied (applyTimeCheck.ts). */
  const checked = new WeakSet<object>();

  const hocuspocus = new Hocuspocus({
    quiet: true,
    debounce: 500,
    maxDebounce: 2000,
    extensions: [
      new Database({
        fetch: async ({ documentName }) => (await files.readState(documentName)) ?? null,
        store: async ({ documentName, state }) => {
          await files.writeState(documentName, state);
          sizes.set(documentName, state.byteLength);
        },
      }),
    ],
    async onAuthenticate({ documentName, token, connectionConfig }) {
      try {
        if (!ROOM_NAME.test(documentName)) throw new AccessRefused('the room name is invalid');
        const parsed = parseToken(token);
        let access = await files.readAccess(documentName);
        if (!access && parsed.create) {
          const created = accessForNewRoom(parsed);
          if (await files.createAccess(documentName, created)) log(`room ${documentName} created`);
          access = await files.readAccess(documentName);
        }
        if (!access) throw new AccessRefused('this room does not exist');
        const role: LiveRole = roleFor(access, parsed.key);
        connectionConfig.readOnly = role === 'observer';
        return { role };
      } catch (error) {
        log(
          `refused a connection to ${ROOM_NAME.test(documentName) ? documentName : 'an invalid room'}: ${(error as Error).message}`,
        );
        throw error;
      }
    },
    async afterLoadDocument({ documentName, document }) {
      sizes.set(documentName, Y.encodeStateAsUpdate(document).byteLength);
    },
    async beforeHandleMessage({ documentName, update, connection, context, document }) {
      const role = (context as { role?: LiveRole } | undefined)?.role;
      if (!role) throw Object.assign(new Error('not authenticated'), { code: 4401, reason: 'Unauthorized' });
      // Presence: the role shown to the others is the one this connection's key gave it.
      const presenceRefusal = awarenessRefusal(update, role, {
        ownerOf(clientId) {
          for (const { clients, connection: other } of document.connections.values()) {
            if (other !== connection && clients.has(clientId))
              return (other.context as { role?: LiveRole } | undefined)?.role;
          }
          return undefined;
        },
        clockOf: (clientId) => document.awareness.meta.get(clientId)?.clock,
        hasState: (clientId) => document.awareness.states.has(clientId),
      });
      if (presenceRefusal) {
        log(
          `room ${documentName}: refused ${role === 'observer' ? 'an' : 'a'} ${role}'s presence (${presenceRefusal}); connection closed`,
        );
        throw Object.assign(new Error(presenceRefusal), { code: 4403, reason: 'Presence refused' });
      }
      if (role === 'observer') return;
      if (role === 'participant' && !checked.has(connection)) {
        // Each update is checked as Hocuspocus applies it: a refused one is answered "not
        // applied" and reaches nobody, and the connection stays open for the other edits.
        checked.add(connection);
        checkUpdatesWhenApplied(
          connection,
          (bytes) => participantUpdateRefusal(document, bytes),
          (refusal) => {
            log(`room ${documentName}: refused a participant's update (${refusal})`);
            connection.sendStateless(JSON.stringify({ refused: refusal }));
          },
        );
      }
      if (role === 'participant' && !readable(update)) {
        log(`room ${documentName}: a participant's message could not be read; connection closed`);
        throw Object.assign(new Error('unreadable message'), { code: 4400, reason: 'Unreadable message' });
      }
      const next = (sizes.get(documentName) ?? 0) + update.byteLength;
      if (next > maxDocumentBytes) {
        log(`room ${documentName}: an update would grow the document beyond ${maxDocumentBytes} bytes; refused`);
        throw Object.assign(new Error('document too large'), { code: 4413, reason: 'Document too large' });
      }
      sizes.set(documentName, next);
    },
    async afterUnloadDocument({ documentName }) {
      sizes.delete(documentName);
    },
  });

  const webSocketServer = new WebSocketServer({ noServer: true, maxPayload: maxMessageBytes });
  const httpServer = createServer((request, response) => {
    serveStatic(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500).end();
    });
  });
  httpServer.on('upgrade', (request, socket, head) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (pathname !== SYNC_PATH || !sameOrigin(request)) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    webSocketServer.handleUpgrade(request, socket, head, (ws) => {
      ws.on('error', (error) => log(`connection error: ${error.message}`));
      hocuspocus.handleConnection(ws, request);
    });
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;
  return {
    port,
    async close() {
      // Writes every loaded room now instead of waiting for the debounced store.
      hocuspocus.closeConnections();
      await Promise.all(
        [...hocuspocus.documents.values()].map((document) =>
          files.writeState(document.name, Y.encodeStateAsUpdate(document)),
        ),
      );
      await files.idle();
      webSocketServer.close();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}
