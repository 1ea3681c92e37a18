import { test, expect } from './fixtures';
import { ChecklistPage } from './pages/ChecklistPage';
import { ProjectsPage } from './pages/ProjectsPage';

test('a reload keeps the document, the assessment and the viewport', async ({ page, workbench }) => {
  await workbench.open();
  const projects = new ProjectsPage(page);

  // Document: rename the project. Assessment: set a status.
  await page.getByLabel('Project name').fill('Rack A, reviewed');
  const checklist = new ChecklistPage(page);
  await checklist.open();
  await checklist.setStatus('HY-SR-2', 'implemented');
  await checklist.expectStatus('HY-SR-2', 'implemented');

  // Viewport: zoom in twice and pan.
  await page.getByRole('button', { name: 'Zoom In' }).click();
  await page.getByRole('button', { name: 'Zoom In' }).click();
  const canvas = page.locator('.react-flow__pane');
  const box = (await canvas.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height - 40);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height - 90, { steps: 5 });
  await page.mouse.up();
  const viewport = page.locator('.react-flow__viewport');
  const transform = await viewport.evaluate((el) => (el as HTMLElement).style.transform);
  await workbench.waitForSaved();
  // The viewport is written when a move ends; give the session write a moment.
  await page.waitForTimeout(300);

  await page.reload();
  await expect(workbench.nodes().first()).toBeVisible();
  await expect(page.getByLabel('Project name')).toHaveValue('Rack A, reviewed');
  await checklist.open();
  await checklist.expectStatus('HY-SR-2', 'implemented');
  await expect(viewport).toHaveAttribute('style', new RegExp(transform.replace(/[().]/g, '\\$&')));
  await page.screenshot({ path: test.info().outputPath('after-reload.png') });

  // The project list shows the one project, open now.
  await projects.openProjects();
  await expect(projects.projectRows()).toHaveCount(1);
  await expect(projects.projectRow('Rack A, reviewed')).toContainText('open now');
});

test('an edit made just before closing the tab is kept (pagehide: rescue copy, then flush) and there after reopening', async ({ page, context, workbench }) => {
  await workbench.open();
  await page.getByLabel('Project name').fill('Renamed then closed at once');
  // No wait for "Saved": the throttle has not fired yet when the page goes.
  await page.close({ runBeforeUnload: true });
  const again = await context.newPage();
  await again.goto('/');
  await expect(again.getByLabel('Project name')).toHaveValue('Renamed then closed at once');
});
