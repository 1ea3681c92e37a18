import { test, expect } from './fixtures';
import { WorkshopPage } from './pages/WorkshopPage';

test('items that apply after a model edit mid-workshop can be added to the agenda', async ({ page, workbench }) => {
  await workbench.open();
  const workshop = new WorkshopPage(page);
  await workshop.open();
  await workshop.start('Growing model', [{ name: 'Fay Facilitator', role: 'facilitator' }]);
  await expect(page.getByTestId('new-agenda-items')).toHaveCount(0);
  const before = await page.locator('[data-testid="agenda-step"][data-step="step-hy-bf4"]').textContent();

  // The sample states its hypervisor offers no VMI, so HY-SR-15 is not on the agenda; a security
  // virtual appliance added to the model makes it apply. (Items whose parts are merely not drawn
  // are on the agenda from the start, as needing input.)
  await workshop.leave();
  await workbench.addFromPalette('security-virtual-appliance');
  await workshop.open();
  const notice = page.getByTestId('new-agenda-items');
  await expect(notice).toContainText('HY-SR-15');
  await notice.getByRole('button', { name: 'Add to the agenda' }).click();
  await expect(notice).toHaveCount(0);
  await workshop.goToStep('step-hy-bf4');
  await expect(page.locator('[data-testid="workshop-item"][data-item="HY-SR-15"]')).toBeVisible();
  expect(await page.locator('[data-testid="agenda-step"][data-step="step-hy-bf4"]').textContent()).not.toBe(before);
});
