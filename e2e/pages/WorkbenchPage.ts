import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { skipWelcome } from '../welcomeSkip';

/** Page object of the main screen: palette, canvas, inspector and checklist. */
export class WorkbenchPage {
  constructor(readonly page: Page) {}

  /** Opens the app as a returning user: the first-run welcome is marked as seen (also in contexts a spec creates itself). */
  async open(): Promise<void> {
    await skipWelcome(this.page.context());
    await this.page.goto('/');
    await expect(this.canvas()).toBeVisible();
    await expect(this.nodes().first()).toBeVisible();
  }

  /** The canvas (the model view's drawing area). */
  canvas(): Locator {
    return this.page.getByTestId('canvas');
  }

  nodes(): Locator {
    return this.page.getByTestId('component-node');
  }

  node(name: string): Locator {
    return this.nodes().filter({
      has: this.page.locator('.cmp-name', { hasText: new RegExp(`^${escapeRegExp(name)}$`) }),
    });
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

  inspectorTab(): Locator {
    return this.page.getByRole('tab', { name: 'Inspector' });
  }

  async openInspector(): Promise<void> {
    await this.inspectorTab().click();
  }

  /** An attribute's field in the inspector, by attribute id (`vcpus`, `consoleListen`). */
  inspectorAttribute(attributeId: string): Locator {
    return this.page.locator(`.inspector [data-attribute="${attributeId}"]`);
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

  async openExportMenu(): Promise<void> {
    await this.page.getByTestId('export-menu').click();
  }

  /** An entry of the open Export menu: `pdf`, `md`, `csv`, `json`, … */
  exportMenuItem(format: string): Locator {
    return this.page.getByTestId(`export-${format}`);
  }

  /** Export → `format`, resolving with the download (`timeout`: how long the file may take, PDF on a loaded machine). */
  async exportAs(format: string, options: { timeout?: number } = {}): Promise<Download> {
    await this.openExportMenu();
    const download = this.page.waitForEvent('download', options.timeout ? { timeout: options.timeout } : undefined);
    await this.exportMenuItem(format).click();
    return download;
  }

  /** The Export menu, open. */
  exportMenu(): Locator {
    return this.page.getByRole('menu', { name: 'Export reports' });
  }

  /** The progress line of a running export (PDF). */
  exportProgress(): Locator {
    return this.page.getByTestId('export-progress');
  }

  /** The app's web manifest link (installable app). */
  manifestLink(): Locator {
    return this.page.locator('link[rel="manifest"]');
  }

  /** The notice at the bottom (what an action did), and its action button (Undo, …). */
  notice(): Locator {
    return this.page.getByTestId('notice');
  }

  noticeAction(): Locator {
    return this.page.getByTestId('notice-action');
  }

  /** A button of the Edit toolbar (Undo, Redo, …). */
  editButton(name: string | RegExp): Locator {
    return this.page.getByRole('toolbar', { name: 'Edit' }).getByRole('button', { name });
  }

  undoButton(): Locator {
    return this.editButton('Undo');
  }

  /** Every button named Undo on screen (the Edit toolbar's, a notice's). */
  undoButtons(): Locator {
    return this.page.getByRole('button', { name: 'Undo' });
  }

  /** The checklist's summary line (apply · need input · not applicable · gaps), as text. */
  async checklistSummary(): Promise<string> {
    return this.page.getByTestId('applicable-count').locator('..').innerText();
  }

  /** "Read-only" in the top bar (a tab that follows another, or a blocked one). */
  readOnlyMarker(): Locator {
    return this.page.locator('.topbar').getByText('Read-only');
  }

  /** A button of the top bar's View switch (Model, Dashboard). */
  viewButton(name: string): Locator {
    return this.page.getByRole('group', { name: 'View' }).getByRole('button', { name });
  }

  /** The top bar's Workshop link (pressed while the workshop view is shown). */
  workshopLink(): Locator {
    return this.page.getByTestId('workshop-link');
  }

  /** The scope's Assumptions field (inspector, nothing selected). */
  assumptionsField(): Locator {
    return this.page.getByLabel('Assumptions');
  }

  /** A message or label on screen, by its text. */
  shownText(text: string | RegExp): Locator {
    return this.page.getByText(text);
  }

  /** What a view that failed to show says instead (with a way back). */
  viewError(): Locator {
    return this.page.getByTestId('view-error');
  }

  /** The scope's Scope field (inspector, nothing selected). */
  scopeField(): Locator {
    return this.page.getByLabel('Scope', { exact: true });
  }

  /** The counter under a text field at its limit ("10,000 / 10,000 characters"). */
  textLimit(): Locator {
    return this.page.getByTestId('text-limit');
  }

  /** The page's level-one heading(s). */
  mainHeadings(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** The Content-Security-Policy the page declares in its own meta tag. */
  cspMeta(): Locator {
    return this.page.locator('meta[http-equiv="Content-Security-Policy"]');
  }

  /** Opens the scan-report import (evidence from scanners) and returns its dialog. */
  async openScanImport(): Promise<Locator> {
    await this.page.getByTestId('open-import-scan').click();
    return this.page.getByTestId('import-scan-dialog');
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
