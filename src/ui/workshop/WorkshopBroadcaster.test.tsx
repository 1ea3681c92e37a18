import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup } from '@testing-library/react';
import { WorkshopBroadcaster } from './WorkshopBroadcaster';
import { lastFrame, renderWithPresenter, settle } from './presenterTestChannel';
import { workshopActionsFor } from '../../store/workshopActions';
import { requestMessage } from '../../domain/workshop/presenterFrame';

afterEach(cleanup);

const setup = () => renderWithPresenter(<WorkshopBroadcaster />);

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
