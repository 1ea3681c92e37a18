import { test, expect } from './fixtures';
import { ProjectsPage } from './pages/ProjectsPage';
import { WorkbenchPage } from './pages/WorkbenchPage';

test('two tabs on one project: one edits, the other follows read-only, take over, no edit lost', async ({
  page,
  context,
  workbench,
}) => {
  await workbench.open();
  const a = { page, projects: new ProjectsPage(page), name: workbench.projectNameField() };
  await expect(a.projects.roleBanner()).toHaveCount(0);

  const second = await context.newPage();
  const bWorkbench = new WorkbenchPage(second);
  await bWorkbench.open();
  const b = { page: second, projects: new ProjectsPage(second), name: bWorkbench.projectNameField() };
  await expect(b.projects.roleBanner()).toContainText('This project is being edited in another tab');
  await expect(b.projects.roleBanner()).toHaveAttribute('data-role', 'follower');
  await expect(b.name).toBeDisabled();
  await second.screenshot({ path: test.info().outputPath('follower.png') });

  // The editor's edits reach the follower live.
  await a.name.fill('Edited in tab A');
  await expect(b.name).toHaveValue('Edited in tab A');

  // An edit made just before the hand-over is written first, then the new editor loads it.
  await a.name.fill('Last edit in A before hand-over');
  await b.projects.takeOver();
  await expect(b.projects.roleBanner()).toHaveCount(0);
  await expect(b.name).toBeEnabled();
  await expect(b.name).toHaveValue('Last edit in A before hand-over');
  await expect(a.projects.roleBanner()).toContainText('Editing was handed to another tab');
  await expect(a.name).toBeDisabled();

  // Now B edits and A follows.
  await b.name.fill('Edited in tab B');
  await expect(a.name).toHaveValue('Edited in tab B');

  // Closing the editing tab hands editing back by itself; nothing was lost.
  await bWorkbench.waitForSaved();
  await second.close();
  await expect(a.projects.roleBanner()).toHaveCount(0);
  await expect(a.name).toBeEnabled();
  await expect(a.name).toHaveValue('Edited in tab B');
  await a.name.fill('A edits again');
  await workbench.waitForSaved();
  await page.reload();
  await expect(a.name).toHaveValue('A edits again');
});
