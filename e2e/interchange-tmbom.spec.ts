/**
 * TM-BOM for other threat-modelling tools (issue 21): Export → TM-BOM shows the loss report
 * before anything downloads, the file is a CycloneDX 1.6 BOM whose attached threat model the
 * Threat Model Library schema accepts, and "Import project…" turns it back into a project with
 * the same components in a fresh profile.
 */
import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures';
import { ProjectsPage } from './pages/ProjectsPage';
import { WorkbenchPage } from './pages/WorkbenchPage';
import { interchangeErrors } from '../src/test/interchangeSchemas';

test('exports a TM-BOM after showing its loss report, and imports it as a new project', async ({
  page,
  browser,
  workbench,
}) => {
  await workbench.open();
  await page.getByTestId('export-menu').click();
  await page.getByTestId('export-tmbom').click();
  const dialog = page.getByTestId('interchange-export-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('TM-BOM 1.0 (CycloneDX 1.6) cannot hold everything in this project');
  await expect(dialog).toContainText('Business criticality, data sensitivity, exposure and tier');
  await page.screenshot({ path: test.info().outputPath('tmbom-loss-report.png') });
  const download = page.waitForEvent('download');
  await page.getByTestId('interchange-export-confirm').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.tmbom\.cdx\.json$/);
  const path = test.info().outputPath('model.tmbom.cdx.json');
  await file.saveAs(path);
  const bom = JSON.parse(await readFile(path, 'utf8')) as {
    specVersion: string;
    components: { data: { contents: { attachment: { content: string } } }[] }[];
  };
  expect(interchangeErrors('cyclonedx', bom)).toEqual([]);
  const model = JSON.parse(bom.components[0]!.data[0]!.contents.attachment.content) as { components: unknown[] };
  expect(interchangeErrors('tm-bom', model)).toEqual([]);

  const other = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const otherPage = await other.newPage();
  await new WorkbenchPage(otherPage).open();
  const projects = new ProjectsPage(otherPage);
  await projects.openProjects();
  await projects.chooseFile('import-project', path);
  await expect(projects.result()).toContainText('from a TM-BOM (20 components)');
  await otherPage.screenshot({ path: test.info().outputPath('tmbom-imported.png') });
  await other.close();
});
