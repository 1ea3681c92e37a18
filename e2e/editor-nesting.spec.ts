import { test, expect } from './fixtures';
import { CanvasPage } from './pages/CanvasPage';

test('drag from the palette into a host nests the component; dragging it out and back reparents it; the host moves its children', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  await canvas.open();
  await canvas.startFrom('empty');
  await canvas.addFromPalette('physical-host');
  const hostNode = canvas.node('Physical host 1');
  await expect(hostNode).toBeVisible();

  // Drop a guest VM from the palette onto the host's body.
  const host = await canvas.boxOf('Physical host 1');
  await canvas.dropFromPalette('guest-vm', { x: host.x + 30, y: host.y + host.height / 2 });
  await expect(canvas.node('Guest VM 1')).toBeVisible();
  await canvas.openChecklist();
  await canvas.openInspector();
  const vm = await canvas.boxOf('Guest VM 1');
  expect(vm.x).toBeGreaterThan(host.x);
  expect(vm.y).toBeGreaterThan(host.y);

  // Moving the host moves the VM with it (the VM is its child).
  await canvas.dragBy(hostNode.locator('.cmp-name'), 120, 60);
  const hostAfter = await canvas.boxOf('Physical host 1');
  const vmAfter = await canvas.boxOf('Guest VM 1');
  expect(Math.round(vmAfter.x - hostAfter.x)).toBe(Math.round(vm.x - host.x));
  expect(Math.round(vmAfter.y - hostAfter.y)).toBe(Math.round(vm.y - host.y));

  // Drag the VM out of the host: it no longer moves with the host.
  await canvas.dragBy(canvas.node('Guest VM 1').locator('.cmp-name'), 0, hostAfter.height + 80);
  const outside = await canvas.boxOf('Guest VM 1');
  expect(outside.y).toBeGreaterThan(hostAfter.y + hostAfter.height);
  await canvas.dragBy(hostNode.locator('.cmp-name'), -100, 0);
  const stayed = await canvas.boxOf('Guest VM 1');
  expect(Math.round(stayed.x)).toBe(Math.round(outside.x));

  // Each gesture was one undo step: undo the host move and the drag out, and the VM is back inside.
  await canvas.undo();
  await canvas.undo();
  await expect.poll(async () => Math.round((await canvas.boxOf('Guest VM 1')).y)).toBe(Math.round(vmAfter.y));
});
