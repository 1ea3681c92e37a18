/**
 * Reports from the Export menu: every format downloads; the PDF (made under the app's strict
 * CSP, checked by the fixture) prints the project name, every applicable HY-SR id and the
 * statuses; the OSCAL files parse; and exporting changes nothing stored in IndexedDB.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { AppDatabase } from './pages/AppDatabase';
import { ChecklistPage } from './pages/ChecklistPage';
import { WorkbenchPage } from './pages/WorkbenchPage';

const PROJECT = 'Rack A ≤ Контроль';
const SHOTS = '/tmp/reports';

const dumpDatabase = (page: Page) => new AppDatabase(page).dump();
const exportFormat = (page: Page, format: string) => new WorkbenchPage(page).exportAs(format);

test('exports PDF, CSV, Markdown and OSCAL from the Export menu without changing anything stored', async ({
  page,
  workbench,
}, testInfo) => {
  test.setTimeout(120_000);
  mkdirSync(SHOTS, { recursive: true });
  await workbench.open();
  await workbench.projectNameField().fill(PROJECT);
  const checklist = new ChecklistPage(page);
  await checklist.open();
  await checklist.setStatus('HY-SR-2', 'implemented');
  await checklist.expectStatus('HY-SR-2', 'implemented');
  await checklist.setStatus('HY-SR-4', 'not-implemented');
  await checklist.expectStatus('HY-SR-4', 'not-implemented');
  await checklist.setStatus('HY-SR-5', 'partially-implemented');
  await checklist.expectStatus('HY-SR-5', 'partially-implemented');
  await workbench.waitForSaved();
  const applicable = await workbench.applicableCount();
  const before = await dumpDatabase(page);

  // The menu, open, as a person sees it.
  await workbench.openExportMenu();
  await expect(workbench.exportMenu()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/e2e-export-menu.png` });
  await page.keyboard.press('Escape');
  await expect(workbench.exportMenu()).toHaveCount(0);

  // CSV: one row per recommendation, statuses as set, no cell starting a formula.
  const csvDownload = await exportFormat(page, 'csv');
  expect(csvDownload.suggestedFilename()).toMatch(/^Rack-A-Контроль-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync(await csvDownload.path(), 'utf8');
  const rows = csv
    .trim()
    .split('\r\n')
    .map((line) => line.slice(1, -1).split('","'));
  expect(rows[0]![0]).toBe('Recommendation');
  const applicableIds = rows.filter((r) => r[3] === 'platform' && r[4] === 'Applicable').map((r) => r[0]!);
  expect(applicableIds).toHaveLength(applicable);
  expect(rows.find((r) => r[0] === 'HY-SR-2')![5]).toBe('Implemented');
  for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/);

  // PDF: generated in the browser with a progress indicator, then read back with pdftotext.
  await workbench.openExportMenu();
  const pdfDownloadPromise = page.waitForEvent('download');
  await workbench.exportMenuItem('pdf').click();
  await expect(workbench.exportProgress()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/e2e-export-progress.png` });
  const pdfDownload = await pdfDownloadPromise;
  await expect(workbench.exportProgress()).toHaveCount(0);
  const pdfPath = testInfo.outputPath('report.pdf');
  await pdfDownload.saveAs(pdfPath);
  expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
  const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain(PROJECT);
  for (const id of applicableIds) expect(text).toContain(id);
  for (const label of ['Implemented', 'Not implemented', 'Partially implemented', 'Not reviewed'])
    expect(text).toContain(label);
  expect(text).toContain('Page 2 of');
  execFileSync('pdftoppm', ['-r', '50', '-png', '-f', '1', '-l', '4', pdfPath, `${SHOTS}/e2e-pdf`]);

  // Markdown and the OSCAL documents.
  const md = readFileSync(await (await exportFormat(page, 'md')).path(), 'utf8');
  expect(md).toContain(`# Hypervisor platform security assessment: ${PROJECT}`);
  for (const format of ['oscal-ar', 'oscal-poam', 'oscal-catalog']) {
    const download = await exportFormat(page, format);
    expect(download.suggestedFilename()).toMatch(new RegExp(`\\.${format}\\.json$`));
    const json = JSON.parse(readFileSync(await download.path(), 'utf8'));
    const root = {
      'oscal-ar': 'assessment-results',
      'oscal-poam': 'plan-of-action-and-milestones',
      'oscal-catalog': 'catalog',
    }[format]!;
    expect(json[root].metadata['oscal-version']).toBe('1.2.1');
  }

  // Nothing stored changed, and the document is still as edited.
  await expect(workbench.saveState()).toHaveText('Saved');
  expect(await dumpDatabase(page)).toBe(before);
  await checklist.expectStatus('HY-SR-2', 'implemented');
});
