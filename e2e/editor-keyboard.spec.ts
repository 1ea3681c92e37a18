import { test, expect } from './fixtures';
import { CanvasPage } from './pages/CanvasPage';

test('keyboard only: add a host, a VM and a hypervisor from the palette, connect them, undo and redo', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  await canvas.open();
  await canvas.startFrom('empty');
  const keys = page.keyboard;

  const addByKeyboard = async (search: string, expectedName: string) => {
    await keys.press('/');
    await expect(canvas.paletteSearch()).toBeFocused();
    await keys.press('Control+a');
    await keys.type(search);
    await keys.press('Tab');
    await keys.press('Enter');
    await expect(canvas.node(expectedName)).toBeVisible();
    await canvas.expectSelected(expectedName);
  };

  await addByKeyboard('physical host', 'Physical host 1');
  await addByKeyboard('guest vm', 'Guest VM 1');
  await addByKeyboard('hypervisor kernel', 'Hypervisor kernel 1');
  // Added with the host (then something inside it) selected: both sit inside the host.
  const host = await canvas.boxOf('Physical host 1');
  for (const name of ['Guest VM 1', 'Hypervisor kernel 1']) {
    const box = await canvas.boxOf(name);
    expect(box.x).toBeGreaterThanOrEqual(host.x);
    expect(box.x + box.width).toBeLessThanOrEqual(host.x + host.width + 1);
  }

  // C opens the connect dialog for the selected hypervisor; everything below is typed.
  await keys.press('c');
  await expect(canvas.connectDialog()).toBeVisible();
  await expect(canvas.connectDialog().getByLabel('Other end')).toBeFocused();
  await keys.type('Guest');
  await keys.press('Tab');
  await expect(canvas.connectDialog().getByLabel('Kind of connection')).toBeFocused();
  await keys.type('Runs');
  await expect(canvas.connectDialog().getByLabel('Kind of connection')).toHaveValue(/^runs-on\|/);
  await keys.press('Tab'); // Cancel
  await keys.press('Tab'); // Connect
  await keys.press('Enter');
  await expect(canvas.connectDialog()).toBeHidden();
  await expect(canvas.edges()).toHaveCount(1);
  await expect(canvas.edgeLabelled('Runs on from Guest VM 1 to Hypervisor kernel 1')).toHaveCount(1);

  await keys.press('Escape');
  await keys.press('Control+z');
  await expect(canvas.edges()).toHaveCount(0);
  await keys.press('Control+y');
  await expect(canvas.edges()).toHaveCount(1);
});

test('keyboard editing: select by Enter, nudge as one undo step, duplicate, select all, delete, shortcuts dialog', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  await canvas.open();
  const keys = page.keyboard;
  const count = await canvas.nodes().count();

  // Focus a component as Tab would, select it with Enter.
  const vm = canvas.focusableNode('web-01');
  await vm.focus();
  await keys.press('Enter');
  await canvas.expectSelected('web-01');
  await expect(canvas.inspectorField('Name')).toHaveValue('web-01');

  const before = await canvas.boxOf('web-01');
  for (let i = 0; i < 3; i++) await keys.press('ArrowRight');
  await expect.poll(async () => (await canvas.boxOf('web-01')).x).toBeGreaterThan(before.x + 5);
  await keys.press('Control+z');
  await expect.poll(async () => Math.round((await canvas.boxOf('web-01')).x)).toBe(Math.round(before.x));

  await keys.press('Control+d');
  await expect(canvas.nodes()).toHaveCount(count + 1);
  // The copy has a name of its own (issue 15): web-02, not a second web-01.
  await expect(canvas.node('web-01')).toHaveCount(1);
  await expect(canvas.node('web-02')).toHaveCount(1);
  await keys.press('Delete');
  await expect(canvas.nodes()).toHaveCount(count);

  await canvas.clickEmptyCanvas(400);
  await keys.press('Control+a');
  await expect(canvas.inspectorHeading()).toContainText(`${count} components selected`);
  await keys.press('Escape');

  await keys.press('?');
  await expect(canvas.shortcutsDialog()).toBeVisible();
  await expect(canvas.shortcutsDialog()).toContainText('Duplicate');
  await keys.press('Escape');
  await expect(canvas.shortcutsDialog()).toBeHidden();
});

test('keyboard nesting: the inspector moves a component out of a host or into it, one undo step each', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  // Added with the host selected: the VM starts inside it.
  await canvas.startEmptyWith('physical-host', 'guest-vm');
  await expect(canvas.inspectorField('Inside')).not.toHaveValue('__top__');
  await canvas.inspectorField('Inside').selectOption('__top__');
  await expect(canvas.inspectorField('Inside')).toHaveValue('__top__');

  // Not nested: nudging the host (selected by keyboard) leaves the VM where it is.
  const host = canvas.focusableNode('Physical host 1');
  await host.focus();
  await page.keyboard.press('Enter');
  const vmOutside = await canvas.boxOf('Guest VM 1');
  const hostBefore = await canvas.boxOf('Physical host 1');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect.poll(async () => (await canvas.boxOf('Physical host 1')).y).toBeGreaterThan(hostBefore.y + 1);
  expect(Math.round((await canvas.boxOf('Guest VM 1')).y)).toBe(Math.round(vmOutside.y));

  // Back in through the inspector: now the host carries it.
  await canvas.selectNode('Guest VM 1');
  await canvas.inspectorField('Inside').selectOption({ label: 'Physical host 1 (Physical host)' });
  await host.focus();
  await page.keyboard.press('Enter');
  const vmInside = await canvas.boxOf('Guest VM 1');
  await page.keyboard.press('ArrowDown');
  await expect
    .poll(async () => Math.round((await canvas.boxOf('Guest VM 1')).y))
    .toBeGreaterThan(Math.round(vmInside.y));

  // Undo the nudge and the move in: the VM is at top level again.
  await canvas.undo();
  await canvas.undo();
  await canvas.selectNode('Guest VM 1');
  await expect(canvas.inspectorField('Inside')).toHaveValue('__top__');
});
