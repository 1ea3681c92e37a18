import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createWorkbenchStore } from '../../store/createWorkbenchStore';
import { workshopActionsFor } from '../../store/workshopActions';
import { loadBundledCatalog } from '../../domain/catalog/catalogSource';
import { instantiateTemplate } from '../../domain/catalog/templates';
import { activeWorkshop } from '../../domain/workshop/workshopOps';
import { bindStore } from './storeBinding';
import { readShared } from './yjsState';

const catalog = loadBundledCatalog();

function makeStore(projectId: string, template = 'kvm-libvirt') {
  let n = 0;
  let t = 0;
  return createWorkbenchStore(
    { catalog, clock: () => new Date(Date.UTC(2026, 0, 1, 9, 0, t++)).toISOString(), ids: () => `${projectId}x${++n}` },
    instantiateTemplate(template, { id: projectId, now: '2026-01-01T08:00:00.000Z' }),
  );
}

/** Two Y.Docs joined as a server would join them: every update of one is applied to the other. */
function linkedDocs() {
  const a = new Y.Doc();
  const b = new Y.Doc();
  const link = { connected: true };
  a.on(
    'update',
    (update: Uint8Array, origin: unknown) => link.connected && origin !== 'net' && Y.applyUpdate(b, update, 'net'),
  );
  b.on(
    'update',
    (update: Uint8Array, origin: unknown) => link.connected && origin !== 'net' && Y.applyUpdate(a, update, 'net'),
  );
  return { a, b, link };
}

function session() {
  const { a, b, link } = linkedDocs();
  const owner = makeStore('owner');
  const guest = makeStore('guest', 'xen-driver-domain');
  const refused: string[] = [];
  const ownerBinding = bindStore(owner, a, { publish: true, onRefused: (m) => refused.push(`owner: ${m}`) });
  const guestBinding = bindStore(guest, b, { publish: false, onRefused: (m) => refused.push(`guest: ${m}`) });
  return { a, b, link, owner, guest, refused, ownerBinding, guestBinding };
}

const firstId = (doc: { components: Record<string, unknown> }) => Object.keys(doc.components)[0]!;

describe('live store binding', () => {
  it("publishes the owner's model and a round trip gives the same document (the id stays local)", () => {
    const { a, owner, guest } = session();
    const { id: _o, ...ownerRest } = owner.getState().document;
    const { id: guestId, ...guestRest } = guest.getState().document;
    expect(guestId).toBe('guest');
    expect(guestRest).toEqual(ownerRest);
    expect(Object.keys(readShared(a).components)).toEqual(Object.keys(owner.getState().document.components));
  });

  it('applies a remote edit and keeps the identity of every record it did not touch', () => {
    const { owner, guest } = session();
    owner.getState().renameDocument('Shared platform');
    const before = guest.getState().document;
    const [edited, untouched] = Object.keys(before.components);
    owner.getState().updateComponents({ [edited!]: { name: 'Renamed by owner' } });
    const after = guest.getState().document;
    expect(after.components[edited!]!.name).toBe('Renamed by owner');
    expect(after.components[untouched!]).toBe(before.components[untouched!]);
    expect(after.connections).toBe(before.connections);
    expect(after.assessment).toBe(before.assessment);
  });

  it('merges concurrent edits of different fields of one component', () => {
    const { a, b, link, owner, guest } = session();
    owner.getState().renameDocument('Shared platform');
    const id = firstId(owner.getState().document);
    // Disconnected edits, then exchanged.
    const offline = { a: Y.encodeStateVector(a), b: Y.encodeStateVector(b) };
    link.connected = false;
    owner.getState().updateComponents({ [id]: { name: 'Owner name' } });
    guest.getState().updateComponents({ [id]: { notes: 'Guest notes' } });
    expect(guest.getState().document.components[id]!.name).not.toBe('Owner name');
    link.connected = true;
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, offline.a), 'net');
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, offline.b), 'net');
    for (const store of [owner, guest]) {
      expect(store.getState().document.components[id]).toMatchObject({ name: 'Owner name', notes: 'Guest notes' });
    }
  });

  it("never shares the facilitator's private notes", () => {
    const { a, owner, guest } = session();
    const actions = workshopActionsFor(owner);
    actions.startWorkshop({ title: 'Review', participants: [{ name: 'Fay', role: 'facilitator' }] });
    const workshop = activeWorkshop(owner.getState().document)!;
    actions.setWorkshopPrivateNote(workshop.currentStepId, 'secret facilitator note');
    expect(activeWorkshop(owner.getState().document)!.privateNotes[workshop.currentStepId]).toBe(
      'secret facilitator note',
    );
    expect(JSON.stringify(readShared(a))).not.toContain('secret facilitator note');
    expect(activeWorkshop(guest.getState().document)!.title).toBe('Review');
    expect(activeWorkshop(guest.getState().document)!.privateNotes).toEqual({});
  });

  it('refuses a hostile update, reports it and changes nothing in the store', () => {
    // Another client writes a name far over the limit, a dangling parent, a __proto__ key, a
    // schema version from the future, binary content where a record belongs.
    const attacks: ((doc: Y.Doc, id: string) => void)[] = [
      (doc, id) => doc.getMap<Y.Map<unknown>>('components').get(id)!.set('name', 'x'.repeat(100_000)),
      (doc, id) => doc.getMap<Y.Map<unknown>>('components').get(id)!.set('parentId', 'nowhere'),
      (doc, id) =>
        doc
          .getMap<Y.Map<unknown>>('components')
          .get(id)!
          .set('attributes', JSON.parse('{"__proto__": {"polluted": true}}')),
      (doc) => doc.getMap('meta').set('schemaVersion', 999),
      (doc) => doc.getMap('components').set('evil', new Uint8Array([1, 2, 3])),
    ];
    for (const attack of attacks) {
      const { a, b, owner, guest, refused } = session();
      owner.getState().renameDocument('Shared platform');
      const before = guest.getState().document;
      const hostile = new Y.Doc();
      Y.applyUpdate(hostile, Y.encodeStateAsUpdate(a));
      const vector = Y.encodeStateVector(hostile);
      attack(hostile, firstId(before));
      Y.applyUpdate(b, Y.encodeStateAsUpdate(hostile, vector), 'net');
      expect(guest.getState().document).toBe(before);
      expect(refused).toHaveLength(1);
      expect(refused[0]).toMatch(/^guest: .*shared session/);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("undoes only this person's edits", () => {
    const { owner, guest } = session();
    owner.getState().renameDocument('Shared platform');
    const [first, second] = Object.keys(owner.getState().document.components);
    owner.getState().updateComponents({ [first!]: { name: 'Owner edit' } });
    guest.getState().updateComponents({ [second!]: { name: 'Guest edit' } });
    owner.getState().undo();
    for (const store of [owner, guest]) {
      expect(store.getState().document.components[first!]!.name).not.toBe('Owner edit');
      expect(store.getState().document.components[second!]!.name).toBe('Guest edit');
    }
    owner.getState().redo();
    expect(guest.getState().document.components[first!]!.name).toBe('Owner edit');
  });

  it('writes only the records an edit touched (the record-level diff), one field of one component for a rename', () => {
    const { a, owner } = session();
    const touched: string[] = [];
    a.getMap('components').observeDeep((events) => {
      for (const event of events)
        for (const key of event.changes.keys.keys()) touched.push([...event.path, key].join('.'));
    });
    const id = firstId(owner.getState().document);
    owner.getState().updateComponents({ [id]: { name: 'Only this' } });
    expect(touched).toEqual([`${id}.name`]);
  });
});
