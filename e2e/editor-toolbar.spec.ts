/**
 * Issue 15, the canvas toolbar: one line even with the checklist open at 1280 px, one fit
 * control, "Model" not marked during a workshop, and "Insert from templates…" adding a
 * template's drawing to the open platform (one undo step) while New… in the top bar starts a
 * new project.
 */
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { CanvasPage } from './pages/CanvasPage';
import { ChecklistPage } from './pages/ChecklistPage';
import { WorkshopPage } from './pages/WorkshopPage';

const xen = JSON.parse(readFileSync('threat-catalog/templates/xen-driver-domain.json', 'utf8')) as {
  components: Record<string, unknown>;
};

test.describe('at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('with the checklist open the canvas toolbar stays on one line inside the canvas, every button still named', async ({
    page,
  }) => {
    const canvas = new CanvasPage(page);
    await canvas.open();
    await canvas.openChecklist();
    await expect(new ChecklistPage(page).items().first()).toBeVisible();
    const toolbar = canvas.toolbar();
    const area = (await canvas.canvas().boundingBox())!;
    await expect.poll(async () => (await toolbar.boundingBox())!.height).toBeLessThan(40);
    const box = (await toolbar.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(area.x + area.width);
    await page.screenshot({ path: test.info().outputPath('toolbar-1280-checklist.png') });
    for (const name of [
      'Fit',
      'Auto-layout',
      'Snap',
      'Minimap',
      'Connect…',
      'Duplicate',
      'Delete',
      'PNG',
      'SVG',
      'Insert from templates…',
      'Keyboard shortcuts',
    ]) {
      await expect(canvas.toolbarButton(name)).toHaveCount(1);
    }
  });
});

test('one fit control on the canvas; labels shown where there is room', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1000 });
  const canvas = new CanvasPage(page);
  await canvas.open();
  await expect(canvas.canvas().getByRole('button', { name: /fit/i })).toHaveCount(1);
  await expect(canvas.toolbarButton('Auto-layout').locator('.tb-label')).toBeVisible();
  const toolbar = (await canvas.toolbar().boundingBox())!;
  const area = (await canvas.canvas().boundingBox())!;
  expect(toolbar.height).toBeLessThan(40);
  expect(toolbar.x + toolbar.width).toBeLessThanOrEqual(area.x + area.width);
  // At 1440 px the labels give way to the icons, still on one line inside the canvas.
  await page.setViewportSize({ width: 1440, height: 900 });
  await expect(canvas.toolbarButton('Auto-layout').locator('.tb-label')).not.toBeInViewport();
  await expect
    .poll(async () => {
      const t = (await canvas.toolbar().boundingBox())!;
      const a = (await canvas.canvas().boundingBox())!;
      return t.height < 40 && t.x + t.width <= a.x + a.width;
    })
    .toBe(true);
});

test('during a workshop neither Model nor Dashboard is marked; Model leads back to the model', async ({ page }) => {
  const canvas = new CanvasPage(page);
  await canvas.open();
  await expect(canvas.viewButton('Model')).toHaveAttribute('aria-pressed', 'true');
  await new WorkshopPage(page).open();
  await expect(canvas.workshopLink()).toHaveAttribute('aria-pressed', 'true');
  await expect(canvas.viewButton('Model')).toHaveAttribute('aria-pressed', 'false');
  await expect(canvas.viewButton('Dashboard')).toHaveAttribute('aria-pressed', 'false');
  await canvas.viewButton('Model').click();
  await expect(canvas.canvas()).toBeVisible();
  await expect(canvas.viewButton('Model')).toHaveAttribute('aria-pressed', 'true');
});

test('"Insert from templates…" adds a template to the open platform as one undo step; New… starts a new project', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  await canvas.open();
  const name = await canvas.projectName();
  const before = await canvas.componentCount();

  await canvas.toolbarButton('Insert from templates…').click();
  const gallery = canvas.templateGallery();
  await expect(gallery).toBeVisible();
  await expect(gallery.getByRole('heading', { name: 'Insert a reference architecture' })).toBeVisible();
  await expect(gallery.getByTestId('template-empty')).toHaveCount(0);
  await gallery.getByTestId('template-xen-driver-domain').click();
  await expect(gallery).toBeHidden();
  await expect(canvas.notice()).toContainText(`Inserted ${Object.keys(xen.components).length} components`);

  // The same project, with the template's drawing added beside the sample.
  expect(await canvas.projectName()).toBe(name);
  expect(await canvas.componentCount()).toBe(before + Object.keys(xen.components).length);
  await page.screenshot({ path: test.info().outputPath('inserted.png') });
  await canvas.undo();
  expect(await canvas.componentCount()).toBe(before);

  await canvas.startFrom('empty');
  await expect(canvas.projectNameField()).toHaveValue('New platform');
  await expect(canvas.nodes()).toHaveCount(0);
});
