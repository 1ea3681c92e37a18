/**
 * Issue 20: a participant whose laptop loses the network keeps working; on reconnect its edits
 * merge with what the others did meanwhile; after the session the facilitator's project is
 * still an ordinary local project (a reload reads it back from IndexedDB). Runs its own
 * `htw serve` on LIVE_PORT + 1 (default 4196) so it can run beside live-workshop.spec.ts.
 */
import { test, expect } from '@playwright/test';
import { connectNodeClient } from '../src/cli/serve/liveClient.testHelpers';
import { parseInvite } from '../src/app/live/invite';
import { AppDatabase } from './pages/AppDatabase';
import { HtwServe, laptop, LiveSessionPage } from './pages/LiveSession';

const server = new HtwServe(Number(process.env.LIVE_PORT ?? 4195) + 1, 'htw-live-offline-e2e-');

test.beforeAll(() => server.start());
test.afterAll(() => server.kill());

/**
 * The room as the server holds it now, as a client joining with `key` receives it: the project
 * name and the component names.
 */
async function serverCopy(room: string, key: string): Promise<{ name: unknown; componentNames: unknown[] }> {
  const probe = connectNodeClient(`ws://127.0.0.1:${server.port}/sync`, room, JSON.stringify({ key }));
  try {
    await probe.synced;
    const components = probe.doc.getMap<{ get(field: string): unknown }>('components');
    return {
      name: probe.doc.getMap('meta').get('name'),
      componentNames: [...components.values()].map((fields) => fields.get('name')),
    };
  } finally {
    probe.destroy();
  }
}

/** A laptop's page and its live-session page object. */
async function machine(browser: Parameters<typeof laptop>[0]): Promise<LiveSessionPage> {
  return new LiveSessionPage(await laptop(browser));
}

test('a participant offline keeps editing; on reconnect the edits merge both ways; the owner keeps a local project', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const fay = await machine(browser);
  const facilitator = fay.page;
  const link = (await fay.share(server.origin)).participant;
  const { room, key } = parseInvite(new URL(link).hash)!;

  const samLive = await machine(browser);
  const sam = samLive.page;
  await samLive.joinByLink(link, 'Sam');
  await expect(samLive.session()).toContainText('Connected.');
  const patLive = await machine(browser);
  await patLive.joinByLink(link, 'Pat');
  await expect(patLive.session()).toContainText('Connected.');
  await fay.goTo('');
  await patLive.goTo('');
  const [first, second] = [
    (await fay.nodeNames().nth(0).textContent())!,
    (await fay.nodeNames().nth(1).textContent())!,
  ];

  // Sam's laptop loses the network: the session says so, and Sam keeps editing.
  await sam.context().setOffline(true);
  await expect(samLive.session()).toContainText('Offline: your edits merge when the connection returns.');
  await samLive.goTo('');
  await samLive.renameComponent(0, 'Offline by Sam');
  // Sam's edit is taken locally: Sam's own canvas shows it.
  await expect(samLive.named('Offline by Sam')).toHaveCount(1);
  await fay.renameProject('Renamed while Sam was away');
  await patLive.renameComponent(1, 'Renamed by Pat');
  await expect(fay.named('Renamed by Pat')).toHaveCount(1);
  // Nothing crosses while Sam is offline, in either direction. Once the server holds the others'
  // edits (a client joining now receives them) it has sent them to every connected client; the
  // copy it holds lacks Sam's edit, so it could not have reached anybody else.
  await expect
    .poll(() => serverCopy(room, key), { timeout: 15_000 })
    .toEqual({ name: 'Renamed while Sam was away', componentNames: expect.arrayContaining(['Renamed by Pat', first]) });
  expect((await serverCopy(room, key)).componentNames).not.toContain('Offline by Sam');
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
  // The merged project is in IndexedDB before the reload reads it back.
  const database = new AppDatabase(facilitator);
  const projectId = await database.lastProjectId();
  await expect
    .poll(() => database.storedProject(projectId), { timeout: 15_000 })
    .toEqual({
      name: 'Renamed while Sam was away',
      componentNames: expect.arrayContaining(['Offline by Sam', 'Renamed by Pat']),
    });
  await expect(facilitator.getByTestId('save-state')).toHaveText('Saved');
  await facilitator.reload();
  await fay.goTo('');
  await expect(fay.projectName()).toHaveValue('Renamed while Sam was away');
  await expect(fay.named('Offline by Sam')).toHaveCount(1);
  await expect(fay.named('Renamed by Pat')).toHaveCount(1);
  await expect(fay.session()).toHaveCount(0);
  // Still editable and stored locally, with no session: a reload keeps a new local edit.
  await fay.renameProject('Local again');
  await expect
    .poll(async () => (await database.storedProject(projectId))?.name, { timeout: 15_000 })
    .toBe('Local again');
  await expect(facilitator.getByTestId('save-state')).toHaveText('Saved');
  await facilitator.reload();
  await expect(fay.projectName()).toHaveValue('Local again');
});
