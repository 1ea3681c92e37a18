import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';

/** The configuration files the import e2e specs use (the unit tests' fixtures). */
export const IMPORT_FIXTURES = 'src/domain/import/fixtures';

export type ChosenFile = { name: string; mimeType: string; buffer: Buffer };

/** A fixture file as the file chooser hands it over. */
export async function importFixture(name: string): Promise<ChosenFile> {
  return { name, mimeType: 'text/plain', buffer: await readFile(`${IMPORT_FIXTURES}/${name}`) };
}

/** Page object of the configuration import dialog: files, preview, modes and the drift view. */
export class ImportConfigPage {
  constructor(readonly page: Page) {}

  dialog(): Locator {
    return this.page.getByTestId('import-config-dialog');
  }

  /** Opens the dialog from the top bar. */
  async open(): Promise<void> {
    await this.page.getByTestId('open-import-config').click();
    await expect(this.dialog()).toBeVisible();
  }

  /** In the open Projects dialog: "Import configuration…", which leads to the same dialog. */
  async openFromProjects(): Promise<void> {
    await this.page.getByTestId('projects-import-config').click();
  }

  async choose(files: ChosenFile[]): Promise<void> {
    await this.page.getByTestId('import-config-choose-input').setInputFiles(files);
  }

  async chooseFixtures(...names: string[]): Promise<void> {
    await this.choose(await Promise.all(names.map(importFixture)));
  }

  /** Drops files from "the desktop" onto the element `testId`, as a person dragging them from a file manager. */
  async dropFiles(testId: string, files: { name: string; text: string }[]): Promise<void> {
    const transfer = await this.page.evaluateHandle((list) => {
      const dt = new DataTransfer();
      for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'text/plain' }));
      return dt;
    }, files);
    const target = this.page.getByTestId(testId);
    await target.dispatchEvent('dragenter', { dataTransfer: transfer });
    await target.dispatchEvent('dragover', { dataTransfer: transfer });
    await target.dispatchEvent('drop', { dataTransfer: transfer });
  }

  /** A chosen file's line in the preview (its format, what it describes, or why it is refused). */
  fileRow(name: string): Locator {
    return this.page.locator(`[data-testid="import-file"][data-file="${name}"]`);
  }

  /** "Adds n components and m connections…" */
  counts(): Locator {
    return this.page.getByTestId('import-counts');
  }

  applyButton(): Locator {
    return this.page.getByTestId('import-apply');
  }

  async apply(): Promise<void> {
    await this.applyButton().click();
  }

  /** Into the open project (the default), a new project, or compare with the drawing (drift). */
  async chooseMode(mode: 'new' | 'drift'): Promise<void> {
    await this.page.getByTestId(`import-mode-${mode}`).check();
  }

  newProjectNameField(): Locator {
    return this.page.getByLabel('Name of the new project');
  }

  async cancel(): Promise<void> {
    await this.page.getByRole('button', { name: 'Cancel' }).click();
  }

  driftView(): Locator {
    return this.page.getByTestId('drift-view');
  }

  driftItems(): Locator {
    return this.driftView().getByTestId('drift-item');
  }

  /** A difference of the drift view: an attribute's value, or a part only one side has. */
  driftItem(
    kind: 'attribute' | 'missing-in-model' | 'missing-in-configuration',
    component: string,
    attribute?: string,
  ): Locator {
    const attr = attribute ? `[data-attribute="${attribute}"]` : '';
    return this.driftView().locator(`[data-kind="${kind}"][data-component="${component}"]${attr}`);
  }

  /** An attribute difference (a drift item), by component and attribute. */
  attributeDrift(component: string, attribute: string): Locator {
    return this.driftView().locator(
      `[data-testid="drift-item"][data-kind="attribute"][data-component="${component}"][data-attribute="${attribute}"]`,
    );
  }

  /** What a difference says (its fieldset's legend). */
  driftText(item: Locator): Locator {
    return item.locator('legend');
  }

  async chooseApply(item: Locator): Promise<void> {
    await item.getByTestId('drift-apply').check();
  }

  keepChoices(): Locator {
    return this.driftView().getByTestId('drift-keep');
  }

  applyChosenButton(): Locator {
    return this.page.getByTestId('drift-apply-chosen');
  }

  async applyAll(): Promise<void> {
    await this.page.getByTestId('drift-apply-all').click();
  }

  /** "No differences": everything the files state agrees with the drawing. */
  noDrift(): Locator {
    return this.page.getByTestId('drift-none');
  }
}
