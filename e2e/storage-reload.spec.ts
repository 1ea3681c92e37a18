import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { ChecklistPage } from './pages/ChecklistPage';
import { AppDatabase } from './pages/AppDatabase';
import { ProjectsPage } from './pages/ProjectsPage';
import { WorkbenchPage } from './pages/WorkbenchPage';

type Viewport = { x: number; y: number; zoom: number };
/** React Flow's inline transform for a stored viewport, as the browser writes it back (rounded). */
const asTransform = (page: Page, v: Viewport | undefined) =>
  v &&
  page.evaluate((at) => {
    const probe = document.createElement('div');
    probe.style.transform = `translate(${at.x}px, ${at.y}px) scale(${at.zoom})`;
    return probe.style.transform;
  }, v);

test('a reload keeps the document, the assessment and the viewport', async ({ page, workbench }) => {
  await workbench.open();
  const projects = new ProjectsPage(page);

  // Document: rename the project. Assessment: set a status.
  await workbench.projectNameField().fill('Rack A, reviewed');
  const checklist = new ChecklistPage(page);
  await checklist.open();
  await checklist.setStatus('HY-SR-2', 'implemented');
  await checklist.expectStatus('HY-SR-2', 'implemented');

  // Viewport: zoom in twice and pan.
  await workbench.zoomInButton().click();
  await workbench.zoomInButton().click();
  const box = (await workbench.pane().boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height - 40);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height - 90, { steps: 5 });
  await page.mouse.up();
  const transform = await workbench.viewportTransform();
  await workbench.waitForSaved();
  // The viewport is written to the session table when a move ends: wait until it holds this one.
  const database = new AppDatabase(page);
  const viewportKey = `viewport:${await database.lastProjectId()}`;
  await expect.poll(async () => asTransform(page, await database.session<Viewport>(viewportKey))).toBe(transform);

  await page.reload();
  await expect(workbench.nodes().first()).toBeVisible();
  await expect(workbench.projectNameField()).toHaveValue('Rack A, reviewed');
  await checklist.open();
  await checklist.expectStatus('HY-SR-2', 'implemented');
  await expect(workbench.viewport()).toHaveAttribute('style', new RegExp(transform.replace(/[().]/g, '\\$&')));
  await page.screenshot({ path: test.info().outputPath('after-reload.png') });

  // The project list shows the one project, open now.
  await projects.openProjects();
  await expect(projects.projectRows()).toHaveCount(1);
  await expect(projects.projectRow('Rack A, reviewed')).toContainText('open now');
});

test('an edit made just before closing the tab is kept (pagehide: rescue copy, then flush) and there after reopening', async ({
  page,
  context,
  workbench,
}) => {
  await workbench.open();
  await workbench.projectNameField().fill('Renamed then closed at once');
  // No wait for "Saved": the throttle has not fired yet when the page goes.
  await page.close({ runBeforeUnload: true });
  const again = await context.newPage();
  await again.goto('/');
  await expect(new WorkbenchPage(again).projectNameField()).toHaveValue('Renamed then closed at once');
});
