import { expect, type Locator, type Page } from '@playwright/test';

/** Page object of the Packs dialog: installed packs, and the bundled packs per project. */
export class PacksDialog {
  constructor(readonly page: Page) {}

  dialog(): Locator {
    return this.page.getByTestId('packs-dialog');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('open-packs').click();
    await expect(this.dialog()).toBeVisible();
  }

  async close(): Promise<void> {
    await this.dialog().getByRole('button', { name: 'Close' }).click();
    await expect(this.dialog()).toHaveCount(0);
  }

  bundledPack(packId: string): Locator {
    return this.dialog().locator(`[data-testid="bundled-pack"][data-pack="${packId}"]`);
  }

  async expectBundledState(packId: string, state: 'in-project' | 'removed'): Promise<void> {
    await expect(this.bundledPack(packId)).toHaveAttribute('data-state', state);
  }

  async removeFromProject(packId: string): Promise<void> {
    await this.dialog()
      .getByRole('button', { name: `Remove pack ${packId} from this project` })
      .click();
    await this.expectBundledState(packId, 'removed');
  }

  async addBack(packId: string): Promise<void> {
    await this.dialog()
      .getByRole('button', { name: `Add pack ${packId} back to this project` })
      .click();
    await this.expectBundledState(packId, 'in-project');
  }
}
