/**
 * Issue 22 item 10: the presenter shows only frames from the window that opened it. Another
 * same-origin page posts well-formed forged frames (and one with a prototype key) on the
 * presenter channel; the projector never shows them, and keeps following the facilitator.
 */
import { test, expect } from './fixtures';
import { PresenterPage } from './pages/PresenterPage';
import { WorkshopPage } from './pages/WorkshopPage';

test('a forged frame from another same-origin page is not displayed, the real ones are', async ({
  page,
  context,
  workbench,
}) => {
  await workbench.open();
  const workshop = new WorkshopPage(page);
  await workshop.open();
  await workshop.start('Forgery check', [{ name: 'Fay Facilitator', role: 'facilitator' }]);
  const titles = await workshop.agendaStepTitles();
  const presenter = await workshop.openPresenter();
  const shown = new PresenterPage(presenter);
  await expect(shown.stepTitle()).toHaveText(titles[0]!);
  const projectId = new URL(presenter.url()).searchParams.get('presenter')!;

  // Another page of the same origin (not the presenter's opener).
  const forger = await context.newPage();
  const presenterRequests = await workshop.countPresenterRequests();
  await forger.goto('/?presenter=forger');
  await forger.evaluate((id) => {
    const frame = {
      projectId: id,
      projectName: 'FORGED',
      workshopTitle: 'FORGED',
      ended: false,
      stepIndex: 0,
      stepCount: 1,
      step: { id: 's', title: 'FORGED STEP', kind: 'platform', components: [], tasks: [], threats: [], items: [] },
      item: null,
      timer: { timeboxMinutes: 5, spentSeconds: 0, enteredAt: new Date().toISOString(), running: true },
      openParkedTopics: 0,
      totals: { decisions: 0, actions: 0, openQuestions: 0 },
    };
    const channel = new BroadcastChannel(`htw-workshop-presenter:${id}`);
    for (const version of [1, 2])
      channel.postMessage({ protocol: 'htw-workshop-presenter', version, type: 'frame', frame });
    channel.postMessage(
      JSON.parse(
        `{"__proto__":{"x":1},${JSON.stringify({ protocol: 'htw-workshop-presenter', version: 2, type: 'frame', frame }).slice(1)}`,
      ),
    );
    // A hello only makes the presenter ask its real opener again.
    channel.postMessage({ protocol: 'htw-workshop-presenter', version: 2, type: 'hello' });
    // And to every window it can reach.
    for (const w of [window.opener, window.parent, window.top])
      (w as Window | null)?.postMessage({ protocol: 'htw-workshop-presenter', version: 2, type: 'frame', frame }, '*');
  }, projectId);
  // The channel delivers in order: once the presenter has asked again on the hello (the last
  // message), it has handled the forged frames before it.
  await expect.poll(presenterRequests).toBeGreaterThan(0);
  await expect(shown.stepTitle()).toHaveText(titles[0]!);
  await expect(shown.screen()).not.toContainText('FORGED');

  // The facilitator's real frames still arrive.
  await workshop.nextStep();
  await expect(shown.stepTitle()).toHaveText(titles[1]!);
  await expect(shown.screen()).not.toContainText('FORGED');
  await presenter.screenshot({ path: test.info().outputPath('presenter-after-forgery.png') });
});
