import { test, expect } from './fixtures';
import { ProjectsPage } from './pages/ProjectsPage';

test('projects: create from a template and empty, rename, duplicate, delete with confirmation and undo, trash', async ({ page, workbench }) => {
  await workbench.open();
  const projects = new ProjectsPage(page);
  const sample = await page.getByLabel('Project name').inputValue();

  await projects.createProject('Xen lab', 'xen-driver-domain');
  await expect(page.getByLabel('Project name')).toHaveValue('Xen lab');
  await expect(workbench.nodes().first()).toBeVisible();
  await projects.createProject('Blank');
  await expect(page.getByLabel('Project name')).toHaveValue('Blank');
  await expect(workbench.nodes()).toHaveCount(0);

  const dialog = await projects.openProjects();
  await expect(projects.projectRows()).toHaveCount(3);
  await expect(projects.projectRows().first()).toHaveAttribute('data-project-name', 'Blank');

  await projects.projectRow('Xen lab').getByRole('button', { name: 'Rename' }).click();
  await dialog.getByLabel('New name').fill('Xen production');
  await dialog.getByRole('button', { name: 'Save name' }).click();
  await expect(projects.result()).toHaveText('Renamed to "Xen production".');
  await projects.projectRow('Xen production').getByRole('button', { name: 'Duplicate' }).click();
  await expect(projects.projectRow('Xen production (copy)')).toBeVisible();

  // Delete asks first; Keep changes nothing.
  await projects.projectRow('Xen production (copy)').getByRole('button', { name: 'Delete…' }).click();
  await dialog.getByRole('group', { name: /Confirm deleting/ }).getByRole('button', { name: 'Keep' }).click();
  await expect(projects.projectRows()).toHaveCount(4);
  await projects.projectRow('Xen production (copy)').getByRole('button', { name: 'Delete…' }).click();
  await dialog.getByRole('group', { name: /Confirm deleting/ }).getByRole('button', { name: 'Delete' }).click();
  await expect(projects.result()).toContainText('Moved "Xen production (copy)" to the trash.');
  await expect(projects.projectRows()).toHaveCount(3);
  await expect(dialog.getByTestId('trash-row')).toHaveCount(1);
  await page.screenshot({ path: test.info().outputPath('deleted.png') });
  await dialog.getByTestId('undo-delete').click();
  await expect(projects.projectRows()).toHaveCount(4);
  await expect(dialog.getByTestId('trash-row')).toHaveCount(0);

  // Deleting the open project opens another; the trash keeps it until deleted for good.
  await projects.projectRow('Blank').getByRole('button', { name: 'Delete…' }).click();
  await dialog.getByRole('group', { name: /Confirm deleting/ }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByLabel('Project name')).not.toHaveValue('Blank');
  await dialog.getByTestId('trash-row').getByRole('button', { name: 'Delete for good' }).click();
  await expect(dialog.getByTestId('trash-row')).toHaveCount(0);

  // Open recent, and it survives a reload.
  await projects.projectRow(sample).getByRole('button', { name: 'Open' }).click();
  await expect(page.getByLabel('Project name')).toHaveValue(sample);
  await page.reload();
  await expect(page.getByLabel('Project name')).toHaveValue(sample);
  await projects.openProjects();
  await expect(projects.projectRows()).toHaveCount(3);
  await expect(page.getByTestId('storage-persisted')).toBeVisible();
  await expect(page.getByTestId('storage-estimate')).toContainText('used of');
});
