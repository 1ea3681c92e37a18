/**
 * Issue 20: a participant whose laptop loses the network keeps working; on reconnect its edits
 * merge with what the others did meanwhile; after the session the facilitator's project is
 * still an ordinary local project (a reload reads it back from IndexedDB). Runs its own
 * `htw serve` on LIVE_PORT + 1 (default 4196) so it can run beside live-workshop.spec.ts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, type Browser, type Page } from '@playwright/test';
import { skipWelcome } from './welcomeSkip';

const port = Number(process.env.LIVE_PORT ?? 4195) + 1;
const origin = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(join(tmpdir(), 'htw-live-offline-e2e-'));
let server: ChildProcess | null = null;

test.beforeAll(async () => {
  const child = spawn(process.execPath, ['bin/htw.mjs', 'serve', '--port', String(port), '--data', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  server = child;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('htw serve did not start')), 15_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('htw serve: http://')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => reject(new Error(`htw serve exited with ${code}`)));
  });
});

test.afterAll(async () => {
  const child = server;
  server = null;
  if (child) await new Promise<void>((resolve) => child.once('exit', () => resolve()).kill('SIGKILL'));
});

async function laptop(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  await skipWelcome(context);
  return context.newPage();
}

async function joinByLink(page: Page, link: string, name: string): Promise<void> {
  await page.goto(link);
  const dialog = page.getByRole('dialog', { name: 'Join the live session' });
  await dialog.getByLabel('Your name').fill(name);
  await dialog.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByTestId('live-session')).toContainText('Connected.');
}

const projectName = (page: Page) => page.getByLabel('Project name');
const nodeNames = (page: Page) => page.getByTestId('component-node').locator('.cmp-name');
const named = (page: Page, name: string) => nodeNames(page).filter({ hasText: new RegExp(`^${name}$`) });
const goTo = async (page: Page, hash: '' | '#workshop') => {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
  await expect(hash === '' ? page.getByTestId('canvas') : page.getByRole('region', { name: 'Workshop' })).toBeVisible();
};
async function renameComponent(page: Page, index: number, name: string): Promise<void> {
  await nodeNames(page).nth(index).dblclick();
  await page.getByTestId('node-name-editor').fill(name);
  await page.keyboard.press('Enter');
}
async function renameProject(page: Page, name: string): Promise<void> {
  await projectName(page).fill(name);
  await projectName(page).press('Enter');
}

test('a participant offline keeps editing; on reconnect the edits merge both ways; the owner keeps a local project', async ({ browser }) => {
  test.setTimeout(90_000);
  const facilitator = await laptop(browser);
  await facilitator.goto(`${origin}/#workshop`);
  await facilitator.getByRole('button', { name: 'Share session' }).click();
  await expect(facilitator.getByTestId('live-session')).toContainText('you are the facilitator');
  const link = await facilitator.getByTestId('participant-link').inputValue();

  const sam = await laptop(browser);
  await joinByLink(sam, link, 'Sam');
  const pat = await laptop(browser);
  await joinByLink(pat, link, 'Pat');
  await goTo(facilitator, '');
  await goTo(pat, '');
  const [first, second] = [(await nodeNames(facilitator).nth(0).textContent())!, (await nodeNames(facilitator).nth(1).textContent())!];

  // Sam's laptop loses the network: the session says so, and Sam keeps editing.
  await sam.context().setOffline(true);
  await expect(sam.getByTestId('live-session')).toContainText('Offline: your edits merge when the connection returns.');
  await goTo(sam, '');
  await renameComponent(sam, 0, 'Offline by Sam');
  await renameProject(facilitator, 'Renamed while Sam was away');
  await renameComponent(pat, 1, 'Renamed by Pat');
  await expect(named(facilitator, 'Renamed by Pat')).toHaveCount(1);
  // Nothing crosses while Sam is offline, in either direction.
  await facilitator.waitForTimeout(1000);
  await expect(named(facilitator, 'Offline by Sam')).toHaveCount(0);
  await expect(named(facilitator, first)).toHaveCount(1);
  await expect(named(sam, second)).toHaveCount(1);
  await expect(projectName(sam)).not.toHaveValue('Renamed while Sam was away');

  // Back online: everybody holds every edit.
  await sam.context().setOffline(false);
  for (const page of [facilitator, sam, pat]) {
    await expect(projectName(page)).toHaveValue('Renamed while Sam was away', { timeout: 15_000 });
    await expect(named(page, 'Offline by Sam')).toHaveCount(1, { timeout: 15_000 });
    await expect(named(page, 'Renamed by Pat')).toHaveCount(1);
    await expect(named(page, first)).toHaveCount(0);
    await expect(named(page, second)).toHaveCount(0);
  }
  await goTo(sam, '#workshop');
  await expect(sam.getByTestId('live-session')).toContainText('Connected.');

  // The facilitator leaves; the merged project is an ordinary local project of that browser.
  await goTo(facilitator, '#workshop');
  await facilitator.getByRole('button', { name: 'Leave session' }).click();
  await expect(facilitator.getByRole('button', { name: 'Share session' })).toBeVisible();
  await facilitator.waitForTimeout(1000);
  await facilitator.reload();
  await goTo(facilitator, '');
  await expect(projectName(facilitator)).toHaveValue('Renamed while Sam was away');
  await expect(named(facilitator, 'Offline by Sam')).toHaveCount(1);
  await expect(named(facilitator, 'Renamed by Pat')).toHaveCount(1);
  await expect(facilitator.getByTestId('live-session')).toHaveCount(0);
  // Still editable and stored locally, with no session: a reload keeps a new local edit.
  await renameProject(facilitator, 'Local again');
  await facilitator.waitForTimeout(1000);
  await facilitator.reload();
  await expect(projectName(facilitator)).toHaveValue('Local again');
});
