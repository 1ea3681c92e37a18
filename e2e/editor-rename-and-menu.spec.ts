/**
 * Issue 15: a double-click (or F2) renames a component in place, and a right-click (or
 * Shift+F10) opens its menu with the common actions: rename, connect, duplicate, delete, move
 * into a container or out of its own.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { CanvasPage } from './pages/CanvasPage';

test('double-click renames in place: Enter keeps, Escape drops, one undo step', async ({ page }) => {
  const canvas = new CanvasPage(page);
  await canvas.open();
  await canvas.node('web-01').locator('.cmp-name').dblclick();
  const editor = canvas.nameEditor();
  await expect(editor).toBeFocused();
  await expect(editor).toHaveValue('web-01');
  await editor.fill('web-frontend-01');
  // Typing Delete or arrows edits the text, not the canvas.
  await page.keyboard.press('Delete');
  await page.keyboard.press('Enter');
  await expect(editor).toHaveCount(0);
  await expect(canvas.node('web-frontend-01')).toHaveCount(1);
  await expect(canvas.inspectorField('Name')).toHaveValue('web-frontend-01');

  await canvas.selectNode('db-01');
  await page.keyboard.press('F2');
  await expect(editor).toBeFocused();
  await editor.fill('dropped');
  await page.keyboard.press('Escape');
  await expect(canvas.node('db-01')).toHaveCount(1);
  await expect(canvas.node('dropped')).toHaveCount(0);

  await canvas.clickEmptyCanvas(400);
  await canvas.undo();
  await expect(canvas.node('web-01')).toHaveCount(1);
});

test('right-click opens the component menu: duplicate, rename, move out of the host and back, delete', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  await canvas.startEmptyWith('physical-host', 'guest-vm');
  await expect(canvas.inspectorField('Inside')).not.toHaveValue('__top__');

  const menu = canvas.nodeMenu();
  await canvas.node('Guest VM 1').locator('.cmp-name').click({ button: 'right' });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await page.screenshot({ path: test.info().outputPath('node-menu.png') });
  const axe = await new AxeBuilder({ page }).include('[data-testid="node-menu"]').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await menu.getByRole('menuitem', { name: 'Move out of Physical host 1' }).click();
  await expect(menu).toHaveCount(0);
  await expect(canvas.inspectorField('Inside')).toHaveValue('__top__');

  await canvas.node('Guest VM 1').locator('.cmp-name').click({ button: 'right' });
  await menu.getByRole('menuitem', { name: 'Move into Physical host 1' }).click();
  await expect(canvas.inspectorField('Inside')).not.toHaveValue('__top__');

  await canvas.node('Guest VM 1').locator('.cmp-name').click({ button: 'right' });
  await menu.getByRole('menuitem', { name: /^Duplicate/ }).click();
  await expect(canvas.node('Guest VM 2')).toHaveCount(1);

  // By keyboard: Shift+F10 on the selected component, arrows, Enter.
  await canvas.selectNode('Guest VM 2');
  await page.keyboard.press('Shift+F10');
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: /^Rename/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await canvas.nameEditor().fill('guest-b');
  await page.keyboard.press('Enter');
  await expect(canvas.node('guest-b')).toHaveCount(1);

  await canvas.node('guest-b').locator('.cmp-name').click({ button: 'right' });
  await menu.getByRole('menuitem', { name: /^Delete/ }).click();
  await expect(canvas.node('guest-b')).toHaveCount(0);
  await expect(canvas.notice()).toContainText('Removed guest-b.');

  // Escape and a click elsewhere close the menu without acting.
  await canvas.node('Guest VM 1').locator('.cmp-name').click({ button: 'right' });
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await canvas.node('Guest VM 1').locator('.cmp-name').click({ button: 'right' });
  await canvas.clickEmptyCanvas(400);
  await expect(menu).toHaveCount(0);
  await expect(canvas.node('Guest VM 1')).toHaveCount(1);
});
