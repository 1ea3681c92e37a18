import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createWorkbenchStore } from '../../store/createWorkbenchStore';
import { workshopActionsFor } from '../../store/workshopActions';
import { loadBundledCatalog } from '../../domain/catalog/catalogSource';
import { instantiateTemplate } from '../../domain/catalog/templates';
import { activeWorkshop } from '../../domain/workshop/workshopOps';
import { bindStore, readValidated } from './storeBinding';
import { recoverEdits } from './recovery';
import { readShared } from './yjsState';

const catalog = loadBundledCatalog();

function makeStore(projectId: string) {
  let n = 0;
  let t = 0;
  return createWorkbenchStore(
    { catalog, clock: () => new Date(Date.UTC(2026, 0, 1, 9, 0, t++)).toISOString(), ids: () => `${projectId}x${++n}` },
    instantiateTemplate('kvm-libvirt', { id: projectId, now: '2026-01-01T08:00:00.000Z' }),
  );
}

describe('edits after a refused change survive the rejoin', () => {
  it("keeps the edits made on the old Y.Doc and while rejoining, merges the others' edits, and leaves out the refused step change", () => {
    // The owner's Y.Doc stands for the server: the guest's updates reach it while `link.open`.
    const server = new Y.Doc();
    const guestDoc = new Y.Doc();
    const link = { open: true };
    server.on('update', (u: Uint8Array, origin: unknown) => origin !== 'net' && Y.applyUpdate(guestDoc, u, 'net'));
    guestDoc.on(
      'update',
      (u: Uint8Array, origin: unknown) => link.open && origin !== 'net' && Y.applyUpdate(server, u, 'net'),
    );
    const owner = makeStore('owner');
    const guest = makeStore('guest');
    bindStore(owner, server, { publish: true, onRefused: () => {} });
    const oldBinding = bindStore(guest, guestDoc, { publish: false, onRefused: () => {} });
    workshopActionsFor(owner).startWorkshop({ title: 'Review', participants: [{ name: 'Fay', role: 'facilitator' }] });
    const step = activeWorkshop(guest.getState().document)!.currentStepId;
    const [a, b, c] = Object.keys(owner.getState().document.components) as [string, string, string];

    // The server refuses the guest's step change, and so holds back everything after it.
    link.open = false;
    workshopActionsFor(guest).moveWorkshopStep(1);
    guest.getState().updateComponents({ [a]: { name: 'Sam on the old doc' } });
    owner.getState().updateComponents({ [b]: { name: 'Fay meanwhile' } });
    expect(readShared(server).components[a]).not.toMatchObject({ name: 'Sam on the old doc' });
    oldBinding.stop();
    const atTeardown = guest.getState().document;
    guest.getState().updateComponents({ [c]: { name: 'Sam while rejoining' } });

    // Rejoining: a fresh Y.Doc with the server's state.
    const fresh = new Y.Doc();
    Y.applyUpdate(fresh, Y.encodeStateAsUpdate(server));
    const result = recoverEdits(fresh, { old: guestDoc, atTeardown }, guest.getState().document, (doc, local) =>
      readValidated(doc, guest, local),
    );
    if (!result.ok) throw new Error(result.message);
    bindStore(guest, fresh, {
      publish: false,
      onRefused: () => {},
      recovered: { from: result.shared, to: result.recovered },
    });
    fresh.on('update', (u: Uint8Array, origin: unknown) => origin !== 'net' && Y.applyUpdate(server, u, 'net'));
    Y.applyUpdate(server, Y.encodeStateAsUpdate(fresh), 'net');

    for (const store of [guest, owner]) {
      const doc = store.getState().document;
      expect(doc.components[a]!.name).toBe('Sam on the old doc');
      expect(doc.components[b]!.name).toBe('Fay meanwhile');
      expect(doc.components[c]!.name).toBe('Sam while rejoining');
      expect(activeWorkshop(doc)!.currentStepId).toBe(step);
    }
  });

  it('reports edits that do not merge into a valid document instead of publishing them', () => {
    const guest = makeStore('guest');
    const fresh = new Y.Doc();
    bindStore(makeStore('owner'), fresh, { publish: true, onRefused: () => {} }).stop();
    const old = new Y.Doc();
    Y.applyUpdate(old, Y.encodeStateAsUpdate(fresh));
    const id = [...old.getMap<Y.Map<unknown>>('components').keys()][0]!;
    old.getMap<Y.Map<unknown>>('components').get(id)!.set('name', 42);
    const result = recoverEdits(
      fresh,
      { old, atTeardown: guest.getState().document },
      guest.getState().document,
      (doc, local) => readValidated(doc, guest, local),
    );
    expect(result.ok).toBe(false);
    expect(readShared(fresh).components[id]).not.toMatchObject({ name: 42 });
  });
});
