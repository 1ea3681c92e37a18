import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** Page object of the projects and snapshots dialogs and the storage banners. */
export class ProjectsPage {
  constructor(readonly page: Page) {}

  dialog(): Locator {
    return this.page.getByTestId('projects-dialog');
  }

  snapshotsDialog(): Locator {
    return this.page.getByTestId('snapshots-dialog');
  }

  async openProjects(): Promise<Locator> {
    await this.page.getByTestId('open-projects').click();
    await expect(this.dialog()).toBeVisible();
    return this.dialog();
  }

  async openSnapshots(): Promise<Locator> {
    await this.page.getByTestId('open-snapshots').click();
    await expect(this.snapshotsDialog()).toBeVisible();
    return this.snapshotsDialog();
  }

  async close(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await expect(this.page.locator('dialog[open]')).toHaveCount(0);
  }

  projectRows(): Locator {
    return this.dialog().getByTestId('project-row');
  }

  projectRow(name: string): Locator {
    return this.page.locator(`[data-testid="project-row"][data-project-name="${name.replace(/"/g, '\\"')}"]`);
  }

  /** Renames a project from its row in the open projects dialog. */
  async renameProject(name: string, newName: string): Promise<void> {
    await this.projectRow(name).getByRole('button', { name: 'Rename' }).click();
    await this.page.getByLabel('New name').fill(newName);
    await this.page.getByRole('button', { name: 'Save name' }).click();
  }

  /** Opens a project from its row in the open projects dialog. */
  async openProject(name: string): Promise<void> {
    await this.projectRow(name).getByRole('button', { name: 'Open' }).click();
  }

  /** Delete… on a project's row, then Keep or Delete in the confirmation it asks. */
  async deleteProject(name: string, answer: 'Keep' | 'Delete'): Promise<void> {
    await this.projectRow(name).getByRole('button', { name: 'Delete…' }).click();
    await this.dialog()
      .getByRole('group', { name: /Confirm deleting/ })
      .getByRole('button', { name: answer })
      .click();
  }

  async duplicateProject(name: string): Promise<void> {
    await this.projectRow(name).getByRole('button', { name: 'Duplicate' }).click();
  }

  /** Projects in the trash (deleted, not yet for good). */
  trashRows(): Locator {
    return this.dialog().getByTestId('trash-row');
  }

  async undoDelete(): Promise<void> {
    await this.dialog().getByTestId('undo-delete').click();
  }

  /** The raw records of unreadable projects, offered after a backup that left them out. */
  async exportRescue(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByTestId('export-rescue').click();
    return download;
  }

  /** Whether the browser keeps the storage (persisted), and how much is used. */
  storagePersisted(): Locator {
    return this.page.getByTestId('storage-persisted');
  }

  storageEstimate(): Locator {
    return this.page.getByTestId('storage-estimate');
  }

  result(): Locator {
    return this.page.getByTestId('storage-result');
  }

  async createProject(name: string, templateId = ''): Promise<void> {
    await this.openProjects();
    await this.submitNewProject(name, templateId);
    await expect(this.dialog()).toHaveCount(0);
  }

  /** In the open projects dialog: names a new project and clicks Create (whatever the answer). */
  async submitNewProject(name: string, templateId?: string): Promise<void> {
    await this.page.getByTestId('new-project-name').fill(name);
    if (templateId !== undefined) await this.page.getByTestId('new-project-template').selectOption(templateId);
    await this.page.getByTestId('create-project').click();
  }

  async exportProject(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.dialog().getByTestId('export-project').click();
    return download;
  }

  async exportBackup(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.dialog().getByTestId('export-backup').click();
    return download;
  }

  /** Chooses a file through the real file chooser of the import (or restore) button. */
  async chooseFile(
    button: 'import-project' | 'restore-backup',
    file: { name: string; buffer: Buffer } | string,
  ): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.dialog().getByTestId(button).click();
    await (
      await chooser
    ).setFiles(
      typeof file === 'string' ? file : { name: file.name, mimeType: 'application/json', buffer: file.buffer },
    );
  }

  async saveSnapshot(name: string): Promise<void> {
    const dialog = await this.openSnapshots();
    await dialog.getByTestId('snapshot-name').fill(name);
    await dialog.getByTestId('save-snapshot').click();
    await expect(this.result()).toContainText(`Saved snapshot "${name}"`);
  }

  snapshotRow(name: string): Locator {
    return this.snapshotsDialog().locator(
      `[data-testid="snapshot-row"][data-snapshot-name="${name.replace(/"/g, '\\"')}"]`,
    );
  }

  /** Picks a snapshot by name in one of the compare selects. */
  async pickCompare(select: 'compare-from' | 'compare-to', name: string): Promise<void> {
    const menu = this.snapshotsDialog().getByTestId(select);
    const value = await menu.locator('option', { hasText: name }).first().getAttribute('value');
    await menu.selectOption(value!);
  }

  roleBanner(): Locator {
    return this.page.getByTestId('tab-role-banner');
  }

  /** In a tab that follows another (read-only): Take over editing, from the role banner. */
  async takeOver(): Promise<void> {
    await this.page.getByTestId('take-over').click();
  }

  /** The banner a failed write shows (autosave paused). */
  saveErrorBanner(): Locator {
    return this.page.getByTestId('save-error-banner');
  }

  /** Export project from the save-error banner (the copy in memory). */
  async exportFromSaveErrorBanner(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.saveErrorBanner().getByTestId('banner-export').click();
    return download;
  }

  async retrySave(): Promise<void> {
    await this.saveErrorBanner().getByTestId('retry-save').click();
  }
}
