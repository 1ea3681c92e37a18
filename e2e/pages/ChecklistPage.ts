import { expect, type Locator, type Page } from '@playwright/test';

/** Page object of the checklist (assessment records) and the dashboard. */
export class ChecklistPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Checklist' }).click();
    await expect(this.page.getByTestId('checklist-summary')).toBeVisible();
  }

  /** The checklist's "Needs review: choose a type" entry of an Unmapped component. */
  needsType(componentId: string): Locator {
    return this.page.locator(`[data-testid="needs-type-item"][data-component="${componentId}"]`);
  }

  /** Selects the flagged component from its "needs review" entry (for the inspector). */
  async selectNeedsType(componentId: string): Promise<void> {
    await this.needsType(componentId).getByRole('button').click();
  }

  item(recommendationId: string): Locator {
    return this.page.locator(`[data-testid="checklist-item"][data-recommendation="${recommendationId}"]`).first();
  }

  async expand(recommendationId: string): Promise<Locator> {
    const item = this.item(recommendationId);
    const toggle = item.locator('.checklist-toggle');
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    return item;
  }

  /** The quick status menu in an item's header. */
  async setStatus(recommendationId: string, status: string): Promise<void> {
    await this.item(recommendationId).locator('.checklist-head [data-testid="item-status"]').selectOption(status);
  }

  async expectStatus(recommendationId: string, status: string): Promise<void> {
    await expect(this.item(recommendationId)).toHaveAttribute('data-status', status);
  }

  editor(recommendationId: string): Locator {
    return this.item(recommendationId).locator('form.entry-editor').first();
  }

  async addEvidence(recommendationId: string, kind: 'note' | 'link', text: string): Promise<void> {
    const item = await this.expand(recommendationId);
    await item.getByTestId('evidence-kind').selectOption(kind);
    await item.getByTestId('evidence-text').fill(text);
    await item.getByRole('button', { name: 'Add', exact: true }).click();
  }

  async attachFile(recommendationId: string, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    const item = await this.expand(recommendationId);
    await item.getByTestId('evidence-kind').selectOption('file');
    await item.getByTestId('evidence-file').setInputFiles(file);
  }

  evidence(recommendationId: string): Locator {
    return this.item(recommendationId).getByTestId('evidence-item');
  }

  async filterApplicability(value: string): Promise<void> {
    await this.page.getByTestId('filter-applicability').selectOption(value);
  }

  async showDashboard(): Promise<void> {
    await this.page.getByTestId('show-dashboard').click();
    await expect(this.page.getByTestId('dashboard')).toBeVisible();
  }

  async figure(testId: string): Promise<number> {
    return Number((await this.page.getByTestId(testId).first().textContent())?.match(/\d+/)?.[0]);
  }

  async statusCount(status: string): Promise<number> {
    const text = await this.page.locator(`[data-testid="status-count"][data-status="${status}"] strong`).textContent();
    return Number(text);
  }
}
