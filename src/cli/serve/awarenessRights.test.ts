import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLiveServer, type LiveServer } from './liveServer';
import { connectNodeClient, creatingToken, eventually, newRoomKeys, type NodeClient } from './liveClient.testHelpers';
import { awarenessRefusal } from './awarenessRights';

const user = (name: string, role: string) => ({ user: { name, color: '#123456', role } });

const nobody = { ownerOf: () => undefined, clockOf: () => undefined, hasState: () => false };

describe('awarenessRefusal', () => {
  it('passes messages other than presence and refuses presence it cannot read', () => {
    // Room "r", a sync step 1 with an empty state vector.
    expect(awarenessRefusal(new Uint8Array([1, 114, 0, 0, 1, 0]), 'participant', nobody)).toBeUndefined();
    // Room "r", awareness: one entry, then cut short.
    expect(awarenessRefusal(new Uint8Array([1, 114, 1, 3, 1, 7, 1]), 'participant', nobody)).toBe(
      'the presence message could not be read',
    );
  });
});

describe('htw serve checks the role each presence shows (a hostile client against a real server)', () => {
  const clients: NodeClient[] = [];
  let server: LiveServer | undefined;
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await server?.close();
  });

  it("relays honest presence, refuses a participant posing as the facilitator or writing the facilitator's entry, and an observer posing as a participant", async () => {
    const root = mkdtempSync(join(tmpdir(), 'htw-presence-'));
    mkdirSync(join(root, 'dist'));
    writeFileSync(
      join(root, 'dist', 'index.html'),
      '<html><head><meta http-equiv="Content-Security-Policy" content="default-src \'none\'" /></head></html>',
    );
    const logs: string[] = [];
    server = await startLiveServer({
      port: 0,
      host: '127.0.0.1',
      dataDir: join(root, 'rooms'),
      distDir: join(root, 'dist'),
      log: (line) => logs.push(line),
    });
    const url = `ws://127.0.0.1:${server.port}/sync`;
    const keys = newRoomKeys();
    const connect = (key: string, clientId?: number) => {
      const c = connectNodeClient(url, keys.room, JSON.stringify({ key }), clientId === undefined ? {} : { clientId });
      clients.push(c);
      return c;
    };
    const fay = connectNodeClient(url, keys.room, creatingToken(keys));
    clients.push(fay);
    await fay.synced;
    fay.provider.awareness!.setLocalState(user('Fay', 'facilitator'));
    const names = (c: NodeClient) =>
      [...c.provider.awareness!.getStates().values()].map((s) => (s as { user?: { name?: string } }).user?.name);

    const sam = connect(keys.participant);
    await sam.synced;
    sam.provider.awareness!.setLocalState(user('Sam', 'participant'));
    await eventually(() => names(fay).includes('Sam') && names(sam).includes('Fay'));

    // A participant's key claiming the facilitator's role: refused, the connection closed.
    const mallory = connect(keys.participant);
    await mallory.synced;
    mallory.provider.awareness!.setLocalState(user('Mallory', 'facilitator'));
    await eventually(() =>
      logs.some((l) => l.includes("refused a participant's presence (a participant may not appear as facilitator)")),
    );
    // Writing the facilitator's own entry (its client id) as a participant: refused as well.
    const forger = connect(keys.participant, fay.doc.clientID);
    await forger.synced;
    // Its clock must pass Fay's for the entry to count.
    for (let i = 0; i < 10; i++) forger.provider.awareness!.setLocalState({ ...user('Not Fay', 'participant'), n: i });
    await eventually(() => logs.some((l) => l.includes('the presence of another facilitator is not yours to write')));
    // An observer's key claiming a participant.
    const olga = connect(keys.observer);
    await olga.synced;
    olga.provider.awareness!.setLocalState(user('Olga', 'participant'));
    await eventually(() =>
      logs.some((l) => l.includes("refused an observer's presence (an observer may not appear as participant)")),
    );

    // Sam's later move reaches Fay after all of them: none of the refused states did.
    sam.provider.awareness!.setLocalStateField('pointer', { x: 1, y: 2 });
    await eventually(() =>
      [...fay.provider.awareness!.getStates().values()].some(
        (s) => (s as { pointer?: { y?: number } }).pointer?.y === 2,
      ),
    );
    for (const c of [fay, sam]) {
      expect(names(c)).not.toContain('Mallory');
      expect(names(c)).not.toContain('Not Fay');
      expect(names(c)).not.toContain('Olga');
    }
    expect(fay.provider.awareness!.getStates().get(fay.doc.clientID)).toMatchObject(user('Fay', 'facilitator'));
    expect(sam.provider.awareness!.getStates().get(fay.doc.clientID)).toMatchObject(user('Fay', 'facilitator'));
    // An honest observer is relayed.
    const oscar = connect(keys.observer);
    await oscar.synced;
    oscar.provider.awareness!.setLocalState(user('Oscar', 'observer'));
    await eventually(() => names(fay).includes('Oscar'));
  }, 20_000);
});
