/**
 * Issue 15: hosts and trust boundaries can be resized by hand (handles on the selected one);
 * what is inside stays where it is, a resize is one undo step and survives a reload.
 */
import { test, expect } from './fixtures';
import { CanvasPage } from './pages/CanvasPage';

test('a selected host shows resize handles; dragging one resizes it, children stay put, one undo step, kept on reload', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  await canvas.startEmptyWith('physical-host', 'guest-vm');
  await canvas.selectNode('Physical host 1');
  const hostNode = canvas.focusableNode('Physical host 1');
  const before = await canvas.boxOf('Physical host 1');
  const vmBefore = await canvas.boxOf('Guest VM 1');

  await canvas.dragBy(hostNode.locator('.react-flow__resize-control.handle.bottom.right'), 160, 80);
  await expect
    .poll(async () => Math.round((await canvas.boxOf('Physical host 1')).width))
    .toBe(Math.round(before.width + 160));
  expect(Math.round((await canvas.boxOf('Physical host 1')).height)).toBe(Math.round(before.height + 80));
  await page.screenshot({ path: test.info().outputPath('resized.png') });

  // From the top-left corner: the host grows up and left, the VM stays where it is on screen.
  await canvas.dragBy(hostNode.locator('.react-flow__resize-control.handle.top.left'), -60, -40);
  await expect.poll(async () => Math.round((await canvas.boxOf('Physical host 1')).x)).toBe(Math.round(before.x - 60));
  const vmAfter = await canvas.boxOf('Guest VM 1');
  expect(Math.round(vmAfter.x)).toBe(Math.round(vmBefore.x));
  expect(Math.round(vmAfter.y)).toBe(Math.round(vmBefore.y));

  // Undo takes back one resize at a time; redo brings it back.
  await canvas.clickEmptyCanvas(700);
  await canvas.undo();
  await expect
    .poll(async () => Math.round((await canvas.boxOf('Physical host 1')).width))
    .toBe(Math.round(before.width + 160));
  await canvas.redo();
  await expect
    .poll(async () => Math.round((await canvas.boxOf('Physical host 1')).width))
    .toBe(Math.round(before.width + 220));

  await canvas.waitForSaved();
  await page.reload();
  await expect(canvas.node('Physical host 1')).toBeVisible();
  const reloaded = await canvas.boxOf('Physical host 1');
  expect(Math.round(reloaded.width)).toBe(Math.round(before.width + 220));
});

test('a component that is not a container has no resize handles', async ({ page }) => {
  const canvas = new CanvasPage(page);
  await canvas.open();
  await canvas.selectNode('web-01');
  await expect(canvas.resizeHandles('web-01')).toHaveCount(0);
  await canvas.selectNode('kvm-node-01');
  await expect(canvas.resizeHandles('kvm-node-01', '.react-flow__resize-control.handle')).toHaveCount(4);
});

test('components dropped into a host land in free space inside it, never on top of each other or across its edge', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  await canvas.startEmptyWith('physical-host');
  const host = await canvas.boxOf('Physical host 1');
  const drop = (x: number, y: number) => canvas.dropFromPalette('guest-vm', { x, y });

  // Three drops on the same point, and one at the host's right edge.
  for (let i = 0; i < 3; i++) await drop(host.x + 40, host.y + host.height / 2);
  await drop(host.x + host.width - 10, host.y + host.height / 2);
  await expect(canvas.nodes()).toHaveCount(5);
  const grown = await canvas.boxOf('Physical host 1');
  const vms = await Promise.all([1, 2, 3, 4].map((n) => canvas.boxOf(`Guest VM ${n}`)));
  for (const [i, a] of vms.entries()) {
    expect(a.x).toBeGreaterThanOrEqual(grown.x);
    expect(a.x + a.width).toBeLessThanOrEqual(grown.x + grown.width);
    expect(a.y + a.height).toBeLessThanOrEqual(grown.y + grown.height);
    for (const b of vms.slice(i + 1)) {
      const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
      expect(apart, 'two dropped VMs overlap').toBe(true);
    }
  }
  await page.screenshot({ path: test.info().outputPath('dropped-children.png') });
  // Each drop was one undo step (the host's growth included).
  await canvas.clickEmptyCanvas(700);
  await canvas.undo();
  await expect(canvas.nodes()).toHaveCount(4);
});
