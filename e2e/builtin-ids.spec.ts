/**
 * Issue 22 item 2: component ids that are built-in JavaScript names (`toString`, `valueOf`,
 * ...) turned the Dashboard into a white screen. Imported through the file chooser, the
 * project shows on the canvas, the dashboard and the checklist, and saves.
 */
import { builtinIdTemplate, INHERITED_NAMES } from '../src/test/builtinIdModel';
import { test, expect } from './fixtures';
import { ChecklistPage } from './pages/ChecklistPage';
import { ProjectsPage } from './pages/ProjectsPage';

test('a project whose component ids are built-in JavaScript names opens on every view', async ({ page, workbench }) => {
  await workbench.open();
  const projects = new ProjectsPage(page);
  await projects.openProjects();
  const model = { ...builtinIdTemplate(INHERITED_NAMES), id: 'builtin-ids', name: 'Built-in ids' };
  await projects.chooseFile('import-project', { name: 'ids.json', buffer: Buffer.from(JSON.stringify(model)) });
  await expect(projects.result()).toHaveText('Imported "Built-in ids".');
  await projects.close();
  await expect(page.getByLabel('Project name')).toHaveValue('Built-in ids');
  await expect(workbench.nodes()).toHaveCount(20);

  await page.getByRole('button', { name: 'Dashboard', exact: true }).click();
  await expect(page.getByTestId('dashboard')).toBeVisible();
  await expect(page.getByTestId('view-error')).toHaveCount(0);
  const heatmap = page.getByTestId('heatmap');
  await expect(heatmap).toBeVisible();
  // The renamed hypervisor kernel (id "kvm" became "toString") keeps its column and name.
  await expect(heatmap).toContainText('Linux 6.8 + kvm_intel');
  await page.screenshot({ path: test.info().outputPath('dashboard-builtin-ids.png') });

  const checklist = new ChecklistPage(page);
  await checklist.open();
  await expect(checklist.item('HY-SR-2')).toBeVisible();
  await page.getByRole('button', { name: 'Model', exact: true }).click();
  await expect(workbench.nodes()).toHaveCount(20);
  await expect(page.getByTestId('view-error')).toHaveCount(0);
  await page.getByLabel('Project name').fill('Built-in ids, renamed');
  await workbench.waitForSaved();
});
