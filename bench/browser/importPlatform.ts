/** What the browser benchmarks share: the catalog's identity, and importing a platform as a user would. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

/** Id and version of the bundled catalog, for generated documents. */
const manifest = JSON.parse(readFileSync(join(process.cwd(), 'threat-catalog', 'catalog.json'), 'utf8')) as {
  id: string;
  version: string;
};
export const catalogRef = { id: manifest.id, version: manifest.version };

/** Imports `document` through the projects dialog, waits until it is the open project, closes the dialog. */
export async function importThroughProjectsDialog(
  page: Page,
  document: { name: string },
  fileName: string,
): Promise<void> {
  await page.getByTestId('open-projects').click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-project').click();
  await (
    await chooser
  ).setFiles({ name: fileName, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(document)) });
  // The canvas may render only what is in view, so wait for the imported project by name.
  await expect(page.getByLabel('Project name')).toHaveValue(document.name, { timeout: 60_000 });
  await page.keyboard.press('Escape');
  await expect(page.locator('dialog[open]')).toHaveCount(0);
}
