/**
 * Issue 22 item 4 in the editor: the reader refuses more than LIMITS.components components or
 * LIMITS.connections connections, so no edit may go past them (it would save a project that
 * never opens again). Refused with a notice, the document unchanged.
 */
import { describe, expect, it } from 'vitest';
import { createWorkbenchStore } from './createWorkbenchStore';
import { EDITING_CATALOG, makeComponent, makeDocument } from '../test/builders';
import type { CatalogData } from '../domain/catalog/schema';
import { LIMITS, type Connection } from '../domain/model/schema';

function storeWith(components: number, connections: number) {
  const parts = Array.from({ length: components }, (_, i) => makeComponent(`c${i}`, 'guest-vm'));
  const links: Connection[] = Array.from({ length: connections }, (_, i) => ({
    id: `l${i}`,
    type: 'runs-on',
    source: 'c0',
    target: 'c1',
    label: '',
    attributes: {},
  }));
  let n = 0;
  return createWorkbenchStore(
    { catalog: EDITING_CATALOG as CatalogData, clock: () => '2026-01-01T00:00:00.000Z', ids: () => `new${++n}` },
    makeDocument({ components: parts, connections: links }),
  );
}

describe('component and connection limits in the editor', () => {
  it('adds the last component allowed, then refuses the next with a notice naming the limit', () => {
    const store = storeWith(LIMITS.components - 1, 0);
    const last = store.getState().addComponent({ type: 'guest-vm', position: { x: 0, y: 0 } });
    expect(Object.keys(store.getState().document.components)).toHaveLength(LIMITS.components);
    expect(store.getState().selection.components).toEqual([last]);
    const before = store.getState().document;
    store.getState().addComponent({ type: 'guest-vm', position: { x: 0, y: 0 } });
    expect(store.getState().document).toBe(before);
    expect(store.getState().notice).toEqual({
      kind: 'error',
      text: 'A project holds at most 5000 components; this change would make 5001. Split the platform into several projects.',
    });
    expect(store.getState().selection.components).toEqual([last]);
  });

  it('refuses a connection past the connection limit', () => {
    const store = storeWith(2, LIMITS.connections);
    const before = store.getState().document;
    store.getState().commit((doc) => ({
      ...doc,
      connections: {
        ...doc.connections,
        extra: { id: 'extra', type: 'runs-on', source: 'c1', target: 'c0', label: '', attributes: {} },
      },
    }));
    expect(store.getState().document).toBe(before);
    expect(store.getState().notice?.text).toContain('at most 20000 connections; this change would make 20001');
  });

  it('still allows edits that do not add records at the limit', () => {
    const store = storeWith(LIMITS.components, 0);
    store.getState().updateComponents({ c0: { name: 'Renamed' } });
    expect(store.getState().document.components.c0!.name).toBe('Renamed');
    expect(store.getState().notice).toBeNull();
  });
});
