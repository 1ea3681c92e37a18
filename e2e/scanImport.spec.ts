/**
 * Issue 19, scan results as evidence: with the example baseline pack installed, a bad report
 * is refused with its path and nothing stored; a STIG checklist previews host, scanner and
 * matches, attaches evidence without changing a status, and the suggestion is accepted per item.
 */
import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures';
import { CanvasPage } from './pages/CanvasPage';
import { ChecklistPage } from './pages/ChecklistPage';
import { PacksDialog } from './pages/PacksDialog';

const BASELINE = 'threat-catalog/packs/example-org-baseline.yaml';
const CKL = 'src/domain/evidence/fixtures/stig-checklist.ckl';
const VS05 = 'example-org-baseline.VS-05';

test('import a STIG checklist as evidence and accept a suggested status', async ({ page }) => {
  const canvas = new CanvasPage(page);
  await canvas.open();
  const packsDialog = new PacksDialog(page);
  await packsDialog.open();
  const packs = packsDialog.dialog();
  await packs
    .getByTestId('pack-file-input')
    .setInputFiles({ name: 'example-org-baseline.yaml', mimeType: 'text/yaml', buffer: await readFile(BASELINE) });
  await packs.getByTestId('pack-install').click();
  await expect(packs.locator('[data-testid="installed-pack"][data-pack="example-org-baseline"]')).toBeVisible();
  await packsDialog.close();

  await canvas.openChecklist();
  const checklist = new ChecklistPage(page);
  const before = await checklist.item(VS05).getAttribute('data-status');

  const dialog = await canvas.openScanImport();
  const ckl = await readFile(CKL, 'utf8');

  // A checklist with an unknown status: refused with the path, nothing attached.
  await dialog.getByTestId('scan-file-input').setInputFiles({
    name: 'bad.ckl',
    mimeType: 'application/xml',
    buffer: Buffer.from(ckl.replace('<STATUS>Open</STATUS>', '<STATUS>Broken</STATUS>')),
  });
  await expect(dialog.getByTestId('scan-error')).toContainText('bad.ckl:1 (/CHECKLIST/STIGS/iSTIG[1]/VULN[2]/STATUS)');
  await expect(dialog.getByTestId('scan-error')).toContainText('Nothing was imported');
  await expect(dialog.getByTestId('scan-confirm')).toBeDisabled();

  // The real fixture: preview, then attach.
  await dialog
    .getByTestId('scan-file-input')
    .setInputFiles({ name: 'stig-checklist.ckl', mimeType: 'application/xml', buffer: Buffer.from(ckl) });
  await expect(dialog.getByTestId('scan-preview')).toContainText('kvm-host-01');
  await expect(dialog.getByTestId('scan-preview')).toContainText('DISA STIG Viewer checklist (CKL)');
  await expect(dialog.getByTestId('scan-summary')).toHaveText('4 results, 3 matched to 2 items.');
  await expect(dialog.getByTestId('scan-unmatched')).toContainText('1 results match no crosswalk');
  await page.screenshot({ path: test.info().outputPath('scan-preview.png') });
  await dialog.getByTestId('scan-confirm').click();
  await expect(dialog).toBeHidden();

  // Evidence on VS-05 with a suggestion; the status is unchanged until accepted.
  const item = await checklist.expand(VS05);
  await expect(item.getByTestId('scan-evidence')).toContainText('SV-230223r928585_rule: NotAFinding');
  await expect(item.getByTestId('scan-suggestion')).toContainText('Suggested: implemented');
  expect(await checklist.item(VS05).getAttribute('data-status')).toBe(before);
  await page.screenshot({ path: test.info().outputPath('scan-evidence.png') });
  await item.getByTestId('scan-accept').click();
  await checklist.expectStatus(VS05, 'implemented');
  await expect(item.getByTestId('scan-accepted')).toBeVisible();
});
