/**
 * Issue 19, packs in the app: a bad pack is refused with its path and nothing stored; the
 * example baseline previews what it adds, installs, and its items join the checklist; the
 * project records the pack; after removal the project says the pack is missing and keeps
 * its assessment state. The bundled SP 800-125B pack is removed from one project (its items
 * leave the checklist, its kept entry is not orphaned), undone, redone, kept over a reload, and
 * added back with its status.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { CanvasPage } from './pages/CanvasPage';
import { ChecklistPage } from './pages/ChecklistPage';
import { PacksDialog } from './pages/PacksDialog';

const BASELINE = 'threat-catalog/packs/example-org-baseline.yaml';
const item = (page: Page, id: string) => page.locator(`[data-testid="checklist-item"][data-recommendation="${id}"]`);

test('install, use and remove an organisation pack', async ({ page }) => {
  const canvas = new CanvasPage(page);
  await canvas.open();
  const yaml = await readFile(BASELINE);

  await page.getByTestId('open-packs').click();
  const dialog = page.getByTestId('packs-dialog');
  await expect(dialog.getByTestId('packs-none')).toBeVisible();

  // A pack that redefines a core id: refused, with file and path, and nothing installed.
  const bad = Buffer.from(yaml.toString('utf8').replace('id: VS-01', 'id: HY-SR-1'));
  await dialog.getByTestId('pack-file-input').setInputFiles({ name: 'bad.yaml', mimeType: 'text/yaml', buffer: bad });
  await expect(dialog.getByTestId('pack-errors')).toContainText('bad.yaml: recommendations[0].id');
  await expect(dialog.getByTestId('pack-errors')).toContainText('is a core catalog id');
  await expect(dialog.getByTestId('pack-install')).toBeDisabled();
  await expect(dialog.getByTestId('packs-none')).toBeVisible();

  // The real example pack: preview, then install.
  await dialog
    .getByTestId('pack-file-input')
    .setInputFiles({ name: 'example-org-baseline.yaml', mimeType: 'text/yaml', buffer: yaml });
  await expect(dialog.getByTestId('pack-preview-counts')).toHaveText(
    'Adds 12 checklist items, 12 rules, 16 verdict rules and 13 crosswalk entries.',
  );
  await page.screenshot({ path: test.info().outputPath('pack-preview.png') });
  const axe = await new AxeBuilder({ page }).include('[data-testid="packs-dialog"]').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await dialog.getByTestId('pack-install').click();
  await expect(dialog.locator('[data-testid="installed-pack"][data-pack="example-org-baseline"]')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Its items are in the checklist, evaluated on the model (the sample's image library holds unsigned images).
  await canvas.openChecklist();
  await expect(item(page, 'example-org-baseline.VS-08')).toBeVisible();
  await expect(item(page, 'example-org-baseline.VS-08')).toContainText(
    'Signed images from the approved library over TLS',
  );
  await page.screenshot({ path: test.info().outputPath('pack-checklist.png') });

  // Survives a reload (stored in IndexedDB).
  await page.reload();
  await canvas.openChecklist();
  await expect(item(page, 'example-org-baseline.VS-08')).toBeVisible();

  // Assess one of its items: the project records the pack it was assessed with.
  const checklist = new ChecklistPage(page);
  await checklist.setStatus('example-org-baseline.VS-06', 'implemented');
  await checklist.expectStatus('example-org-baseline.VS-06', 'implemented');
  await canvas.waitForSaved();

  // Remove it: its items leave the checklist.
  await page.getByTestId('open-packs').click();
  await page.getByRole('button', { name: 'Remove pack example-org-baseline' }).click();
  await expect(page.getByTestId('packs-dialog').getByTestId('packs-none')).toBeVisible();
  await page.getByTestId('packs-dialog').getByRole('button', { name: 'Close' }).click();
  await expect(item(page, 'example-org-baseline.VS-08')).toHaveCount(0);
  await canvas.waitForSaved();

  // Opening the project again says which pack is missing, and the entry is kept (orphaned).
  await page.reload();
  await expect(page.getByTestId('notice')).toContainText(
    'assessed with pack example-org-baseline 1.1.0 (not installed)',
  );
  await canvas.openChecklist();
  const orphaned = page.getByTestId('orphaned-records');
  await orphaned.locator('summary').click();
  await expect(orphaned).toContainText('example-org-baseline.VS-06');
  await page.screenshot({ path: test.info().outputPath('pack-missing.png') });
});

test('remove the bundled SP 800-125B pack from one project, undo, and add it back with its statuses', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  const checklist = new ChecklistPage(page);
  const packs = new PacksDialog(page);
  await canvas.open();
  await checklist.open();
  const packItem = page.locator('[data-testid="checklist-item"][data-recommendation^="sp800-125b."]');
  const first = await packItem.first().getAttribute('data-recommendation');
  expect(first).toBeTruthy();
  await checklist.setStatus(first!, 'implemented');
  await checklist.expectStatus(first!, 'implemented');

  await packs.open();
  await packs.expectBundledState('sp800-125b', 'in-project');
  await packs.removeFromProject('sp800-125b');
  await expect(page.getByTestId('notice')).toContainText('1 assessment entry is kept');
  await packs.close();
  // Its items leave the checklist, and its kept entry is not listed as orphaned.
  await expect(packItem).toHaveCount(0);
  await expect(page.getByTestId('orphaned-records')).toHaveCount(0);

  // One undo step brings the pack back with the status; redo removes it again.
  await page.getByRole('toolbar', { name: 'Edit' }).getByRole('button', { name: 'Undo' }).click();
  await checklist.expectStatus(first!, 'implemented');
  await page.getByRole('toolbar', { name: 'Edit' }).getByRole('button', { name: 'Redo' }).click();
  await expect(packItem).toHaveCount(0);

  // The choice is saved with the project: after a reload the pack is still out, without a missing-pack warning.
  await canvas.waitForSaved();
  await page.reload();
  await checklist.open();
  await expect(packItem).toHaveCount(0);
  await expect(page.getByText(/assessed with pack/)).toHaveCount(0);

  await packs.open();
  await packs.addBack('sp800-125b');
  await packs.close();
  await checklist.expectStatus(first!, 'implemented');
});
