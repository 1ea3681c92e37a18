import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** Page object of the checklist (assessment records) and the dashboard. */
export class ChecklistPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Checklist' }).click();
    await expect(this.summary()).toBeVisible();
  }

  /** The summary line above the list (shown once the checklist is there). */
  summary(): Locator {
    return this.page.getByTestId('checklist-summary');
  }

  searchField(): Locator {
    return this.page.getByTestId('checklist-search');
  }

  applicabilityFilter(): Locator {
    return this.page.getByTestId('filter-applicability');
  }

  /** "n shown" of the list. */
  shownCount(): Locator {
    return this.page.getByTestId('shown-count');
  }

  /** The dashboard's heat map (functions by components). */
  heatmap(): Locator {
    return this.page.getByTestId('heatmap');
  }

  /** Status pills of items that do not apply. */
  notApplicablePills(): Locator {
    return this.page.locator('.pill.not-applicable');
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
    await this.applicabilityFilter().selectOption(value);
  }

  async showDashboard(): Promise<void> {
    await this.page.getByTestId('show-dashboard').click();
    await expect(this.page.getByTestId('dashboard')).toBeVisible();
  }

  async figure(testId: string): Promise<number> {
    return Number((await this.page.getByTestId(testId).first().textContent())?.match(/\d+/)?.[0]);
  }

  /** A figure of the dashboard or the summary line, as shown (`progress-reviewed`, `needs-input-count`). */
  figureElement(testId: string): Locator {
    return this.page.getByTestId(testId);
  }

  dashboard(): Locator {
    return this.page.getByTestId('dashboard');
  }

  /** Every item the checklist shows now. */
  items(): Locator {
    return this.page.getByTestId('checklist-item');
  }

  /** An item, only while its applicability is `applicability` (the list may hide items that do not apply). */
  itemThat(recommendationId: string, applicability: string): Locator {
    return this.page.locator(
      `[data-testid="checklist-item"][data-recommendation="${recommendationId}"][data-applicability="${applicability}"]`,
    );
  }

  /** The first shown item whose applicability is `applicability` (`needs-input`, …). */
  firstItemThat(applicability: string): Locator {
    return this.page.locator(`[data-testid="checklist-item"][data-applicability="${applicability}"]`).first();
  }

  /** What the evidence form of an item says about the last evidence refused. */
  evidenceMessage(recommendationId: string): Locator {
    return this.item(recommendationId).getByTestId('evidence-message');
  }

  /** The first heat-map cell of the dashboard with open items behind it. */
  heatCellWithOpenItems(): Locator {
    return this.page.locator('[data-testid="heat-cell"]:not([data-open="0"])').first();
  }

  /** The note above the list saying what the list is pinned to (a dashboard cell). */
  pinnedNote(): Locator {
    return this.page.getByTestId('pinned-note');
  }

  /** Selects every item shown and sets `status` on all of them in one step. */
  async bulkSetStatus(status: string): Promise<void> {
    await this.page.getByTestId('select-all').click();
    await this.page.getByTestId('bulk-status').selectOption(status);
    await this.page.getByTestId('bulk-apply').click();
  }

  bulkError(): Locator {
    return this.page.getByTestId('bulk-error');
  }

  async clearFilters(): Promise<void> {
    await this.page.getByTestId('clear-filters').click();
  }

  async search(text: string): Promise<void> {
    await this.searchField().fill(text);
  }

  /** The Undo button (by its exact name, wherever it is). */
  undoButton(): Locator {
    return this.page.getByRole('button', { name: 'Undo', exact: true });
  }

  /** Records kept for items no longer applicable (a disclosure listing them). */
  orphanedRecords(): Locator {
    return this.page.getByTestId('orphaned-records');
  }

  /** Groups the list by `by` (the group-by buttons: Function, Component, …). */
  async groupBy(by: string): Promise<void> {
    await this.page.getByRole('button', { name: by, exact: true }).click();
  }

  /** An item's quick status menu inside one group of the grouped list. */
  statusInGroup(group: string, recommendationId: string): Locator {
    return this.page.locator(
      `[data-testid="checklist-group"][data-group="${group}"] [data-recommendation="${recommendationId}"] .checklist-head [data-testid="item-status"]`,
    );
  }

  /** Types the tailoring fields of an expanded item (those given). */
  async fillTailoring(recommendationId: string, fields: { justification?: string; approver?: string }): Promise<void> {
    const item = this.item(recommendationId);
    if (fields.justification !== undefined)
      await item.getByLabel(`Tailoring justification for ${recommendationId}`).fill(fields.justification);
    if (fields.approver !== undefined)
      await item.getByLabel(`Tailoring approver for ${recommendationId}`).fill(fields.approver);
  }

  async saveTailoring(recommendationId: string): Promise<void> {
    await this.item(recommendationId).getByRole('button', { name: 'Save tailoring' }).click();
  }

  /** An item's alert (what its form refused and why). */
  itemAlert(recommendationId: string): Locator {
    return this.item(recommendationId).getByRole('alert');
  }

  /** "Tailored: …" on an item. */
  tailoredBadge(recommendationId: string): Locator {
    return this.item(recommendationId).getByTestId('tailored');
  }

  /** The item's current tailoring decision, as its form shows it. */
  currentTailoring(recommendationId: string): Locator {
    return this.item(recommendationId).getByTestId('tailoring-current');
  }

  async exportTailoringProfile(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByTestId('export-tailoring-profile').click();
    return download;
  }

  async applyTailoringProfile(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.page.getByTestId('apply-tailoring-profile').setInputFiles(file);
  }

  tailoringProfileMessage(): Locator {
    return this.page.getByTestId('tailoring-profile-message');
  }

  async statusCount(status: string): Promise<number> {
    const text = await this.page.locator(`[data-testid="status-count"][data-status="${status}"] strong`).textContent();
    return Number(text);
  }
}
