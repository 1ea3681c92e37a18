import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render } from '@testing-library/react';
import { WorkshopBroadcaster } from './WorkshopBroadcaster';
import { WorkbenchContext } from '../../store/hooks';
import { createWorkbenchStore } from '../../store/createWorkbenchStore';
import { workshopActionsFor } from '../../store/workshopActions';
import { loadBundledCatalog } from '../../domain/catalog/catalogSource';
import { instantiateTemplate } from '../../domain/catalog/templates';
import { parsePresenterMessage, presenterChannelName, requestMessage, type PresenterMessage } from '../../domain/workshop/presenterFrame';

afterEach(cleanup);

function setup() {
  let n = 0;
  const store = createWorkbenchStore(
    { catalog: loadBundledCatalog(), clock: () => new Date().toISOString(), ids: () => `id${++n}` },
    instantiateTemplate('kvm-libvirt', { id: 'proj1', now: '2026-01-01T08:00:00.000Z' }),
  );
  const received: PresenterMessage[] = [];
  const presenter = new BroadcastChannel(presenterChannelName('proj1'));
  presenter.onmessage = (e: MessageEvent<unknown>) => {
    const message = parsePresenterMessage(e.data);
    if (message) received.push(message);
  };
  render(
    <WorkbenchContext.Provider value={store}>
      <WorkshopBroadcaster />
    </WorkbenchContext.Provider>,
  );
  return { store, received, presenter };
}

const settle = () => act(() => new Promise((r) => setTimeout(r, 60)));
const lastFrame = (received: PresenterMessage[]) => {
  const last = received.at(-1);
  return last?.type === 'frame' ? last.frame : undefined;
};

describe('WorkshopBroadcaster', () => {
  it('announces "no workshop", then each step change, and answers requests', async () => {
    const { store, received, presenter } = setup();
    await settle();
    expect(received.at(-1)).toMatchObject({ type: 'frame', frame: null });
    act(() => void workshopActionsFor(store).startWorkshop({ title: 'Review', participants: [{ name: 'Fay', role: 'facilitator' }] }));
    await settle();
    const first = lastFrame(received)!.step.id;
    act(() => workshopActionsFor(store).moveWorkshopStep(1));
    await settle();
    expect(lastFrame(received)!.step.id).not.toBe(first);
    const count = received.length;
    presenter.postMessage(requestMessage());
    await settle();
    expect(received.length).toBe(count + 1);
    presenter.close();
  });

  it('stays silent in a read-only tab', async () => {
    const { store, received, presenter } = setup();
    await settle();
    act(() => store.getState().setReadOnly(true));
    const count = received.length;
    presenter.postMessage(requestMessage());
    await settle();
    expect(received.length).toBe(count);
    act(() => store.getState().setReadOnly(false));
    await settle();
    presenter.postMessage(requestMessage());
    await settle();
    expect(received.length).toBeGreaterThan(count);
    presenter.close();
  });
});
