/**
 * Issue 20: live workshops across machines against a real `htw serve` this spec starts (port
 * LIVE_PORT, default 4195). Three browser contexts stand for three laptops: the facilitator
 * shares, a participant and an observer join by link. Edits converge, the observer's writes
 * are refused by the server (a Node client with the observer's key tries), and a server killed
 * with SIGKILL and restarted has lost nothing.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, type Browser, type Page } from '@playwright/test';
import { skipWelcome } from './welcomeSkip';
import { connectNodeClient } from '../src/cli/serve/liveClient.testHelpers';

const port = Number(process.env.LIVE_PORT ?? 4195);
const origin = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(join(tmpdir(), 'htw-live-e2e-'));

let server: ChildProcess | null = null;

async function startServer(): Promise<void> {
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
}

function killServer(): Promise<void> {
  const child = server!;
  server = null;
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

test.afterAll(async () => {
  if (server) await killServer();
});

/** A page that fails the test on a CSP violation (the same-origin ws: must pass `connect-src 'self'`). */
async function laptop(browser: Browser, violations: string[]): Promise<Page> {
  const context = await browser.newContext();
  await skipWelcome(context);
  const page = await context.newPage();
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('console', (message) => {
    if (message.text().startsWith('CSP violation')) violations.push(message.text());
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith(`ws://127.0.0.1:${port}`) && !request.url().startsWith('data:') && !request.url().startsWith('blob:')) {
      violations.push(`request to another origin: ${request.url()}`);
    }
  });
  return page;
}

async function joinByLink(page: Page, link: string, name: string): Promise<void> {
  await page.goto(link);
  const dialog = page.getByRole('dialog', { name: 'Join the live session' });
  await dialog.getByLabel('Your name').fill(name);
  await dialog.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByTestId('live-session')).toBeVisible();
  // The key leaves the address bar once read.
  expect(page.url()).not.toContain('#join=');
}

const projectName = (page: Page) => page.getByLabel('Project name');
/** Back to the model view without reloading (a reload would leave the session). */
async function showModel(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.location.hash = '';
  });
  await expect(page.getByTestId('canvas')).toBeVisible();
}
const nodeNames = (page: Page) => page.getByTestId('component-node').locator('.cmp-name');

test('three laptops share a live workshop through htw serve; the observer cannot write; a killed server loses nothing', async ({ browser }) => {
  test.setTimeout(120_000);
  await startServer();
  const violations: string[] = [];

  const facilitator = await laptop(browser, violations);
  await facilitator.goto(`${origin}/#workshop`);
  await expect(facilitator.getByRole('region', { name: 'Workshop' })).toBeVisible();
  await facilitator.getByRole('button', { name: 'Share session' }).click();
  await expect(facilitator.getByTestId('live-session')).toContainText('you are the facilitator');
  await expect(facilitator.getByRole('img', { name: 'QR code of the participant link' })).toBeVisible();
  const participantLink = await facilitator.getByTestId('participant-link').inputValue();
  const observerLink = await facilitator.getByTestId('observer-link').inputValue();
  expect(participantLink).toMatch(new RegExp(`^${origin}/#join=`));
  const sharedName = await projectName(facilitator).inputValue();

  const participant = await laptop(browser, violations);
  await joinByLink(participant, participantLink, 'Sam');
  await expect(participant.getByTestId('live-session')).toContainText('you are the participant');
  await expect(projectName(participant)).toHaveValue(sharedName);
  await expect(facilitator.getByTestId('live-peers')).toContainText('Sam (participant)');

  const observer = await laptop(browser, violations);
  await joinByLink(observer, observerLink, 'Olga');
  await expect(observer.getByTestId('live-session')).toContainText('you are the observer');
  await expect(facilitator.getByTestId('live-peers')).toContainText('Olga (observer)');

  // Concurrent edits: the facilitator renames the project while the participant renames a component.
  await showModel(participant);
  const firstComponent = (await nodeNames(participant).first().textContent())!;
  await projectName(facilitator).fill('Shared by Fay');
  await projectName(facilitator).press('Enter');
  await participant.getByTestId('component-node').first().locator('.cmp-name').dblclick();
  await participant.getByTestId('node-name-editor').fill('Renamed by Sam');
  await participant.keyboard.press('Enter');
  for (const page of [facilitator, participant, observer]) {
    await expect(projectName(page)).toHaveValue('Shared by Fay');
  }
  await showModel(observer);
  for (const page of [participant, observer]) {
    await expect(nodeNames(page).filter({ hasText: /^Renamed by Sam$/ })).toHaveCount(1);
    await expect(nodeNames(page).filter({ hasText: new RegExp(`^${firstComponent}$`) })).toHaveCount(0);
  }

  // The observer's key opens the room read-only: the server refuses what it writes.
  const observerKey = observerLink.split('#join=')[1]!;
  const [room, key] = [observerKey.slice(0, observerKey.indexOf('.')), observerKey.slice(observerKey.indexOf('.') + 1)];
  const sneaky = connectNodeClient(`ws://127.0.0.1:${port}/sync`, room, JSON.stringify({ key }));
  await sneaky.synced;
  sneaky.doc.getMap('meta').set('name', 'Written by the observer');
  // Given time to spread, it reaches nobody: the project keeps its name everywhere.
  await facilitator.waitForTimeout(1500);
  for (const page of [facilitator, participant]) await expect(projectName(page)).toHaveValue('Shared by Fay');
  await projectName(facilitator).fill('Still Fay');
  await projectName(facilitator).press('Enter');
  await expect(projectName(participant)).toHaveValue('Still Fay');
  sneaky.destroy();

  // Kill the server (no chance to store on exit) after the debounced store had time to run.
  await facilitator.waitForTimeout(1500);
  await killServer();
  await startServer();
  const latecomer = await laptop(browser, violations);
  await joinByLink(latecomer, participantLink, 'Lee');
  await expect(projectName(latecomer)).toHaveValue('Still Fay');
  await showModel(latecomer);
  await expect(nodeNames(latecomer).filter({ hasText: /^Renamed by Sam$/ })).toHaveCount(1);
  // The open sessions reconnect by themselves and keep converging.
  await projectName(participant).fill('After the restart');
  await projectName(participant).press('Enter');
  for (const page of [facilitator, latecomer]) await expect(projectName(page)).toHaveValue('After the restart', { timeout: 20_000 });

  expect(violations).toEqual([]);
});
