/**
 * Issue 15: duplicate and paste give each copy a name of its own ("web-01" → "web-02"), and
 * deleting says what went ("Removed kvm-node-01 and 12 components inside.") with an Undo that
 * brings it all back.
 */
import { test, expect } from './fixtures';
import { CanvasPage } from './pages/CanvasPage';

test('duplicate, copy-paste and the toolbar give each copy a unique name', async ({ page }) => {
  const canvas = new CanvasPage(page);
  await canvas.open();
  await canvas.selectNode('web-01');
  await page.keyboard.press('Control+d');
  await expect(canvas.node('web-02')).toHaveCount(1);
  await expect(canvas.node('web-01')).toHaveCount(1);
  await canvas.expectSelected('web-02');

  await canvas.selectNode('web-01');
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect(canvas.node('web-03')).toHaveCount(1);
  await page.keyboard.press('Control+v');
  await expect(canvas.node('web-04')).toHaveCount(1);

  await canvas.selectNode('Intel VT-d');
  await canvas.toolbarButton('Duplicate').click();
  await expect(canvas.node('Intel VT-d (copy)')).toHaveCount(1);
  await expect(canvas.inspectorField('Name')).toHaveValue('Intel VT-d (copy)');
});

test('deleting a host says what was removed; Undo on the message restores the host and everything inside', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  await canvas.open();
  const total = await canvas.componentCount();
  const edgesBefore = await canvas.edges().count();

  await canvas.selectNode('kvm-node-01');
  await page.keyboard.press('Delete');
  const notice = canvas.notice();
  await expect(notice).toContainText(/^Removed kvm-node-01 and \d+ components inside\./);
  const inside = Number(/and (\d+) components inside/.exec((await notice.textContent()) ?? '')?.[1]);
  expect(inside).toBeGreaterThan(5);
  await page.screenshot({ path: test.info().outputPath('removed-toast.png') });
  await expect(canvas.node('kvm-node-01')).toHaveCount(0);
  expect(await canvas.componentCount()).toBe(total - 1 - inside);

  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(notice).toBeHidden();
  await expect(canvas.node('kvm-node-01')).toHaveCount(1);
  await expect(canvas.node('web-01')).toHaveCount(1);
  expect(await canvas.componentCount()).toBe(total);
  await expect(canvas.edges()).toHaveCount(edgesBefore);
});

test('deleting several components names them; another change retires the Undo on the message', async ({ page }) => {
  const canvas = new CanvasPage(page);
  await canvas.open();
  await canvas.selectNode('web-01');
  await canvas.selectNode('db-01', { add: true });
  await page.keyboard.press('Delete');
  const notice = canvas.notice();
  await expect(notice).toContainText(/^Removed (web-01 and db-01|db-01 and web-01)\./);
  await expect(canvas.node('web-01')).toHaveCount(0);

  // Another edit: the message's Undo would now undo the wrong thing, so it goes.
  await canvas.projectNameField().fill('Renamed after the deletion');
  await expect(notice).toBeHidden();
  await expect(canvas.node('web-01')).toHaveCount(0);
});
