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
  await expect(workbench.projectNameField()).toHaveValue('Built-in ids');
  await expect(workbench.nodes()).toHaveCount(20);

  const checklist = new ChecklistPage(page);
  await workbench.viewButton('Dashboard').click();
  await expect(checklist.dashboard()).toBeVisible();
  await expect(workbench.viewError()).toHaveCount(0);
  const heatmap = checklist.heatmap();
  await expect(heatmap).toBeVisible();
  // The renamed hypervisor kernel (id "kvm" became "toString") keeps its column and name.
  await expect(heatmap).toContainText('Linux 6.8 + kvm_intel');
  await page.screenshot({ path: test.info().outputPath('dashboard-builtin-ids.png') });

  await checklist.open();
  await expect(checklist.item('HY-SR-2')).toBeVisible();
  await workbench.viewButton('Model').click();
  await expect(workbench.nodes()).toHaveCount(20);
  await expect(workbench.viewError()).toHaveCount(0);
  await workbench.projectNameField().fill('Built-in ids, renamed');
  await workbench.waitForSaved();
});
