import { test, expect } from './fixtures';
import { CanvasPage } from './pages/CanvasPage';

test('zoomed far out, the canvas draws boxes and plain lines; zoomed back in, the interactive edges return', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  await canvas.open();
  const edges = canvas.edges();
  await expect(edges.first()).toBeVisible();
  const edgeCount = await edges.count();
  const nodeCount = await canvas.nodes().count();
  const lod = canvas.canvasAtLowDetail();

  await canvas.clickEmptyCanvas(400);
  for (let i = 0; i < 12 && (await lod.count()) === 0; i++) await page.keyboard.press('-');
  await expect(lod).toHaveCount(1);
  // Every component is still drawn; the connections are one decorative layer, not edges.
  await expect(canvas.nodes()).toHaveCount(nodeCount);
  await expect(edges).toHaveCount(0);
  const lines = canvas.lodEdges().locator('path');
  await expect(lines.first()).toBeAttached();
  const segments = await lines.evaluateAll((paths) =>
    paths.reduce((n, p) => n + (p.getAttribute('d')?.match(/M/g)?.length ?? 0), 0),
  );
  expect(segments).toBe(edgeCount);
  await expect(canvas.lodEdges()).toHaveAttribute('aria-hidden', 'true');
  await page.screenshot({ path: test.info().outputPath('level-of-detail.png') });

  await page.keyboard.press('Shift+Digit1');
  await expect(lod).toHaveCount(0);
  await expect(edges).toHaveCount(edgeCount);
  await expect(canvas.lodEdges()).toHaveCount(0);
});
