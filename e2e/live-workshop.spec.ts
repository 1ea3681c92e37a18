/**
 * Issue 20: live workshops across machines against a real `htw serve` this spec starts (port
 * LIVE_PORT, default 4195). Three browser contexts stand for three laptops: the facilitator
 * shares, a participant and an observer join by link. Edits converge, the observer's writes
 * are refused by the server (a Node client with the observer's key tries), and a server killed
 * with SIGKILL and restarted has lost nothing.
 */
import { test, expect, type Browser } from '@playwright/test';
import { connectNodeClient } from '../src/cli/serve/liveClient.testHelpers';
import { HtwServe, laptop as plainLaptop, LiveSessionPage } from './pages/LiveSession';

const server = new HtwServe(Number(process.env.LIVE_PORT ?? 4195), 'htw-live-e2e-');
const { origin, port } = server;

test.afterAll(() => server.kill());

/** A page that fails the test on a CSP violation (the same-origin ws: must pass `connect-src 'self'`). */
async function laptop(browser: Browser, violations: string[]): Promise<LiveSessionPage> {
  const page = await plainLaptop(browser);
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  page.on('console', (message) => {
    if (message.text().startsWith('CSP violation')) violations.push(message.text());
  });
  page.on('request', (request) => {
    if (
      !request.url().startsWith(origin) &&
      !request.url().startsWith(`ws://127.0.0.1:${port}`) &&
      !request.url().startsWith('data:') &&
      !request.url().startsWith('blob:')
    ) {
      violations.push(`request to another origin: ${request.url()}`);
    }
  });
  return new LiveSessionPage(page);
}

/** Joins by link; the key leaves the address bar once read. */
async function joinByLink(live: LiveSessionPage, link: string, name: string): Promise<void> {
  await live.joinByLink(link, name);
  expect(live.page.url()).not.toContain('#join=');
}

test('three laptops share a live workshop through htw serve; the observer cannot write; a killed server loses nothing', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  await server.start();
  const violations: string[] = [];

  const facilitator = await laptop(browser, violations);
  const { participant: participantLink, observer: observerLink } = await facilitator.share(origin);
  await expect(facilitator.page.getByRole('img', { name: 'QR code of the participant link' })).toBeVisible();
  expect(participantLink).toMatch(new RegExp(`^${origin}/#join=`));
  const sharedName = await facilitator.projectName().inputValue();

  const participant = await laptop(browser, violations);
  await joinByLink(participant, participantLink, 'Sam');
  await expect(participant.session()).toContainText('you are the participant');
  await expect(participant.projectName()).toHaveValue(sharedName);
  await expect(facilitator.page.getByTestId('live-peers')).toContainText('Sam (participant)');

  const observer = await laptop(browser, violations);
  await joinByLink(observer, observerLink, 'Olga');
  await expect(observer.session()).toContainText('you are the observer');
  await expect(facilitator.page.getByTestId('live-peers')).toContainText('Olga (observer)');

  // Concurrent edits: the facilitator renames the project while the participant renames a component.
  await participant.goTo('');
  const firstComponent = (await participant.nodeNames().first().textContent())!;
  await facilitator.renameProject('Shared by Fay');
  await participant.renameComponent(0, 'Renamed by Sam');
  for (const page of [facilitator, participant, observer]) {
    await expect(page.projectName()).toHaveValue('Shared by Fay');
  }
  await observer.goTo('');
  for (const page of [participant, observer]) {
    await expect(page.named('Renamed by Sam')).toHaveCount(1);
    await expect(page.named(firstComponent)).toHaveCount(0);
  }

  // The observer's key opens the room read-only: the server refuses what it writes.
  const observerKey = observerLink.split('#join=')[1]!;
  const [room, key] = [observerKey.slice(0, observerKey.indexOf('.')), observerKey.slice(observerKey.indexOf('.') + 1)];
  const sneaky = connectNodeClient(`ws://127.0.0.1:${port}/sync`, room, JSON.stringify({ key }));
  await sneaky.synced;
  sneaky.doc.getMap('meta').set('name', 'Written by the observer');
  // Once the server has handled the write (it answers a read-only connection "not applied", and
  // would have sent anything it applied to the others before that answer), it has reached nobody:
  // the project keeps its name everywhere.
  await expect.poll(() => sneaky.updatesRefused()).toBeGreaterThan(0);
  // The server's own copy, as a client joining now receives it, does not hold the write either.
  const probe = connectNodeClient(`ws://127.0.0.1:${port}/sync`, room, JSON.stringify({ key }));
  await probe.synced;
  expect(probe.doc.getMap('meta').get('name')).toBe('Shared by Fay');
  probe.destroy();
  for (const page of [facilitator, participant]) await expect(page.projectName()).toHaveValue('Shared by Fay');
  await facilitator.renameProject('Still Fay');
  await expect(participant.projectName()).toHaveValue('Still Fay');
  sneaky.destroy();

  // Kill the server (no chance to store on exit) once the debounced store has written the room
  // with the latest edits to its data folder.
  await expect
    .poll(() => server.stored(room), { timeout: 15_000 })
    .toEqual({ name: 'Still Fay', componentNames: expect.arrayContaining(['Renamed by Sam']) });
  await server.kill();
  await server.start();
  const latecomer = await laptop(browser, violations);
  await joinByLink(latecomer, participantLink, 'Lee');
  await expect(latecomer.projectName()).toHaveValue('Still Fay');
  await latecomer.goTo('');
  await expect(latecomer.named('Renamed by Sam')).toHaveCount(1);
  // The open sessions reconnect by themselves and keep converging.
  await participant.renameProject('After the restart');
  for (const page of [facilitator, latecomer])
    await expect(page.projectName()).toHaveValue('After the restart', { timeout: 20_000 });

  expect(violations).toEqual([]);
});
