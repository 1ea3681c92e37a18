import { test, expect } from './fixtures';
import { CanvasPage } from './pages/CanvasPage';
import { ProjectsPage } from './pages/ProjectsPage';
import { catalogRef } from '../bench/browser/importPlatform';
import { generateBenchPlatform } from '../src/test/fixtures/benchPlatform';

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

// Known defect (issue 17, open): with the level-of-detail boxes keeping their handles this
// passes in some runs and fails in others (on a quiet machine more often than on a loaded one).
// When it fails, none of the components in view has its connections drawn. Un-fixme it with the fix.
test.fixme('a large platform opened zoomed out draws its connections once zoomed in to 100 %', async ({ page }) => {
  // 500 components open as the level of detail (boxes without handles): React Flow first
  // measures every node there, and the connections must still be drawn at full detail.
  const platform = generateBenchPlatform({ size: 500, catalog: catalogRef, name: 'Large platform' });
  const canvas = new CanvasPage(page);
  const projects = new ProjectsPage(page);
  await canvas.open();
  await projects.openProjects();
  await projects.chooseFile('import-project', {
    name: 'large.htw.json',
    buffer: Buffer.from(JSON.stringify(platform)),
  });
  await expect(canvas.projectNameField()).toHaveValue('Large platform', { timeout: 60_000 });
  await projects.close();
  await expect(canvas.canvasAtLowDetail()).toHaveCount(1);

  await canvas.zoomTo100();
  await canvas.openComponentList('toolbar');
  await canvas.chooseFromComponentList('gpu-0');
  // gpu-0 and vm-0-0 sit side by side in host-0: the assignment between them is drawn, with its label.
  const assignment = canvas.edgeLabelled('Device assignment from gpu-0 to vm-0-0');
  await expect(assignment).toBeVisible();
  await expect(assignment.locator('.react-flow__edge-text')).toBeVisible();
  await expect(canvas.edgeLabelled('Network link from vm-0-2 to vswitch-0')).toBeVisible();
});
