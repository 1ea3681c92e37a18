import { test, expect } from './fixtures';
import { WorkshopPage } from './pages/WorkshopPage';

test('items that apply after a model edit mid-workshop can be added to the agenda', async ({ page, workbench }) => {
  await workbench.open();
  const workshop = new WorkshopPage(page);
  await workshop.open();
  await workshop.start('Growing model', [{ name: 'Fay Facilitator', role: 'facilitator' }]);
  await expect(page.getByTestId('new-agenda-items')).toHaveCount(0);
  const before = await page.locator('[data-testid="agenda-step"][data-step="step-virtual-network"]').textContent();

  // A NIC team added to the model makes the SP 800-125B NIC-teaming items apply (or need input).
  await workshop.leave();
  await workbench.addFromPalette('nic-team');
  await workshop.open();
  const notice = page.getByTestId('new-agenda-items');
  await expect(notice).toContainText('VM-NPR-R1');
  await notice.getByRole('button', { name: 'Add to the agenda' }).click();
  await expect(notice).toHaveCount(0);
  await workshop.goToStep('step-virtual-network');
  await expect(page.locator('[data-testid="workshop-item"][data-item="VM-NPR-R1"]')).toBeVisible();
  expect(await page.locator('[data-testid="agenda-step"][data-step="step-virtual-network"]').textContent()).not.toBe(before);
});
