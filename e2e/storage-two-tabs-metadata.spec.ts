/** Issue 22 item 3: a rename from another tab goes through the tab lock, so the editing tab never writes the old name back. */
import type { BrowserContext } from '@playwright/test';
import { test, expect } from './fixtures';
import { ProjectsPage } from './pages/ProjectsPage';
import { WorkbenchPage } from './pages/WorkbenchPage';

/** Tab A edits the saved sample; tab B, opened on it too, follows. Returns A's name field, the project's name and tab B. */
async function editorAndFollower(context: BrowserContext, workbench: WorkbenchPage) {
  await workbench.open();
  await workbench.waitForSaved();
  const aName = workbench.projectNameField();
  const original = await aName.inputValue();
  const second = await context.newPage();
  const b = new WorkbenchPage(second);
  await b.open();
  const bProjects = new ProjectsPage(second);
  await expect(bProjects.roleBanner()).toHaveAttribute('data-role', 'follower');
  return { aName, original, second, b, bProjects };
}

test('tab B renames the project tab A edits: A is told, keeps editing, and its next autosave keeps the new name', async ({
  page,
  context,
  workbench,
}) => {
  const { aName, original, second, b, bProjects } = await editorAndFollower(context, workbench);
  // B works on another project of its own, then renames A's project from its project list.
  await bProjects.createProject('B own project');
  await b.waitForSaved();
  await bProjects.openProjects();
  await bProjects.renameProject(original, 'Renamed in tab B');
  await expect(bProjects.result()).toContainText('Renamed to "Renamed in tab B"');

  // A is told at once and shows the new name.
  await expect(aName).toHaveValue('Renamed in tab B');
  await expect(workbench.shownText('Another tab renamed this project to "Renamed in tab B".')).toBeVisible();
  // A edits again: its autosave must not write the old name back.
  await workbench.openInspector();
  await workbench.assumptionsField().fill('Edited in A after the rename');
  await workbench.waitForSaved();
  // What is stored: B's tab (now editing its own project) reads A's project back from the database.
  await bProjects.close();
  await bProjects.openProjects();
  await expect(bProjects.projectRow('Renamed in tab B')).toHaveCount(1);
  await expect(bProjects.projectRow(original)).toHaveCount(0);
  await second.close();
  await page.reload();
  // The reload opens the last project opened in this browser (B's); open A's from the list.
  const aProjects = new ProjectsPage(page);
  await aProjects.openProjects();
  await aProjects.openProject('Renamed in tab B');
  await expect(aName).toHaveValue('Renamed in tab B');
  await workbench.openInspector();
  await expect(workbench.assumptionsField()).toHaveValue('Edited in A after the rename');
});

test('a follower tab renames the open project through the editing tab instead of refusing or writing around it', async ({
  context,
  workbench,
}) => {
  const { aName, original, b, bProjects } = await editorAndFollower(context, workbench);
  await bProjects.openProjects();
  await bProjects.renameProject(original, 'Renamed by the follower');
  await expect(bProjects.result()).toContainText('Renamed to "Renamed by the follower"');
  await expect(aName).toHaveValue('Renamed by the follower');
  await bProjects.close();
  await expect(b.projectNameField()).toHaveValue('Renamed by the follower');
  await aName.fill('A renames again');
  await workbench.waitForSaved();
  await expect(b.projectNameField()).toHaveValue('A renames again');
});
