/**
 * Issue 15: a component already on the canvas, dragged into a host or boundary, lands in free
 * space inside it (never over a sibling, never across its edge), as a palette drop does; the
 * drag is one undo step.
 */
import { test, expect } from './fixtures';
import { CanvasPage } from './pages/CanvasPage';

type Box = { x: number; y: number; width: number; height: number };
const apart = (a: Box, b: Box) =>
  a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
const inside = (a: Box, outer: Box) =>
  a.x >= outer.x &&
  a.y >= outer.y &&
  a.x + a.width <= outer.x + outer.width &&
  a.y + a.height <= outer.y + outer.height;

test('an existing VM dragged onto a VM inside a host goes to free space in the host, as its child; one undo puts it back', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  await canvas.startEmptyWith('physical-host');
  const host = await canvas.boxOf('Physical host 1');
  const drop = (x: number, y: number) => canvas.dropFromPalette('guest-vm', { x, y });
  // Two VMs inside the host, one on the open canvas below it.
  await drop(host.x + 40, host.y + host.height / 2);
  await drop(host.x + 40, host.y + host.height / 2);
  await drop(host.x + 40, host.y + host.height + 120);
  await expect(canvas.nodes()).toHaveCount(4);
  const outside = await canvas.boxOf('Guest VM 3');
  expect(apart(outside, host)).toBe(true);
  const vm1 = await canvas.boxOf('Guest VM 1');
  const vm2 = await canvas.boxOf('Guest VM 2');
  const hostBefore = await canvas.boxOf('Physical host 1');
  await canvas.waitForSaved();

  // Let go right on top of Guest VM 1.
  await canvas.dragTo(canvas.node('Guest VM 3').locator('.cmp-name'), {
    x: vm1.x + vm1.width / 2,
    y: vm1.y + vm1.height / 2,
  });
  await expect.poll(async () => apart(await canvas.boxOf('Guest VM 3'), outside)).toBe(true);
  const hostAfter = await canvas.boxOf('Physical host 1');
  const placed = await canvas.boxOf('Guest VM 3');
  expect(inside(placed, hostAfter), 'the VM is inside the host').toBe(true);
  expect(apart(placed, await canvas.boxOf('Guest VM 1')), 'over Guest VM 1').toBe(true);
  expect(apart(placed, await canvas.boxOf('Guest VM 2')), 'over Guest VM 2').toBe(true);
  // The other VMs stayed where they were.
  expect(await canvas.boxOf('Guest VM 1')).toEqual(vm1);
  expect(await canvas.boxOf('Guest VM 2')).toEqual(vm2);
  await page.screenshot({ path: test.info().outputPath('dragged-into-host.png') });
  // It is the host's child now: the inspector says so.
  await canvas.selectNode('Guest VM 3');
  await expect(canvas.inspectorField('Inside')).toHaveValue(/.+/);
  await expect(canvas.inspectorField('Inside').locator('option:checked')).toHaveText(/^Physical host 1/);

  // One undo step takes the whole drag back (the host's size too, if it grew).
  await canvas.clickEmptyCanvas(700);
  await canvas.undo();
  await expect.poll(async () => canvas.boxOf('Guest VM 3')).toEqual(outside);
  expect(await canvas.boxOf('Physical host 1')).toEqual(hostBefore);
  await canvas.redo();
  await expect.poll(async () => canvas.boxOf('Guest VM 3')).toEqual(placed);
});
