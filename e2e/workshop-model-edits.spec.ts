import { test, expect } from './fixtures';
import { WorkshopPage } from './pages/WorkshopPage';

test('items that apply after a model edit mid-workshop can be added to the agenda', async ({ page, workbench }) => {
  await workbench.open();
  const workshop = new WorkshopPage(page);
  await workshop.open();
  await workshop.start('Growing model', [{ name: 'Fay Facilitator', role: 'facilitator' }]);
  await expect(workshop.newAgendaItemsNotice()).toHaveCount(0);
  const before = await workshop.agendaStep('step-hy-bf4').textContent();

  // The sample states its hypervisor offers no VMI, so HY-SR-15 is not on the agenda; a security
  // virtual appliance added to the model makes it apply. (Items whose parts are merely not drawn
  // are on the agenda from the start, as needing input.)
  await workshop.leave();
  await workbench.addFromPalette('security-virtual-appliance');
  await workshop.open();
  const notice = workshop.newAgendaItemsNotice();
  await expect(notice).toContainText('HY-SR-15');
  await workshop.addNewItemsToAgenda();
  await expect(notice).toHaveCount(0);
  await workshop.goToStep('step-hy-bf4');
  await expect(workshop.workshopItem('HY-SR-15')).toBeVisible();
  expect(await workshop.agendaStep('step-hy-bf4').textContent()).not.toBe(before);
});
