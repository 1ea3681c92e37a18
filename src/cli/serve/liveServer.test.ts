import { mkdtempSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startLiveServer, type LiveServer } from './liveServer';
import { connectNodeClient, creatingToken, eventually, newRoomKeys, type NodeClient } from './liveClient.testHelpers';

const CSP = "default-src 'none'; connect-src 'self'";

function folders() {
  const root = mkdtempSync(join(tmpdir(), 'htw-serve-'));
  const dist = join(root, 'dist');
  mkdirSync(dist);
  writeFileSync(
    join(dist, 'index.html'),
    `<html><head><meta http-equiv="Content-Security-Policy" content="${CSP}" /></head><body>app</body></html>`,
  );
  return { data: join(root, 'rooms'), dist };
}

const servers: LiveServer[] = [];
const clients: NodeClient[] = [];
async function serve(dirs: { data: string; dist: string }, port = 0, extra: { maxDocumentBytes?: number } = {}) {
  const server = await startLiveServer({ port, host: '127.0.0.1', dataDir: dirs.data, distDir: dirs.dist, ...extra });
  servers.push(server);
  return server;
}
function client(server: LiveServer, room: string, token: string) {
  const c = connectNodeClient(`ws://127.0.0.1:${server.port}/sync`, room, token);
  clients.push(c);
  return c;
}

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  for (const s of servers.splice(0)) await s.close().catch(() => {});
});

describe('htw serve', () => {
  it('serves the built app with its CSP header and nothing outside dist', async () => {
    const server = await serve(folders());
    const page = await fetch(`http://127.0.0.1:${server.port}/`);
    expect(await page.text()).toContain('app');
    expect(page.headers.get('content-security-policy')).toBe(`${CSP}; frame-ancestors 'none'`);
    expect((await fetch(`http://127.0.0.1:${server.port}/..%2f..%2fetc%2fpasswd`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${server.port}/missing.js`)).status).toBe(404);
  });

  it("lets the facilitator create a room, participants edit it, and refuses observers' and unknown keys' writes", async () => {
    const server = await serve(folders());
    const keys = newRoomKeys();
    const facilitator = client(server, keys.room, creatingToken(keys));
    await facilitator.synced;
    facilitator.doc.getMap('components').set('a', 'from facilitator');

    const participant = client(server, keys.room, JSON.stringify({ key: keys.participant }));
    await participant.synced;
    await eventually(() => participant.doc.getMap('components').get('a') === 'from facilitator');
    participant.doc.getMap('components').set('b', 'from participant');
    await eventually(() => facilitator.doc.getMap('components').get('b') === 'from participant');

    const observer = client(server, keys.room, JSON.stringify({ key: keys.observer }));
    await observer.synced;
    expect(observer.doc.getMap('components').get('b')).toBe('from participant');
    observer.doc.getMap('components').set('c', 'from observer');
    // Once the server has refused the observer's update, a later participant edit arrives,
    // the observer's never does (the server sends in order: it would have come first).
    await eventually(() => observer.updatesRefused() === 1);
    participant.doc.getMap('components').set('d', 'later');
    await eventually(() => facilitator.doc.getMap('components').get('d') === 'later');
    expect(facilitator.doc.getMap('components').has('c')).toBe(false);

    await expect(client(server, keys.room, JSON.stringify({ key: 'x'.repeat(30) })).synced).rejects.toThrow(/refused/);
    // A creating token cannot take over an existing room either.
    await expect(
      client(server, keys.room, creatingToken({ ...newRoomKeys(), room: keys.room })).synced,
    ).rejects.toThrow(/refused/);
    await expect(client(server, newRoomKeys().room, JSON.stringify({ key: keys.participant })).synced).rejects.toThrow(
      /refused/,
    );
  });

  it('keeps rooms on disk as files only (no key in them) and loses nothing over a restart', async () => {
    const dirs = folders();
    const first = await serve(dirs);
    const keys = newRoomKeys();
    const facilitator = client(first, keys.room, creatingToken(keys));
    await facilitator.synced;
    facilitator.doc.getMap('components').set('a', 'kept');
    // The server has applied the edit once it acknowledged it.
    await eventually(() => !facilitator.provider.hasUnsyncedChanges);
    facilitator.destroy();
    await first.close();
    servers.length = 0;
    expect(readdirSync(dirs.data).sort()).toEqual([`${keys.room}.access.json`, `${keys.room}.ydoc`]);

    const second = await serve(dirs);
    const participant = client(second, keys.room, JSON.stringify({ key: keys.participant }));
    await participant.synced;
    expect(participant.doc.getMap('components').get('a')).toBe('kept');
  });

  it('refuses an update that would grow the document beyond its cap', async () => {
    const server = await serve(folders(), 0, { maxDocumentBytes: 20_000 });
    const keys = newRoomKeys();
    const facilitator = client(server, keys.room, creatingToken(keys));
    await facilitator.synced;
    let closed = 0;
    facilitator.provider.on('close', () => void closed++);
    facilitator.doc.getMap('components').set('small', 'ok');
    facilitator.doc.getMap('components').set('huge', 'x'.repeat(50_000));
    const participant = client(server, keys.room, JSON.stringify({ key: keys.participant }));
    await participant.synced;
    // The server closes the connection that sent the update it refuses; one round trip of the
    // participant after that, anything the server sent it for that update has arrived.
    await eventually(() => closed > 0);
    participant.doc.getMap('components').set('marker', 'after');
    await eventually(() => !participant.provider.hasUnsyncedChanges);
    expect(participant.doc.getMap('components').get('small')).toBe('ok');
    expect(participant.doc.getMap('components').has('huge')).toBe(false);
  });
});
