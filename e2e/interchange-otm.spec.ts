/**
 * OTM for other threat-modelling tools (issue 21): Export → OTM shows the loss report before
 * anything downloads, the file is OTM 0.2.0, and "Import project…" turns it back into a project
 * with the same components in a fresh profile.
 */
import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures';
import { ProjectsPage } from './pages/ProjectsPage';
import { WorkbenchPage } from './pages/WorkbenchPage';

test('exports OTM after showing its loss report, and imports it as a new project', async ({
  page,
  browser,
  workbench,
}) => {
  await workbench.open();
  await page.getByTestId('export-menu').click();
  await expect(page.getByTestId('export-otm')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('otm-menu.png') });
  await page.getByTestId('export-otm').click();
  const dialog = page.getByTestId('interchange-export-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('OTM 0.2.0 cannot hold everything in this project');
  await page.screenshot({ path: test.info().outputPath('otm-loss-report.png') });
  const download = page.waitForEvent('download');
  await page.getByTestId('interchange-export-confirm').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.otm\.json$/);
  const path = test.info().outputPath('model.otm.json');
  await file.saveAs(path);
  const otm = JSON.parse(await readFile(path, 'utf8')) as {
    otmVersion: string;
    components: unknown[];
    trustZones: unknown[];
  };
  expect(otm.otmVersion).toBe('0.2.0');

  const other = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const otherPage = await other.newPage();
  const otherWorkbench = new WorkbenchPage(otherPage);
  await otherWorkbench.open();
  const projects = new ProjectsPage(otherPage);
  await projects.openProjects();
  await projects.chooseFile('import-project', path);
  await expect(projects.result()).toContainText('from an OTM file (20 components)');
  await otherPage.screenshot({ path: test.info().outputPath('otm-imported.png') });
  await other.close();
});
