/**
 * Issue 15: axe on every screen, the whole page each time (not only one panel): zero serious
 * or critical violations, and a level-one heading on each. Includes the open export menu
 * (radio buttons in a menu broke aria-required-children) and the checklist showing the items
 * that do not apply (their pills failed contrast).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { ChecklistPage } from './pages/ChecklistPage';
import { ProjectsPage } from './pages/ProjectsPage';
import { WorkbenchPage } from './pages/WorkbenchPage';
import { WorkshopPage } from './pages/WorkshopPage';

async function expectAccessible(page: Page, screen: string): Promise<void> {
  await expect(new WorkbenchPage(page).mainHeadings(), `${screen}: a level-one heading`).toHaveCount(1);
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${screen} ${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    );
  expect(serious).toEqual([]);
}

// One test per screen: axe on the whole page takes 10-20 s on the long checklist, and one test
// for all six screens ran close to its time limit on a loaded machine.
test.describe('no serious or critical axe violations', () => {
  test.describe.configure({ timeout: 120_000 });

  test('on the model and the open export menu', async ({ page, workbench }) => {
    await workbench.open();
    await expectAccessible(page, 'model');
    await workbench.openExportMenu();
    await expect(workbench.exportMenu()).toBeVisible();
    await expectAccessible(page, 'export menu');
  });

  test('on the checklist showing every item, those that do not apply included', async ({ page, workbench }) => {
    await workbench.open();
    const checklist = new ChecklistPage(page);
    await checklist.open();
    await checklist.filterApplicability('all');
    await expect(checklist.notApplicablePills().first()).toBeVisible();
    await expectAccessible(page, 'checklist');
  });

  test('on the dashboard and the projects dialog', async ({ page, workbench }) => {
    await workbench.open();
    const checklist = new ChecklistPage(page);
    await checklist.open();
    await checklist.showDashboard();
    await expectAccessible(page, 'dashboard');
    const projects = new ProjectsPage(page);
    await projects.openProjects();
    await expectAccessible(page, 'projects dialog');
  });

  test('on the workshop', async ({ page, workbench }) => {
    await workbench.open();
    await new WorkshopPage(page).open();
    await expectAccessible(page, 'workshop');
  });
});
