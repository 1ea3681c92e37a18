/**
 * Issue 22 item 2 in storage: the trash is a map keyed by project id, and a project whose id
 * is a built-in JavaScript name (`toString`) read the inherited function as its trash mark on
 * every save.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { instantiateTemplate } from '../domain/catalog/templates';
import { createHarness } from '../test/storageHarness';

let close: (() => void) | undefined;
afterEach(() => close?.());

describe('projects whose id is a built-in JavaScript name', () => {
  it.each(['toString', 'valueOf', 'hasOwnProperty'])(
    'a project with id %s saves, stays out of the trash and reads back',
    async (id) => {
      const h = await createHarness();
      close = h.close;
      const doc = instantiateTemplate('kvm-libvirt', { id, now: '2026-11-28T00:00:00Z' });
      await h.repository.create(doc);
      // The trash map exists once any project was deleted.
      await h.repository.create(instantiateTemplate('kvm-libvirt', { id: 'gone', now: '2026-11-28T00:00:00Z' }));
      await h.repository.moveToTrash('gone', '2026-11-28T00:00:01Z');
      await h.repository.save({ ...doc, name: 'Renamed' });
      expect((await h.repository.load(id))?.name).toBe('Renamed');
      expect((await h.repository.listTrash()).map((p) => p.id)).toEqual(['gone']);
    },
  );
});
