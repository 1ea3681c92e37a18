/**
 * Shared pieces of the live-workshop specs (issue 20): a real `htw serve` started per spec on
 * its own port and data folder, a "laptop" (a browser context of its own), joining by link and
 * the few canvas and project-name steps those specs take on several pages at once.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import * as Y from 'yjs';
import { skipWelcome } from '../welcomeSkip';
import { dist } from '../playwrightShared';

/**
 * One `htw serve` of the built CLI serving the build the suite runs against (HTW_DIST); `start`
 * again after `kill` reuses the same data folder.
 */
export class HtwServe {
  readonly origin: string;
  readonly dataDir: string;
  /** What the server told its operator (stderr lines: refusals, rooms created). */
  readonly log: string[] = [];
  private child: ChildProcess | null = null;

  constructor(
    readonly port: number,
    dataPrefix: string,
  ) {
    this.origin = `http://127.0.0.1:${port}`;
    this.dataDir = mkdtempSync(join(tmpdir(), dataPrefix));
  }

  /** Starts the server and resolves once it says it listens (its first line). */
  async start(): Promise<void> {
    const child = spawn(
      process.execPath,
      ['bin/htw.mjs', 'serve', '--port', String(this.port), '--data', this.dataDir, '--dist', dist],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    this.child = child;
    child.stderr!.on('data', (chunk: Buffer) =>
      this.log.push(
        ...chunk
          .toString()
          .split('\n')
          .filter((line) => line.startsWith('htw serve:')),
      ),
    );
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

  /**
   * What the server has stored of `room` on disk (its `<room>.ydoc`, see src/cli/serve/roomFiles.ts):
   * the project name and the component names, or undefined before the first store. Written by
   * rename, so a read never sees half a file.
   */
  async stored(room: string): Promise<{ name: unknown; componentNames: unknown[] } | undefined> {
    let bytes: Buffer;
    try {
      bytes = await readFile(join(this.dataDir, `${room}.ydoc`));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    const doc = new Y.Doc();
    Y.applyUpdate(doc, new Uint8Array(bytes));
    const components = doc.getMap<Y.Map<unknown>>('components');
    return {
      name: doc.getMap('meta').get('name'),
      componentNames: [...components.values()].map((fields) => fields.get('name')),
    };
  }

  /** SIGKILL: the server gets no chance to store anything on exit. */
  async kill(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (child) await new Promise<void>((resolve) => child.once('exit', () => resolve()).kill('SIGKILL'));
  }
}

/**
 * A browser context of its own, as another machine: its own storage, the welcome already seen.
 * `dialogs` collects the message of any alert/confirm the page opens (a hostile name rendered
 * as HTML would open one), dismissing it.
 */
export async function laptop(
  browser: Browser,
  options: { viewport?: { width: number; height: number }; dialogs?: string[] } = {},
): Promise<Page> {
  const context = await browser.newContext(options.viewport ? { viewport: options.viewport } : {});
  await skipWelcome(context);
  const page = await context.newPage();
  const dialogs = options.dialogs;
  if (dialogs) {
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  }
  return page;
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

  /** Opens the workshop at `origin`, shares it (under `name` when given) and returns the two join links. */
  async share(origin: string, name?: string): Promise<{ participant: string; observer: string }> {
    await this.page.goto(`${origin}/#workshop`);
    await expect(this.page.getByRole('region', { name: 'Workshop' })).toBeVisible();
    return this.shareHere(name);
  }

  /** Shares the open project from the workshop view already shown; returns the two join links. */
  async shareHere(name?: string): Promise<{ participant: string; observer: string }> {
    if (name !== undefined) await this.page.getByLabel('Your name').fill(name);
    await this.page.getByRole('button', { name: 'Share session' }).click();
    await expect(this.session()).toContainText('you are the facilitator');
    return {
      participant: await this.page.getByTestId('participant-link').inputValue(),
      observer: await this.page.getByTestId('observer-link').inputValue(),
    };
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
    await expect(
      hash === '' ? this.page.getByTestId('canvas') : this.page.getByRole('region', { name: 'Workshop' }),
    ).toBeVisible();
  }

  /** Selects a component by clicking its node, found by its accessible name ("Type: Name"), at any level of detail. */
  async selectComponent(label: string): Promise<Locator> {
    const node = this.page.getByRole('group', { name: label, exact: true });
    await node.click();
    await expect(node).toHaveClass(/selected/);
    return node;
  }

  /** Another person's pointer on this canvas. */
  cursorOf(name: string): Locator {
    return this.page.getByTestId('live-cursor').and(this.page.locator(`[data-peer="${name}"]`));
  }

  /** The outlines around the components another person selected. */
  selectionOf(name: string): Locator {
    return this.page.getByTestId('live-selection').and(this.page.locator(`[data-peer="${name}"]`));
  }

  /** The decisions participants proposed, as the workshop view lists them. */
  proposals(): Locator {
    return this.page.getByRole('region', { name: 'Proposed decisions' }).getByTestId('proposal');
  }

  /** Why facilitator-only controls are disabled here (participants and observers). */
  rightsNote(): Locator {
    return this.page.getByTestId('live-rights-note');
  }

  followControl(): Locator {
    return this.page.getByTestId('live-follow');
  }

  peers(): Locator {
    return this.page.getByTestId('live-peers');
  }

  /** The canvas viewport's transform (`translate(x, y) scale(z)`). */
  viewportTransform(): Promise<string> {
    return this.page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);
  }

  /** Moves the mouse to a point of the canvas given as fractions of its width and height (0..1). */
  async pointAt(fx: number, fy: number, steps = 5): Promise<void> {
    const box = (await this.page.getByTestId('canvas').boundingBox())!;
    await this.page.mouse.move(box.x + box.width * fx, box.y + box.height * fy, { steps });
  }

  /** Zooms the canvas with the mouse wheel at a point given as fractions of its size (a person's zoom, not a programmatic one). */
  async wheelAt(fx: number, fy: number, deltaY: number): Promise<void> {
    await this.pointAt(fx, fy, 1);
    await this.page.mouse.wheel(0, deltaY);
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
