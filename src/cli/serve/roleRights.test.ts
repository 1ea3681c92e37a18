import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { startLiveServer, type LiveServer } from './liveServer';
import { connectNodeClient, creatingToken, eventually, newRoomKeys, type NodeClient } from './liveClient.testHelpers';
import { FACILITATOR_ONLY, participantRefusal } from './roleRights';
import { PROPOSALS_ONLY_OPEN } from '../../domain/live/proposals';

/** A Hocuspocus sync-update message for room `name` carrying `update`. */
function updateMessage(name: string, update: Uint8Array): Uint8Array {
  const varUint = (n: number) => {
    const out: number[] = [];
    while (n >= 0x80) {
      out.push((n & 0x7f) | 0x80);
      n = Math.floor(n / 128);
    }
    out.push(n);
    return out;
  };
  const nameBytes = new TextEncoder().encode(name);
  return new Uint8Array([...varUint(nameBytes.length), ...nameBytes, 0, 2, ...varUint(update.length), ...update]);
}

const proposal = (id: string) => ({
  id,
  workshopId: 'w1',
  stepId: 's1',
  text: 'Accept the residual risk',
  by: 'Sam',
  at: '2026-12-04T10:00:00.000Z',
  state: 'open',
});

function roomWithWorkshop(): Y.Doc {
  const doc = new Y.Doc();
  const workshop = new Y.Map<unknown>();
  doc.getMap('workshops').set('w1', workshop);
  workshop.set('currentStepId', 's1');
  workshop.set('agenda', [
    { id: 's1', spentSeconds: 0 },
    { id: 's2', spentSeconds: 0 },
  ]);
  workshop.set('log', { q1: { kind: 'question', text: 'why?' } });
  doc.getMap('components').set('c1', new Y.Map());
  return doc;
}

/** The update a client holding a copy of `room` makes with `edit`. */
function editOf(room: Y.Doc, edit: (copy: Y.Doc) => void): Uint8Array {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(room));
  const vector = Y.encodeStateVector(copy);
  edit(copy);
  return Y.encodeStateAsUpdate(copy, vector);
}

const workshopOf = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('workshops').get('w1')!;

describe('participantRefusal', () => {
  const room = roomWithWorkshop();
  it.each([
    ['moves the step', (d: Y.Doc) => workshopOf(d).set('currentStepId', 's2')],
    [
      'changes the timer',
      (d: Y.Doc) =>
        workshopOf(d).set('agenda', [
          { id: 's1', spentSeconds: 600 },
          { id: 's2', spentSeconds: 0 },
        ]),
    ],
    [
      'records a decision',
      (d: Y.Doc) =>
        workshopOf(d).set('log', { q1: { kind: 'question', text: 'why?' }, d1: { kind: 'decision', text: 'accept' } }),
    ],
    ['ends the workshop', (d: Y.Doc) => workshopOf(d).set('endedAt', '2026-01-01T10:00:00.000Z')],
    ['deletes the workshop', (d: Y.Doc) => d.getMap('workshops').delete('w1')],
    ['starts another workshop', (d: Y.Doc) => d.getMap('workshops').set('w2', new Y.Map())],
  ])('refuses a participant update that %s', (_what, edit) => {
    expect(participantRefusal(room, updateMessage('r', editOf(room, edit)))).toBe(FACILITATOR_ONLY);
  });

  it.each([
    ['edits the model', (d: Y.Doc) => d.getMap<Y.Map<unknown>>('components').get('c1')!.set('name', 'Renamed')],
    [
      'adds a question and an action',
      (d: Y.Doc) =>
        workshopOf(d).set('log', { q1: { kind: 'question', text: 'why?' }, a1: { kind: 'action', text: 'patch' } }),
    ],
    ['adds a parking-lot topic', (d: Y.Doc) => workshopOf(d).set('parkingLot', { p1: { text: 'later' } })],
    ['proposes a decision', (d: Y.Doc) => d.getMap('proposals').set('p2', proposal('p2'))],
  ])('lets a participant update that %s through', (_what, edit) => {
    expect(participantRefusal(room, updateMessage('r', editOf(room, edit)))).toBeUndefined();
  });

  it.each([
    ['accepts a proposal', (d: Y.Doc) => d.getMap('proposals').set('p1', { ...proposal('p1'), state: 'accepted' })],
    [
      'rewrites a proposal',
      (d: Y.Doc) => d.getMap('proposals').set('p1', { ...proposal('p1'), text: 'something else' }),
    ],
    ['deletes a proposal', (d: Y.Doc) => d.getMap('proposals').delete('p1')],
    [
      'adds an already accepted proposal',
      (d: Y.Doc) => d.getMap('proposals').set('p2', { ...proposal('p2'), state: 'accepted' }),
    ],
  ])('refuses a participant update that %s (only the facilitator decides)', (_what, edit) => {
    const withProposal = roomWithWorkshop();
    withProposal.getMap('proposals').set('p1', proposal('p1'));
    expect(participantRefusal(withProposal, updateMessage('r', editOf(withProposal, edit)))).toBe(PROPOSALS_ONLY_OPEN);
  });

  it('passes messages that carry no update and refuses unreadable ones', () => {
    expect(participantRefusal(room, new Uint8Array([1, 114, 1, 0]))).toBeUndefined();
    expect(participantRefusal(room, new Uint8Array([1, 114, 0, 2, 50, 1, 2]))).toBe('the message could not be read');
  });
});

describe("htw serve enforces the facilitator's rights", () => {
  const clients: NodeClient[] = [];
  let server: LiveServer | undefined;
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await server?.close();
  });

  it("refuses a participant's step change (it reaches nobody) and lets the participant carry on after rejoining", async () => {
    const root = mkdtempSync(join(tmpdir(), 'htw-rights-'));
    mkdirSync(join(root, 'dist'));
    writeFileSync(
      join(root, 'dist', 'index.html'),
      '<html><head><meta http-equiv="Content-Security-Policy" content="default-src \'none\'" /></head></html>',
    );
    server = await startLiveServer({
      port: 0,
      host: '127.0.0.1',
      dataDir: join(root, 'rooms'),
      distDir: join(root, 'dist'),
    });
    const url = `ws://127.0.0.1:${server.port}/sync`;
    const keys = newRoomKeys();
    const facilitator = connectNodeClient(url, keys.room, creatingToken(keys));
    clients.push(facilitator);
    await facilitator.synced;
    facilitator.doc.transact(() => {
      const workshop = new Y.Map<unknown>();
      facilitator.doc.getMap('workshops').set('w1', workshop);
      workshop.set('currentStepId', 's1');
    });
    const participant = connectNodeClient(url, keys.room, JSON.stringify({ key: keys.participant }));
    clients.push(participant);
    const refusals: string[] = [];
    participant.provider.on('stateless', ({ payload }: { payload: string }) => refusals.push(payload));
    await participant.synced;
    await eventually(() => workshopOf(participant.doc)?.get('currentStepId') === 's1');

    workshopOf(participant.doc).set('currentStepId', 's2');
    await eventually(() => refusals.length === 1).catch(() => {
      throw new Error(`no refusal; facilitator step ${String(workshopOf(facilitator.doc).get('currentStepId'))}`);
    });
    expect(JSON.parse(refusals[0]!)).toEqual({ refused: FACILITATOR_ONLY });
    // The step never arrived. Yjs integrates a client's updates in order, so the refused
    // client rejoins with a fresh document (the app does); its edits then go through.
    // The server answers "not applied" once it has handled the update; the rejoined client's
    // edit below reaches the facilitator after anything the server sent for it.
    await eventually(() => participant.updatesRefused() === 1);
    expect(workshopOf(facilitator.doc).get('currentStepId')).toBe('s1');
    const rejoined = connectNodeClient(url, keys.room, JSON.stringify({ key: keys.participant }));
    clients.push(rejoined);
    await rejoined.synced;
    expect(workshopOf(rejoined.doc).get('currentStepId')).toBe('s1');
    rejoined.doc.getMap('components').set('c1', 'from participant');
    await eventually(() => facilitator.doc.getMap('components').get('c1') === 'from participant');
    expect(workshopOf(facilitator.doc).get('currentStepId')).toBe('s1');
    // The facilitator may move the step.
    workshopOf(facilitator.doc).set('currentStepId', 's3');
    await eventually(() => workshopOf(rejoined.doc).get('currentStepId') === 's3');

    // A forbidden update sent together with an allowed message (both pass the asynchronous
    // message hook before either is applied) is still refused: the check runs as it is applied.
    const hostile = connectNodeClient(url, keys.room, JSON.stringify({ key: keys.participant }));
    clients.push(hostile);
    await hostile.synced;
    await eventually(() => workshopOf(hostile.doc)?.get('currentStepId') === 's3');
    const before = refusals.length;
    const hostileRefusals: string[] = [];
    hostile.provider.on('stateless', ({ payload }: { payload: string }) => hostileRefusals.push(payload));
    const forbidden = editOf(hostile.doc, (d) => workshopOf(d).set('currentStepId', 's1'));
    const allowed = new Y.Doc();
    allowed.getMap('components').set('c2', 'harmless');
    Y.applyUpdate(hostile.doc, forbidden);
    Y.applyUpdate(hostile.doc, Y.encodeStateAsUpdate(allowed));
    await eventually(() => hostileRefusals.length === 1);
    expect(refusals.length).toBe(before);
    rejoined.doc.getMap('components').set('c3', 'after the hostile');
    await eventually(() => facilitator.doc.getMap('components').get('c3') === 'after the hostile');
    expect(workshopOf(facilitator.doc).get('currentStepId')).toBe('s3');
  }, 20_000);
});
