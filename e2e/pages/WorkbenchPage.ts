import { expect, type Locator, type Page } from '@playwright/test';
import { skipWelcome } from '../welcomeSkip';

/** Page object of the main screen: palette, canvas, inspector and checklist. */
export class WorkbenchPage {
  constructor(readonly page: Page) {}

  /** Opens the app as a returning user: the first-run welcome is marked as seen (also in contexts a spec creates itself). */
  async open(): Promise<void> {
    await skipWelcome(this.page.context());
    await this.page.goto('/');
    await expect(this.page.getByTestId('canvas')).toBeVisible();
    await expect(this.nodes().first()).toBeVisible();
  }

  nodes(): Locator {
    return this.page.getByTestId('component-node');
  }

  node(name: string): Locator {
    return this.nodes().filter({ has: this.page.locator('.cmp-name', { hasText: new RegExp(`^${escapeRegExp(name)}$`) }) });
  }

  paletteItem(typeId: string): Locator {
    return this.page.getByTestId(`palette-${typeId}`);
  }

  async addFromPalette(typeId: string): Promise<void> {
    await this.paletteItem(typeId).click();
  }

  async openChecklist(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Checklist' }).click();
  }

  async openInspector(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Inspector' }).click();
  }

  checklistItem(recommendationId: string): Locator {
    return this.page.locator(`[data-testid="checklist-item"][data-recommendation="${recommendationId}"]`);
  }

  async applicableCount(): Promise<number> {
    return Number(await this.page.getByTestId('applicable-count').textContent());
  }

  saveState(): Locator {
    return this.page.getByTestId('save-state');
  }

  async waitForSaved(): Promise<void> {
    await expect(this.saveState()).toHaveText('Saved');
  }

  /** The project's name in the top bar (an input: rename by typing). */
  projectNameField(): Locator {
    return this.page.getByLabel('Project name');
  }

  /** React Flow's pane: the empty canvas behind the components (drag to pan). */
  pane(): Locator {
    return this.page.locator('.react-flow__pane');
  }

  /** React Flow's viewport: its inline transform is the pan and zoom. */
  viewport(): Locator {
    return this.page.locator('.react-flow__viewport');
  }

  async viewportTransform(): Promise<string> {
    return this.viewport().evaluate((el) => (el as HTMLElement).style.transform);
  }

  zoomInButton(): Locator {
    return this.page.getByRole('button', { name: 'Zoom In' });
  }

  /** The screen shown when the app cannot start (an alert naming what failed). */
  startupError(): Locator {
    return this.page.getByRole('alert');
  }

  /** The zoom read-out of the canvas controls ("100 %"). */
  zoomLevel(): Locator {
    return this.page.getByTestId('zoom-level');
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
