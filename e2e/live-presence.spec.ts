/**
 * Issue 20, presence: live cursors and selections on the canvas, "Follow facilitator" (a
 * manual pan stops it, with a notice and a way back), a hostile awareness state ignored, and a
 * reload that rejoins the same room with the same name and role. Runs its own `htw serve` on
 * LIVE_PORT + 2 (default 4197) so it can run beside the other live specs.
 */
import { test, expect, type Browser, type Page } from '@playwright/test';
import { skipWelcome } from './welcomeSkip';
import { connectNodeClient } from '../src/cli/serve/liveClient.testHelpers';
import { HtwServe } from './pages/LiveSession';

const server = new HtwServe(Number(process.env.LIVE_PORT ?? 4195) + 2, 'htw-live-presence-e2e-');
const { port, origin } = server;

test.beforeAll(() => server.start());
test.afterAll(() => server.kill());

async function laptop(browser: Browser, dialogs: string[]): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await skipWelcome(context);
  const page = await context.newPage();
  // A hostile name rendered as HTML would run this.
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return page;
}

async function joinByLink(page: Page, link: string, name: string): Promise<void> {
  await page.goto(link);
  const dialog = page.getByRole('dialog', { name: 'Join the live session' });
  await dialog.getByLabel('Your name').fill(name);
  await dialog.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByTestId('live-session')).toContainText('Connected.');
}

const goTo = async (page: Page, hash: '' | '#workshop') => {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
  await expect(hash === '' ? page.getByTestId('canvas') : page.getByRole('region', { name: 'Workshop' })).toBeVisible();
};

/** The canvas viewport's transform (`translate(x, y) scale(z)`). */
const viewportTransform = (page: Page) => page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);

// Not passing yet (issue 20 stays open): written at the end of a session and never seen green; the
// presence, follow and rejoin features it drives are covered by unit and server tests only.
test.fixme('cursors and selections of the others show on the canvas; follow the facilitator; a reload rejoins', async ({ browser }) => {
  test.setTimeout(120_000);
  const dialogs: string[] = [];
  const fay = await laptop(browser, dialogs);
  await fay.goto(`${origin}/#workshop`);
  await fay.getByLabel('Your name').fill('Fay');
  await fay.getByRole('button', { name: 'Share session' }).click();
  await expect(fay.getByTestId('live-session')).toContainText('you are the facilitator');
  const link = await fay.getByTestId('participant-link').inputValue();

  const sam = await laptop(browser, dialogs);
  await joinByLink(sam, link, 'Sam');
  const pat = await laptop(browser, dialogs);
  await joinByLink(pat, link, 'Pat');
  for (const page of [fay, sam, pat]) await goTo(page, '');
  await expect(fay.getByTestId('live-session')).toHaveCount(0);

  // Sam points at the canvas and selects a component; Pat points elsewhere.
  const samNode = sam.getByTestId('component-node').nth(1);
  await samNode.locator('.cmp-name').click();
  const box = (await sam.getByTestId('canvas').boundingBox())!;
  await sam.mouse.move(box.x + 500, box.y + 300, { steps: 5 });
  await pat.mouse.move(box.x + 700, box.y + 450, { steps: 5 });
  const samCursor = fay.getByTestId('live-cursor').and(fay.locator('[data-peer="Sam"]'));
  const patCursor = fay.getByTestId('live-cursor').and(fay.locator('[data-peer="Pat"]'));
  await expect(samCursor).toBeVisible();
  await expect(samCursor).toContainText('Sam');
  await expect(patCursor).toBeVisible();
  await expect(fay.getByTestId('live-selection').and(fay.locator('[data-peer="Sam"]'))).toHaveCount(1);
  // Sam's outline is around the component Sam selected, on Fay's screen.
  const selected = (await samNode.getAttribute('data-id')) ?? (await samNode.locator('xpath=..').getAttribute('data-id'));
  const outline = (await fay.getByTestId('live-selection').boundingBox())!;
  const target = (await fay.locator(`.react-flow__node[data-id="${selected}"]`).boundingBox())!;
  expect(outline.x).toBeLessThanOrEqual(target.x);
  expect(outline.y).toBeLessThanOrEqual(target.y);
  expect(outline.x + outline.width).toBeGreaterThanOrEqual(target.x + target.width);
  // Nobody sees their own cursor.
  await expect(sam.getByTestId('live-cursor').and(sam.locator('[data-peer="Sam"]'))).toHaveCount(0);
  // The pointer follows the mouse, in flow coordinates.
  const before = (await samCursor.boundingBox())!;
  await sam.mouse.move(box.x + 300, box.y + 200, { steps: 3 });
  await expect.poll(async () => (await samCursor.boundingBox())!.x).toBeLessThan(before.x - 100);
  await fay.screenshot({ path: test.info().outputPath('two-cursors.png') });

  // A hostile awareness state (markup in the name, a colour that is CSS) is ignored, never rendered.
  const [room, key] = link.split('#join=')[1]!.split(/\.(.*)/s) as [string, string];
  const hostile = connectNodeClient(`ws://127.0.0.1:${port}/sync`, room, JSON.stringify({ key }));
  await hostile.synced;
  hostile.provider.awareness!.setLocalState({
    user: { name: '<img src=x onerror=alert(1)>', color: 'red;background:url(x)', role: 'facilitator' },
    pointer: { x: 100, y: 100 },
  });
  await fay.waitForTimeout(800);
  await expect(fay.getByTestId('live-cursor')).toHaveCount(2);
  await expect(fay.locator('img[src="x"]')).toHaveCount(0);
  hostile.destroy();

  // Pat follows Fay: Fay's pan moves Pat's canvas, and Fay's switch to the workshop view takes Pat along.
  await pat.getByRole('button', { name: 'Follow facilitator' }).click();
  await expect(pat.getByTestId('live-follow')).toContainText('Following Fay.');
  await fay.getByTestId('canvas').hover({ position: { x: 400, y: 400 } });
  await fay.mouse.wheel(0, 300);
  await expect.poll(() => viewportTransform(pat)).toBe(await viewportTransform(fay));
  const followed = await viewportTransform(fay);
  // A manual pan stops following, says so, and offers to resume.
  const patBox = (await pat.getByTestId('canvas').boundingBox())!;
  await pat.mouse.move(patBox.x + 900, patBox.y + 600);
  await pat.mouse.down();
  await pat.mouse.move(patBox.x + 800, patBox.y + 500, { steps: 5 });
  await pat.mouse.up();
  await expect(pat.getByTestId('live-follow')).toContainText('You moved the view, so you stopped following Fay.');
  expect(await viewportTransform(pat)).not.toBe(followed);
  await fay.mouse.wheel(0, -200);
  await fay.waitForTimeout(500);
  expect(await viewportTransform(pat)).not.toBe(await viewportTransform(fay));
  await pat.getByRole('button', { name: 'Resume following' }).click();
  await expect.poll(() => viewportTransform(pat)).toBe(await viewportTransform(fay));
  await goTo(fay, '#workshop');
  await expect(pat.getByRole('region', { name: 'Workshop' })).toBeVisible();
  await expect(fay.getByTestId('live-peers')).toContainText('Sam (participant) · on the model');

  // Sam reloads: back in the same room, same name and role, no dialog, current state.
  await sam.reload();
  await expect(sam.getByRole('dialog', { name: 'Join the live session' })).toHaveCount(0);
  await goTo(sam, '#workshop');
  await expect(sam.getByTestId('live-session')).toContainText('you are the participant');
  await expect(sam.getByTestId('live-session')).toContainText('Connected.');
  await expect(fay.getByTestId('live-peers').getByText(/^\s*Sam \(participant\)/)).toHaveCount(1);
  await fay.getByLabel('Project name').fill('Renamed after the reload');
  await fay.getByLabel('Project name').press('Enter');
  await expect(sam.getByLabel('Project name')).toHaveValue('Renamed after the reload');
  expect(sam.url()).not.toContain('join=');
  expect(sam.url()).not.toContain('?');

  // The facilitator reloads too: still the facilitator, links shown again, edits still flow.
  await fay.reload();
  await goTo(fay, '#workshop');
  await expect(fay.getByTestId('live-session')).toContainText('you are the facilitator');
  await expect(fay.getByTestId('participant-link')).toHaveValue(link);
  await expect(fay.getByLabel('Project name')).toHaveValue('Renamed after the reload');
  await sam.getByLabel('Project name').fill('Sam after both reloads');
  await sam.getByLabel('Project name').press('Enter');
  for (const page of [fay, pat]) await expect(page.getByLabel('Project name')).toHaveValue('Sam after both reloads');
  // Leaving ends it: the next reload stays offline.
  await sam.getByRole('button', { name: 'Leave session' }).click();
  await sam.reload();
  await sam.waitForTimeout(1000);
  await expect(sam.getByTestId('live-session')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});
