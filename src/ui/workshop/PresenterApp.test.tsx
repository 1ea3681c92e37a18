import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { PresenterApp } from './PresenterApp';
import { frameMessage, presenterChannelName, requestMessage, type PresenterFrame } from '../../domain/workshop/presenterFrame';

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

/** Resolves after the channel's next message (BroadcastChannel delivers asynchronously). */
function nextMessage(channel: BroadcastChannel): Promise<unknown> {
  return new Promise((resolve) => channel.addEventListener('message', (e) => resolve((e as MessageEvent).data), { once: true }));
}

async function flush(): Promise<void> {
  await act(() => new Promise((r) => setTimeout(r, 50)));
}

afterEach(cleanup);

describe('PresenterApp', () => {
  it('asks for the current frame on opening, then shows what the facilitator sends, as text', async () => {
    const facilitator = new BroadcastChannel(presenterChannelName('proj1'));
    const request = nextMessage(facilitator);
    render(<PresenterApp projectId="proj1" />);
    expect(await request).toEqual(requestMessage());
    expect(screen.getByRole('status').textContent).toMatch(/Waiting/);

    facilitator.postMessage(frameMessage(frame));
    await flush();
    expect(screen.getByTestId('presenter-step-title').textContent).toBe('HY-BF1 VM Process Isolation');
    expect(screen.getByTestId('presenter-log').textContent).toContain('<b>bold</b> stays text');
    expect(screen.getByTestId('presenter-log').querySelector('b')).toBeNull();
    facilitator.close();
  });

  it('ignores malformed messages and frames of another project', async () => {
    const facilitator = new BroadcastChannel(presenterChannelName('proj1'));
    render(<PresenterApp projectId="proj1" />);
    facilitator.postMessage({ ...frameMessage(frame), version: 99 });
    facilitator.postMessage(frameMessage({ ...frame, projectId: 'other' }));
    facilitator.postMessage({ type: 'frame', frame: { ...frame, step: 'x' } });
    await flush();
    expect(screen.queryByTestId('presenter-step-title')).toBeNull();
    facilitator.postMessage(frameMessage(null));
    await flush();
    expect(screen.getByRole('status').textContent).toMatch(/No workshop/);
    facilitator.close();
  });
});
