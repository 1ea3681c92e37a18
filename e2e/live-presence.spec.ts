/**
 * Issue 20, presence: live cursors and selections on the canvas, "Follow facilitator" (a
 * manual pan or zoom stops it, with a notice and a way back), a hostile awareness state ignored, and a
 * reload that rejoins the same room with the same name and role. Runs its own `htw serve` on
 * LIVE_PORT + 2 (default 4197) so it can run beside the other live specs.
 *
 * The laptops' 1280×800 window shows the sample platform below the canvas's detail zoom (plain
 * boxes without names), so components are picked by their accessible name ("Type: Name").
 */
import { test, expect, type Browser } from '@playwright/test';
import { connectNodeClient } from '../src/cli/serve/liveClient.testHelpers';
import { HtwServe, laptop, LiveSessionPage } from './pages/LiveSession';

const server = new HtwServe(Number(process.env.LIVE_PORT ?? 4195) + 2, 'htw-live-presence-e2e-');
const { port, origin } = server;

test.beforeAll(() => server.start());
test.afterAll(() => server.kill());

async function machine(browser: Browser, dialogs: string[]): Promise<LiveSessionPage> {
  return new LiveSessionPage(await laptop(browser, { viewport: { width: 1280, height: 800 }, dialogs }));
}

async function join(live: LiveSessionPage, link: string, name: string): Promise<void> {
  await live.joinByLink(link, name);
  await expect(live.session()).toContainText('Connected.');
}

test('cursors and selections of the others show on the canvas; follow the facilitator; a reload rejoins', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const dialogs: string[] = [];
  const fay = await machine(browser, dialogs);
  const { participant: link } = await fay.share(origin, 'Fay');
  const sam = await machine(browser, dialogs);
  await join(sam, link, 'Sam');
  const pat = await machine(browser, dialogs);
  await join(pat, link, 'Pat');
  for (const live of [fay, sam, pat]) await live.goTo('');
  await expect(fay.session()).toHaveCount(0);

  // Sam selects a component and points at the canvas; Pat points elsewhere.
  const samNode = await sam.selectComponent('Guest VM: web-01');
  await sam.pointAt(0.6, 0.4);
  await pat.pointAt(0.8, 0.6);
  const samCursor = fay.cursorOf('Sam');
  await expect(samCursor).toBeVisible();
  await expect(samCursor).toContainText('Sam');
  await expect(fay.cursorOf('Pat')).toBeVisible();
  await expect(fay.selectionOf('Sam')).toHaveCount(1);
  // Sam's outline is around the component Sam selected, on Fay's screen.
  const selected = await samNode.getAttribute('data-id');
  const outline = (await fay.selectionOf('Sam').boundingBox())!;
  const target = (await fay.page.locator(`.react-flow__node[data-id="${selected}"]`).boundingBox())!;
  expect(outline.x).toBeLessThanOrEqual(target.x);
  expect(outline.y).toBeLessThanOrEqual(target.y);
  expect(outline.x + outline.width).toBeGreaterThanOrEqual(target.x + target.width);
  expect(outline.y + outline.height).toBeGreaterThanOrEqual(target.y + target.height);
  // Nobody sees their own cursor.
  await expect(sam.cursorOf('Sam')).toHaveCount(0);
  // The pointer follows the mouse, in flow coordinates.
  const before = (await samCursor.boundingBox())!;
  await sam.pointAt(0.2, 0.2, 3);
  await expect.poll(async () => (await samCursor.boundingBox())!.x).toBeLessThan(before.x - 100);
  await fay.page.screenshot({ path: test.info().outputPath('two-cursors.png') });

  // A hostile awareness state (markup in the name, a colour that is CSS) is ignored, never
  // rendered. The probe joins after it was sent: once the probe's cursor shows, the hostile
  // state has reached Fay too.
  const [room, key] = link.split('#join=')[1]!.split(/\.(.*)/s) as [string, string];
  const hostile = connectNodeClient(`ws://127.0.0.1:${port}/sync`, room, JSON.stringify({ key }));
  await hostile.synced;
  hostile.provider.awareness!.setLocalState({
    user: { name: '<img src=x onerror=alert(1)>', color: 'red;background:url(x)', role: 'participant' },
    pointer: { x: 100, y: 100 },
  });
  const probe = connectNodeClient(`ws://127.0.0.1:${port}/sync`, room, JSON.stringify({ key }));
  await probe.synced;
  probe.provider.awareness!.setLocalState({
    user: { name: 'Probe', color: '#123456', role: 'participant' },
    pointer: { x: 120, y: 120 },
  });
  await expect(fay.cursorOf('Probe')).toBeVisible();
  await expect(fay.page.getByTestId('live-cursor')).toHaveCount(3);
  await expect(fay.page.locator('img[src="x"]')).toHaveCount(0);
  hostile.destroy();
  probe.destroy();
  await expect(fay.cursorOf('Probe')).toHaveCount(0);

  // Pat and Sam follow Fay: Fay's zoom moves their canvases.
  await pat.page.getByRole('button', { name: 'Follow facilitator' }).click();
  await expect(pat.followControl()).toContainText('Following Fay.');
  await sam.page.getByRole('button', { name: 'Follow facilitator' }).click();
  const fitted = await fay.viewportTransform();
  await fay.wheelAt(0.5, 0.5, 300);
  await expect.poll(() => fay.viewportTransform()).not.toBe(fitted);
  const zoomed = await fay.viewportTransform();
  await expect.poll(() => pat.viewportTransform()).toBe(zoomed);
  // A manual zoom stops following, says so, and offers to resume.
  await pat.wheelAt(0.7, 0.5, -200);
  await expect(pat.followControl()).toContainText('You moved the view, so you stopped following Fay.');
  await expect.poll(() => pat.viewportTransform()).not.toBe(zoomed);
  const patOwn = await pat.viewportTransform();
  // Fay moves again: Sam (still following) gets there, Pat stays where Pat zoomed to.
  await fay.wheelAt(0.5, 0.5, -100);
  await expect.poll(() => fay.viewportTransform()).not.toBe(zoomed);
  const moved = await fay.viewportTransform();
  await expect.poll(() => sam.viewportTransform()).toBe(moved);
  expect(await pat.viewportTransform()).toBe(patOwn);
  await pat.page.getByRole('button', { name: 'Resume following' }).click();
  await expect.poll(() => pat.viewportTransform()).toBe(moved);
  await sam.page.getByRole('button', { name: 'Stop following' }).click();
  await expect(sam.page.getByRole('button', { name: 'Follow facilitator' })).toBeVisible();
  // Following takes Pat to Fay's view too; Sam, no longer following, stays on the model.
  await fay.goTo('#workshop');
  await expect(pat.page.getByRole('region', { name: 'Workshop' })).toBeVisible();
  await expect(fay.peers()).toContainText('Sam (participant) · on the model');

  // Sam reloads: back in the same room, same name and role, no dialog, current state.
  await sam.page.reload();
  await expect(sam.page.getByRole('dialog', { name: 'Join the live session' })).toHaveCount(0);
  await sam.goTo('#workshop');
  await expect(sam.session()).toContainText('you are the participant');
  await expect(sam.session()).toContainText('Connected.');
  await expect(fay.peers().getByText(/^\s*Sam \(participant\)/)).toHaveCount(1);
  await fay.renameProject('Renamed after the reload');
  await expect(sam.projectName()).toHaveValue('Renamed after the reload');
  expect(sam.page.url()).not.toContain('join=');
  expect(sam.page.url()).not.toContain('?');

  // The facilitator reloads too: still the facilitator, links shown again, edits still flow.
  await fay.page.reload();
  await fay.goTo('#workshop');
  await expect(fay.session()).toContainText('you are the facilitator');
  await expect(fay.page.getByTestId('participant-link')).toHaveValue(link);
  await expect(fay.projectName()).toHaveValue('Renamed after the reload');
  await sam.renameProject('Sam after both reloads');
  for (const live of [fay, pat]) await expect(live.projectName()).toHaveValue('Sam after both reloads');
  // Leaving ends it: the next reload stays offline.
  await sam.page.getByRole('button', { name: 'Leave session' }).click();
  await expect(sam.session()).toHaveCount(0);
  await sam.page.reload();
  await expect(sam.projectName()).toBeVisible();
  await sam.goTo('#workshop');
  await expect(sam.page.getByRole('button', { name: 'Share session' })).toBeVisible();
  await expect(sam.session()).toHaveCount(0);
  expect(dialogs).toEqual([]);
  // The server refused no honest presence on the way (the hostile state above used its own role).
  expect(server.log.some((line) => line.includes(' created'))).toBe(true);
  expect(server.log.filter((line) => line.includes('presence'))).toEqual([]);
});
