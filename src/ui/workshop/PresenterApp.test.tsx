import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { PresenterApp } from './PresenterApp';
import type { PresenterFrame } from '../../domain/workshop/presenterFrame';
import {
  frameMessage,
  helloMessage,
  presenterChannelName,
  requestMessage,
} from '../../domain/workshop/presenterChannel';
import { deliver, otherWindow } from '../../test/presenterTestChannel';

const frame: PresenterFrame = {
  projectId: 'proj1',
  projectName: 'Lab',
  workshopTitle: 'Review',
  ended: false,
  stepIndex: 1,
  stepCount: 7,
  step: {
    id: 'step-hy-bf1',
    title: 'HY-BF1 VM Process Isolation',
    kind: 'baseline-function',
    components: ['kvm-node-01'],
    tasks: [],
    threats: [],
    items: [{ id: 'HY-SR-2', title: 'Hardware assistance', status: 'implemented' }],
  },
  item: {
    id: 'HY-SR-2',
    title: 'Hardware assistance',
    requirement: 'Use VT-x.',
    status: 'implemented',
    owner: '',
    dueDate: '',
    components: [],
    log: [{ kind: 'decision', text: '<b>bold</b> stays text', status: 'implemented', by: 'Sam' }],
  },
  timer: { timeboxMinutes: 15, spentSeconds: 0, enteredAt: new Date().toISOString(), running: true },
  openParkedTopics: 0,
  totals: { decisions: 1, actions: 0, openQuestions: 0 },
};

/** The facilitator's window: this presenter's `window.opener`. */
let facilitator: ReturnType<typeof otherWindow>;

beforeEach(() => {
  facilitator = otherWindow();
  Object.defineProperty(window, 'opener', { value: facilitator.win, configurable: true, writable: true });
});

afterEach(() => {
  cleanup();
  facilitator.remove();
  Object.defineProperty(window, 'opener', { value: null, configurable: true, writable: true });
});

/** `postMessage` events are handled as they are dispatched: `act` lets React render what they set. */
const fromFacilitator = async (data: unknown) => {
  await act(async () => deliver(data, facilitator.win));
};

describe('PresenterApp', () => {
  it('asks its opener for the current frame, then shows what the opener sends, as text', async () => {
    render(<PresenterApp projectId="proj1" />);
    expect(facilitator.sent).toEqual([requestMessage('proj1')]);
    expect(screen.getByRole('status').textContent).toMatch(/Waiting/);

    await fromFacilitator(frameMessage(frame));
    expect(screen.getByTestId('presenter-step-title').textContent).toBe('HY-BF1 VM Process Isolation');
    expect(screen.getByTestId('presenter-log').textContent).toContain('<b>bold</b> stays text');
    expect(screen.getByTestId('presenter-log').querySelector('b')).toBeNull();
  });

  it('ignores malformed messages and frames of another project', async () => {
    render(<PresenterApp projectId="proj1" />);
    await fromFacilitator({ ...frameMessage(frame), version: 99 });
    await fromFacilitator(frameMessage({ ...frame, projectId: 'other' }));
    await fromFacilitator({ type: 'frame', frame: { ...frame, step: 'x' } });
    expect(screen.queryByTestId('presenter-step-title')).toBeNull();
    await fromFacilitator(frameMessage(null));
    expect(screen.getByRole('status').textContent).toMatch(/No workshop/);
  });

  it('shows no frame from a window other than its opener, from another origin, or over the broadcast channel', async () => {
    render(<PresenterApp projectId="proj1" />);
    const forger = otherWindow();
    deliver(frameMessage({ ...frame, workshopTitle: 'Forged' }), forger.win);
    deliver(frameMessage({ ...frame, workshopTitle: 'Forged' }), null);
    deliver(frameMessage({ ...frame, workshopTitle: 'Forged' }), facilitator.win, 'http://evil.example');
    const channel = new BroadcastChannel(presenterChannelName('proj1'));
    channel.postMessage(frameMessage({ ...frame, workshopTitle: 'Forged' }));
    // A channel delivers in order: once the hello after the forged frame made this window ask
    // again, the forged frame has been handled too.
    channel.postMessage(helloMessage());
    await waitFor(() => expect(facilitator.sent).toHaveLength(2));
    expect(screen.queryByTestId('presenter-step-title')).toBeNull();
    expect(screen.getByRole('status').textContent).toMatch(/Waiting/);
    // The real one still gets through.
    await fromFacilitator(frameMessage(frame));
    expect(screen.getByTestId('presenter-step-title').textContent).toBe('HY-BF1 VM Process Isolation');
    channel.close();
    forger.remove();
  });

  it('refuses a frame with a prototype key anywhere, even from its opener', async () => {
    render(<PresenterApp projectId="proj1" />);
    const valid = JSON.stringify(frameMessage({ ...frame, workshopTitle: 'Polluted' }));
    const polluted = [
      valid.replace('{"protocol"', '{"__proto__":{"isAdmin":true},"protocol"'),
      valid.replace('"projectId":"proj1"', '"projectId":"proj1","__proto__":{"x":1}'),
      valid.replace('"kind":"decision"', '"kind":"decision","constructor":{"prototype":{}}'),
      valid.replace('"id":"HY-SR-2"', '"id":"HY-SR-2","prototype":"p"'),
    ];
    for (const text of polluted) {
      expect(text).not.toBe(valid);
      await fromFacilitator(JSON.parse(text));
    }
    expect(screen.queryByTestId('presenter-step-title')).toBeNull();
    await fromFacilitator(JSON.parse(valid));
    expect(screen.getByTestId('presenter-step-title')).toBeDefined();
  });

  it('asks its opener again when a facilitator says hello (after the facilitator reloads)', async () => {
    render(<PresenterApp projectId="proj1" />);
    const channel = new BroadcastChannel(presenterChannelName('proj1'));
    // The hello with a key too many goes first: a channel delivers in order, so once the
    // plain hello has been answered, the other one has been handled (and ignored) too.
    channel.postMessage({ ...helloMessage(), frame: frame });
    channel.postMessage(helloMessage());
    await waitFor(() => expect(facilitator.sent).toHaveLength(2));
    expect(facilitator.sent).toEqual([requestMessage('proj1'), requestMessage('proj1')]);
    channel.close();
  });

  it('says how to open it when no window opened it, and shows nothing', async () => {
    Object.defineProperty(window, 'opener', { value: null, configurable: true, writable: true });
    render(<PresenterApp projectId="proj1" />);
    await fromFacilitator(frameMessage(frame));
    expect(screen.getByRole('status').textContent).toMatch(/not opened from a workshop/);
    expect(facilitator.sent).toEqual([]);
  });
});
