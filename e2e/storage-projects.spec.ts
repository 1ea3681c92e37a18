import { test, expect } from './fixtures';
import { ProjectsPage } from './pages/ProjectsPage';

test('projects: create from a template and empty, rename, duplicate, delete with confirmation and undo, trash', async ({
  page,
  workbench,
}) => {
  await workbench.open();
  const projects = new ProjectsPage(page);
  const sample = await workbench.projectNameField().inputValue();

  await projects.createProject('Xen lab', 'xen-driver-domain');
  await expect(workbench.projectNameField()).toHaveValue('Xen lab');
  await expect(workbench.nodes().first()).toBeVisible();
  await projects.createProject('Blank');
  await expect(workbench.projectNameField()).toHaveValue('Blank');
  await expect(workbench.nodes()).toHaveCount(0);

  await projects.openProjects();
  await expect(projects.projectRows()).toHaveCount(3);
  await expect(projects.projectRows().first()).toHaveAttribute('data-project-name', 'Blank');

  await projects.renameProject('Xen lab', 'Xen production');
  await expect(projects.result()).toHaveText('Renamed to "Xen production".');
  await projects.duplicateProject('Xen production');
  await expect(projects.projectRow('Xen production (copy)')).toBeVisible();

  // Delete asks first; Keep changes nothing.
  await projects.deleteProject('Xen production (copy)', 'Keep');
  await expect(projects.projectRows()).toHaveCount(4);
  await projects.deleteProject('Xen production (copy)', 'Delete');
  await expect(projects.result()).toContainText('Moved "Xen production (copy)" to the trash.');
  await expect(projects.projectRows()).toHaveCount(3);
  await expect(projects.trashRows()).toHaveCount(1);
  await page.screenshot({ path: test.info().outputPath('deleted.png') });
  await projects.undoDelete();
  await expect(projects.projectRows()).toHaveCount(4);
  await expect(projects.trashRows()).toHaveCount(0);

  // Deleting the open project opens another; the trash keeps it until deleted for good.
  await projects.deleteProject('Blank', 'Delete');
  await expect(workbench.projectNameField()).not.toHaveValue('Blank');
  await projects.trashRows().getByRole('button', { name: 'Delete for good' }).click();
  await expect(projects.trashRows()).toHaveCount(0);

  // Open recent, and it survives a reload.
  await projects.openProject(sample);
  await expect(workbench.projectNameField()).toHaveValue(sample);
  await page.reload();
  await expect(workbench.projectNameField()).toHaveValue(sample);
  await projects.openProjects();
  await expect(projects.projectRows()).toHaveCount(3);
  await expect(projects.storagePersisted()).toBeVisible();
  await expect(projects.storageEstimate()).toContainText('used of');
});
