/**
 * Shared pieces of the live-workshop specs (issue 20): a real `htw serve` started per spec on
 * its own port and data folder, a "laptop" (a browser context of its own), joining by link and
 * the few canvas and project-name steps those specs take on several pages at once.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import { skipWelcome } from '../welcomeSkip';

/** One `htw serve` of the built CLI; `start` again after `kill` reuses the same data folder. */
export class HtwServe {
  readonly origin: string;
  readonly dataDir: string;
  private child: ChildProcess | null = null;

  constructor(readonly port: number, dataPrefix: string) {
    this.origin = `http://127.0.0.1:${port}`;
    this.dataDir = mkdtempSync(join(tmpdir(), dataPrefix));
  }

  /** Starts the server and resolves once it says it listens (its first line). */
  async start(): Promise<void> {
    const child = spawn(process.execPath, ['bin/htw.mjs', 'serve', '--port', String(this.port), '--data', this.dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
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

  /** SIGKILL: the server gets no chance to store anything on exit. */
  async kill(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (child) await new Promise<void>((resolve) => child.once('exit', () => resolve()).kill('SIGKILL'));
  }
}

/** A browser context of its own, as another machine: its own storage, the welcome already seen. */
export async function laptop(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  await skipWelcome(context);
  return context.newPage();
}

/** The steps of one laptop in a live session. */
export class LiveSessionPage {
  constructor(readonly page: Page) {}

  session(): Locator {
    return this.page.getByTestId('live-session');
  }

  projectName(): Locator {
    return this.page.getByLabel('Project name');
  }

  nodeNames(): Locator {
    return this.page.getByTestId('component-node').locator('.cmp-name');
  }

  /** The canvas components named exactly `name`. */
  named(name: string): Locator {
    return this.nodeNames().filter({ hasText: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });
  }

  /** Opens the workshop at `origin`, shares it and returns the two join links. */
  async share(origin: string): Promise<{ participant: string; observer: string }> {
    await this.page.goto(`${origin}/#workshop`);
    await expect(this.page.getByRole('region', { name: 'Workshop' })).toBeVisible();
    await this.page.getByRole('button', { name: 'Share session' }).click();
    await expect(this.session()).toContainText('you are the facilitator');
    return { participant: await this.page.getByTestId('participant-link').inputValue(), observer: await this.page.getByTestId('observer-link').inputValue() };
  }

  /** Opens the join link and joins under `name`; resolves once the session panel shows. */
  async joinByLink(link: string, name: string): Promise<void> {
    await this.page.goto(link);
    const dialog = this.page.getByRole('dialog', { name: 'Join the live session' });
    await dialog.getByLabel('Your name').fill(name);
    await dialog.getByRole('button', { name: 'Join' }).click();
    await expect(this.session()).toBeVisible();
  }

  /** Model or workshop view without reloading (a reload would leave the session). */
  async goTo(hash: '' | '#workshop'): Promise<void> {
    await this.page.evaluate((h) => {
      window.location.hash = h;
    }, hash);
    await expect(hash === '' ? this.page.getByTestId('canvas') : this.page.getByRole('region', { name: 'Workshop' })).toBeVisible();
  }

  async renameComponent(index: number, name: string): Promise<void> {
    await this.nodeNames().nth(index).dblclick();
    await this.page.getByTestId('node-name-editor').fill(name);
    await this.page.keyboard.press('Enter');
  }

  async renameProject(name: string): Promise<void> {
    await this.projectName().fill(name);
    await this.projectName().press('Enter');
  }
}
