/**
 * Reports from the Export menu: every format downloads; the PDF (made under the app's strict
 * CSP, checked by the fixture) prints the project name, every applicable HY-SR id and the
 * statuses; the OSCAL files parse; and exporting changes nothing stored in IndexedDB.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { ChecklistPage } from './pages/ChecklistPage';

const PROJECT = 'Rack A ≤ Контроль';
const SHOTS = '/tmp/reports';

/** Every record of every object store of the app's database, as one string (blobs by size). */
async function dumpDatabase(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('hypervisor-threat-workbench');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const out: Record<string, unknown[]> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      out[name] = await new Promise<unknown[]>((resolve, reject) => {
        const req = db.transaction(name).objectStore(name).getAll();
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    }
    db.close();
    return JSON.stringify(out, (_k, v: unknown) => (v instanceof Blob ? `blob:${v.size}` : v));
  });
}

async function exportFormat(page: Page, format: string): Promise<Download> {
  const download = page.waitForEvent('download');
  await page.getByTestId('export-menu').click();
  await page.getByTestId(`export-${format}`).click();
  return download;
}

test('exports PDF, CSV, Markdown and OSCAL from the Export menu without changing anything stored', async ({ page, workbench }, testInfo) => {
  test.setTimeout(120_000);
  mkdirSync(SHOTS, { recursive: true });
  await workbench.open();
  await page.getByLabel('Project name').fill(PROJECT);
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
  await page.getByTestId('export-menu').click();
  await expect(page.getByRole('menu', { name: 'Export reports' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/e2e-export-menu.png` });
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu', { name: 'Export reports' })).toHaveCount(0);

  // CSV: one row per recommendation, statuses as set, no cell starting a formula.
  const csvDownload = await exportFormat(page, 'csv');
  expect(csvDownload.suggestedFilename()).toMatch(/^Rack-A-Контроль-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync(await csvDownload.path(), 'utf8');
  const rows = csv.trim().split('\r\n').map((line) => line.slice(1, -1).split('","'));
  expect(rows[0]![0]).toBe('Recommendation');
  const applicableIds = rows.filter((r) => r[3] === 'platform' && r[4] === 'Applicable').map((r) => r[0]!);
  expect(applicableIds).toHaveLength(applicable);
  expect(rows.find((r) => r[0] === 'HY-SR-2')![5]).toBe('Implemented');
  for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/);

  // PDF: generated in the browser with a progress indicator, then read back with pdftotext.
  await page.getByTestId('export-menu').click();
  const pdfDownloadPromise = page.waitForEvent('download');
  await page.getByTestId('export-pdf').click();
  await expect(page.getByTestId('export-progress')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/e2e-export-progress.png` });
  const pdfDownload = await pdfDownloadPromise;
  await expect(page.getByTestId('export-progress')).toHaveCount(0);
  const pdfPath = testInfo.outputPath('report.pdf');
  await pdfDownload.saveAs(pdfPath);
  expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
  const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain(PROJECT);
  for (const id of applicableIds) expect(text).toContain(id);
  for (const label of ['Implemented', 'Not implemented', 'Partially implemented', 'Not reviewed']) expect(text).toContain(label);
  expect(text).toContain('Page 2 of');
  execFileSync('pdftoppm', ['-r', '50', '-png', '-f', '1', '-l', '4', pdfPath, `${SHOTS}/e2e-pdf`]);

  // Markdown and the OSCAL documents.
  const md = readFileSync(await (await exportFormat(page, 'md')).path(), 'utf8');
  expect(md).toContain(`# Hypervisor platform security assessment: ${PROJECT}`);
  for (const format of ['oscal-ar', 'oscal-poam', 'oscal-catalog']) {
    const download = await exportFormat(page, format);
    expect(download.suggestedFilename()).toMatch(new RegExp(`\\.${format}\\.json$`));
    const json = JSON.parse(readFileSync(await download.path(), 'utf8'));
    const root = { 'oscal-ar': 'assessment-results', 'oscal-poam': 'plan-of-action-and-milestones', 'oscal-catalog': 'catalog' }[format]!;
    expect(json[root].metadata['oscal-version']).toBe('1.2.1');
  }

  // Nothing stored changed, and the document is still as edited.
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  expect(await dumpDatabase(page)).toBe(before);
  await checklist.expectStatus('HY-SR-2', 'implemented');
});
