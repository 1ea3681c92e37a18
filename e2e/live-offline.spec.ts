/**
 * Issue 20: a participant whose laptop loses the network keeps working; on reconnect its edits
 * merge with what the others did meanwhile; after the session the facilitator's project is
 * still an ordinary local project (a reload reads it back from IndexedDB). Runs its own
 * `htw serve` on LIVE_PORT + 1 (default 4196) so it can run beside live-workshop.spec.ts.
 */
import { test, expect } from '@playwright/test';
import { HtwServe, laptop, LiveSessionPage } from './pages/LiveSession';

const server = new HtwServe(Number(process.env.LIVE_PORT ?? 4195) + 1, 'htw-live-offline-e2e-');

test.beforeAll(() => server.start());
test.afterAll(() => server.kill());

/** A laptop's page and its live-session page object. */
async function machine(browser: Parameters<typeof laptop>[0]): Promise<LiveSessionPage> {
  return new LiveSessionPage(await laptop(browser));
}

test('a participant offline keeps editing; on reconnect the edits merge both ways; the owner keeps a local project', async ({ browser }) => {
  test.setTimeout(90_000);
  const fay = await machine(browser);
  const facilitator = fay.page;
  const link = (await fay.share(server.origin)).participant;

  const samLive = await machine(browser);
  const sam = samLive.page;
  await samLive.joinByLink(link, 'Sam');
  await expect(samLive.session()).toContainText('Connected.');
  const patLive = await machine(browser);
  await patLive.joinByLink(link, 'Pat');
  await expect(patLive.session()).toContainText('Connected.');
  await fay.goTo('');
  await patLive.goTo('');
  const [first, second] = [(await fay.nodeNames().nth(0).textContent())!, (await fay.nodeNames().nth(1).textContent())!];

  // Sam's laptop loses the network: the session says so, and Sam keeps editing.
  await sam.context().setOffline(true);
  await expect(samLive.session()).toContainText('Offline: your edits merge when the connection returns.');
  await samLive.goTo('');
  await samLive.renameComponent(0, 'Offline by Sam');
  await fay.renameProject('Renamed while Sam was away');
  await patLive.renameComponent(1, 'Renamed by Pat');
  await expect(fay.named('Renamed by Pat')).toHaveCount(1);
  // Nothing crosses while Sam is offline, in either direction.
  await facilitator.waitForTimeout(1000);
  await expect(fay.named('Offline by Sam')).toHaveCount(0);
  await expect(fay.named(first)).toHaveCount(1);
  await expect(samLive.named(second)).toHaveCount(1);
  await expect(samLive.projectName()).not.toHaveValue('Renamed while Sam was away');

  // Back online: everybody holds every edit.
  await sam.context().setOffline(false);
  for (const live of [fay, samLive, patLive]) {
    await expect(live.projectName()).toHaveValue('Renamed while Sam was away', { timeout: 15_000 });
    await expect(live.named('Offline by Sam')).toHaveCount(1, { timeout: 15_000 });
    await expect(live.named('Renamed by Pat')).toHaveCount(1);
    await expect(live.named(first)).toHaveCount(0);
    await expect(live.named(second)).toHaveCount(0);
  }
  await samLive.goTo('#workshop');
  await expect(samLive.session()).toContainText('Connected.');

  // The facilitator leaves; the merged project is an ordinary local project of that browser.
  await fay.goTo('#workshop');
  await facilitator.getByRole('button', { name: 'Leave session' }).click();
  await expect(facilitator.getByRole('button', { name: 'Share session' })).toBeVisible();
  await facilitator.waitForTimeout(1000);
  await facilitator.reload();
  await fay.goTo('');
  await expect(fay.projectName()).toHaveValue('Renamed while Sam was away');
  await expect(fay.named('Offline by Sam')).toHaveCount(1);
  await expect(fay.named('Renamed by Pat')).toHaveCount(1);
  await expect(fay.session()).toHaveCount(0);
  // Still editable and stored locally, with no session: a reload keeps a new local edit.
  await fay.renameProject('Local again');
  await facilitator.waitForTimeout(1000);
  await facilitator.reload();
  await expect(fay.projectName()).toHaveValue('Local again');
});
