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

  async waitForSaved(): Promise<void> {
    await expect(this.page.getByTestId('save-state')).toHaveText('Saved');
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
