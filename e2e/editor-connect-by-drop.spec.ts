/**
 * Issue 15: a connection dropped on the other component's body connects (not only on its 5 px
 * handle), and the connect dialog pre-fills the mode it can infer: a para-virtual back end
 * serves its guest para-virtually. With everything known, Enter confirms.
 */
import { test, expect } from './fixtures';
import { CanvasPage } from './pages/CanvasPage';

test('dropping a connection on the body of a guest connects; the dialog pre-fills para-virtual and Enter confirms', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  await canvas.open();
  await canvas.startFrom('empty');
  await canvas.addFromPalette('guest-vm');
  await canvas.clickEmptyCanvas(400);
  await canvas.addFromPalette('paravirtual-backend');
  await expect(canvas.nodes()).toHaveCount(2);
  const guest = canvas.nodesOfType('Guest VM');
  const backend = canvas.nodesOfType('Para-virtual back end');

  // Released on the guest's left part, mid-height: far (over 60 px) from either of its handles.
  const box = (await guest.boundingBox())!;
  expect(box.width * 0.4).toBeGreaterThan(60);
  await canvas.dragConnection(backend, guest, { x: 0.1, y: 0.5 });

  const dialog = canvas.connectDialog();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Kind of connection')).toHaveValue(/^device-assignment\|/);
  await expect(dialog.getByLabel('Mode')).toHaveValue('para-virtual');
  await expect(dialog.getByTestId('connect-mode-inferred')).toContainText('Pre-filled from');
  await page.screenshot({ path: test.info().outputPath('connect-prefilled.png') });
  await expect(dialog.getByRole('button', { name: 'Connect', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(canvas.edges()).toHaveCount(1);
  await expect(canvas.inspectorField('Mode')).toHaveValue('para-virtual');
});

test('a mode that cannot be inferred is asked for; releasing on empty canvas connects nothing', async ({ page }) => {
  const canvas = new CanvasPage(page);
  await canvas.open();
  await canvas.startFrom('empty');
  await canvas.addFromPalette('guest-vm');
  await canvas.clickEmptyCanvas(400);
  await canvas.addFromPalette('physical-nic');
  const guest = canvas.nodesOfType('Guest VM');
  const nic = canvas.nodesOfType('Physical NIC');

  // Released on the pane: nothing.
  const paneBox = (await canvas.canvas().locator('.react-flow__pane').boundingBox())!;
  await canvas.dragConnectionTo(nic, { x: paneBox.x + 40, y: paneBox.y + paneBox.height - 60 }, 10);
  await expect(canvas.connectDialog()).toHaveCount(0);

  await canvas.dragConnection(nic, guest, { x: 0.85, y: 0.6 });
  const dialog = canvas.connectDialog();
  await expect(dialog).toBeVisible();
  const kind = dialog.getByLabel('Kind of connection');
  const assignment = (await kind.locator('option').allTextContents()).find((o) => o.startsWith('Device assignment'));
  expect(assignment).toBeDefined();
  await kind.selectOption({ label: assignment! });
  // A physical NIC could be assigned several ways: no guess.
  await expect(dialog.getByLabel('Mode')).toHaveValue('');
  await expect(dialog.getByTestId('connect-mode-inferred')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('Choose the mode');
  await dialog.getByLabel('Mode').selectOption('passthrough');
  await dialog.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(canvas.edges()).toHaveCount(1);
});
