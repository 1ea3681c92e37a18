import { describe, expect, it } from 'vitest';
import { createWorkbenchStore } from './createWorkbenchStore';
import { workshopActionsFor } from './workshopActions';
import { loadBundledCatalog } from '../domain/catalog/catalogSource';
import { instantiateTemplate } from '../domain/catalog/templates';
import { activeWorkshop } from '../domain/workshop/workshopOps';

function setup() {
  let n = 0;
  let t = 0;
  const catalog = loadBundledCatalog();
  const store = createWorkbenchStore(
    { catalog, clock: () => new Date(Date.UTC(2026, 0, 1, 9, 0, t++)).toISOString(), ids: () => `id${++n}` },
    instantiateTemplate('kvm-libvirt', { id: 'proj1', now: '2026-01-01T08:00:00.000Z' }),
  );
  // Store state and actions plus the workshop actions, as the workshop view sees them.
  const s = () => ({ ...store.getState(), ...workshopActionsFor(store) });
  return { store, s };
}

const people = [
  { name: 'Fay', role: 'facilitator' as const },
  { name: 'Sam', role: 'scribe' as const },
];

describe('workshop actions', () => {
  it('start a workshop with the generated agenda and refuse a second one', () => {
    const { s } = setup();
    const id = s().startWorkshop({ title: 'Review', participants: people });
    expect(id).not.toBeNull();
    expect(activeWorkshop(s().document)?.agenda.length).toBeGreaterThanOrEqual(6);
    expect(s().startWorkshop({ title: 'Again', participants: people })).toBeNull();
  });

  it('undo a decision in one step: the log entry and the checklist status together', () => {
    const { s } = setup();
    s().startWorkshop({ title: 'Review', participants: people });
    const w = activeWorkshop(s().document)!;
    const sam = Object.values(w.participants).find((p) => p.name === 'Sam')!.id;
    s().recordWorkshopEntry({
      kind: 'decision',
      itemId: w.currentItemId!,
      status: 'implemented',
      text: 'Done',
      by: sam,
    });
    expect(s().document.assessment[w.currentItemId!]?.status).toBe('implemented');
    expect(Object.keys(activeWorkshop(s().document)!.log)).toHaveLength(1);
    s().undo();
    expect(s().document.assessment[w.currentItemId!]).toBeUndefined();
    expect(Object.keys(activeWorkshop(s().document)!.log)).toHaveLength(0);
  });

  it('coalesce walking through steps and items into one undo step', () => {
    const { s } = setup();
    s().startWorkshop({ title: 'Review', participants: people });
    const first = activeWorkshop(s().document)!.currentStepId;
    s().moveWorkshopStep(1);
    s().moveWorkshopItem(1);
    s().moveWorkshopStep(1);
    expect(activeWorkshop(s().document)!.currentStepId).not.toBe(first);
    s().undo();
    expect(activeWorkshop(s().document)!.currentStepId).toBe(first);
  });

  it('apply nothing in a read-only tab', () => {
    const { s } = setup();
    s().setReadOnly(true);
    expect(s().startWorkshop({ title: 'Review', participants: people })).toBeNull();
    expect(s().document.workshops).toEqual({});
  });

  it('are built once per store, so components get stable functions', () => {
    const { store } = setup();
    expect(workshopActionsFor(store)).toBe(workshopActionsFor(store));
    expect(workshopActionsFor(setup().store)).not.toBe(workshopActionsFor(store));
  });

  it('are not part of the store state (they load with the workshop view)', () => {
    const { store } = setup();
    expect(store.getState()).not.toHaveProperty('startWorkshop');
  });
});
