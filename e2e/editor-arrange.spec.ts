import { test, expect } from './fixtures';
import { CanvasPage } from './pages/CanvasPage';

test('auto-layout is one undo step; minimap and snap toggle by key; zoom to fit', async ({ page }) => {
  const canvas = new CanvasPage(page);
  await canvas.open();
  const before = await canvas.boxOf('web-01');
  await canvas.toolbarButton('Auto-layout').click();
  await expect.poll(async () => Math.round((await canvas.boxOf('web-01')).x)).not.toBe(Math.round(before.x));
  await canvas.clickEmptyCanvas(400);
  await canvas.undo();
  await expect.poll(async () => Math.round((await canvas.boxOf('web-01')).x)).toBe(Math.round(before.x));

  await expect(canvas.minimap()).toBeVisible();
  await page.keyboard.press('m');
  await expect(canvas.minimap()).toHaveCount(0);
  await expect(canvas.toolbarButton('Minimap')).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('g');
  await expect(canvas.toolbarButton('Snap')).toHaveAttribute('aria-pressed', 'false');

  await page.keyboard.press('+');
  await page.keyboard.press('+');
  const zoomed = await canvas.boxOf('web-01');
  expect(zoomed.width).toBeGreaterThan(before.width);
  await page.keyboard.press('Shift+Digit1');
  // Fitted: every component is inside the canvas.
  const area = (await canvas.canvas().boundingBox())!;
  await expect
    .poll(async () => {
      for (const box of await canvas
        .nodes()
        .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect))) {
        if (box.x < area.x - 1 || box.x + box.width > area.x + area.width + 1) return false;
      }
      return true;
    })
    .toBe(true);
});

test('several selected components show their common attributes; a change applies to all, as one undo step', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  await canvas.open();
  await canvas.selectNode('web-01');
  await canvas.selectNode('db-01', { add: true });
  await expect(canvas.inspectorHeading()).toContainText('2 components selected');
  // The template's db-01 holds sensitive data and web-01 does not: the field says so.
  const field = canvas.inspectorField('Sensitive workload');
  await expect(field).toHaveValue('__mixed__');
  await field.selectOption('true');
  for (const name of ['web-01', 'db-01']) {
    await canvas.clickEmptyCanvas(400);
    await canvas.selectNode(name);
    await expect(canvas.inspectorField('Sensitive workload')).toHaveValue('true');
  }
  await canvas.clickEmptyCanvas(400);
  await canvas.undo();
  await canvas.selectNode('db-01');
  await expect(canvas.inspectorField('Sensitive workload')).toHaveValue('true');
  await canvas.clickEmptyCanvas(400);
  await canvas.selectNode('web-01');
  await expect(canvas.inspectorField('Sensitive workload')).toHaveValue('false');
});
