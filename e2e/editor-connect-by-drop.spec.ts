/**
 * Issue 15: a connection dropped on the other component's body connects (not only on its 5 px
 * handle), and the connect dialog pre-fills the mode it can infer: a para-virtual back end
 * serves its guest para-virtually. With everything known, Enter confirms.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { CanvasPage } from './pages/CanvasPage';

/** Drags from `from`'s bottom (source) handle to a point of `to` given as fractions of its box. */
async function dragConnection(page: Page, from: Locator, to: Locator, at: { x: number; y: number }): Promise<void> {
  const handle = (await from.locator('.react-flow__handle.source').boundingBox())!;
  const target = (await to.boundingBox())!;
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  const x = target.x + target.width * at.x;
  const y = target.y + target.height * at.y;
  await page.mouse.move(x, y, { steps: 12 });
  await page.mouse.up();
}

test('dropping a connection on the body of a guest connects; the dialog pre-fills para-virtual and Enter confirms', async ({ page }) => {
  const canvas = new CanvasPage(page);
  await canvas.open();
  await canvas.startFrom('empty');
  await canvas.addFromPalette('guest-vm');
  await page.locator('[data-testid="canvas"] .react-flow__pane').click({ position: { x: 5, y: 400 } });
  await canvas.addFromPalette('paravirtual-backend');
  await expect(canvas.nodes()).toHaveCount(2);
  const guest = canvas.nodes().filter({ has: page.locator('.cmp-type', { hasText: /^Guest VM$/ }) });
  const backend = canvas.nodes().filter({ has: page.locator('.cmp-type', { hasText: /^Para-virtual back end$/ }) });

  // Released on the guest's left part, mid-height: far (over 60 px) from either of its handles.
  const box = (await guest.boundingBox())!;
  expect(box.width * 0.4).toBeGreaterThan(60);
  await dragConnection(page, backend, guest, { x: 0.1, y: 0.5 });

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
  await expect(page.locator('.inspector').getByLabel('Mode', { exact: true })).toHaveValue('para-virtual');
});

test('a mode that cannot be inferred is asked for; releasing on empty canvas connects nothing', async ({ page }) => {
  const canvas = new CanvasPage(page);
  await canvas.open();
  await canvas.startFrom('empty');
  await canvas.addFromPalette('guest-vm');
  await page.locator('[data-testid="canvas"] .react-flow__pane').click({ position: { x: 5, y: 400 } });
  await canvas.addFromPalette('physical-nic');
  const guest = canvas.nodes().filter({ has: page.locator('.cmp-type', { hasText: /^Guest VM$/ }) });
  const nic = canvas.nodes().filter({ has: page.locator('.cmp-type', { hasText: /^Physical NIC$/ }) });

  // Released on the pane: nothing.
  const pane = page.locator('[data-testid="canvas"] .react-flow__pane');
  const handle = (await nic.locator('.react-flow__handle.source').boundingBox())!;
  const paneBox = (await pane.boundingBox())!;
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(paneBox.x + 40, paneBox.y + paneBox.height - 60, { steps: 10 });
  await page.mouse.up();
  await expect(canvas.connectDialog()).toHaveCount(0);

  await dragConnection(page, nic, guest, { x: 0.85, y: 0.6 });
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
