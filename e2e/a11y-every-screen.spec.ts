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
import { WorkshopPage } from './pages/WorkshopPage';

async function expectAccessible(page: Page, screen: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 }), `${screen}: a level-one heading`).toHaveCount(1);
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${screen} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  expect(serious).toEqual([]);
}

test('model, checklist (every item), dashboard, export menu, projects dialog and workshop have no serious or critical axe violations', async ({ page, workbench }) => {
  test.setTimeout(120_000);
  await workbench.open();
  await expectAccessible(page, 'model');

  const checklist = new ChecklistPage(page);
  await checklist.open();
  await checklist.filterApplicability('all');
  await expect(page.locator('.pill.not-applicable').first()).toBeVisible();
  await expectAccessible(page, 'checklist');

  await page.getByTestId('export-menu').click();
  await expect(page.getByRole('menu', { name: 'Export reports' })).toBeVisible();
  await expectAccessible(page, 'export menu');
  await page.keyboard.press('Escape');

  await checklist.showDashboard();
  await expectAccessible(page, 'dashboard');

  const projects = new ProjectsPage(page);
  await projects.openProjects();
  await expectAccessible(page, 'projects dialog');
  await projects.close();

  await new WorkshopPage(page).open();
  await expectAccessible(page, 'workshop');
});
