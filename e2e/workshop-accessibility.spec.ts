import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { WorkshopPage } from './pages/WorkshopPage';

async function axeViolations(page: Page, selector: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(selector).analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
}

test('the workshop start form, facilitator view and presenter view have no axe violations; late participants can record', async ({
  page,
  workbench,
}) => {
  await workbench.open();
  const workshop = new WorkshopPage(page);
  await workshop.open();
  expect(await axeViolations(page, '.ws-view')).toEqual([]);

  await workshop.start('Accessibility pass', [{ name: 'Fay Facilitator', role: 'facilitator' }]);
  await workshop.addLateParticipant('Lee Late');
  await expect(workshop.participants().getByTestId('participants')).toContainText('Lee Late');
  await workshop.record({ kind: 'question', text: 'Which hosts run nested guests?', by: 'Lee Late (Participant)' });
  await expect(workshop.logEntries()).toContainText('Lee Late');
  expect(await axeViolations(page, '.ws-view')).toEqual([]);

  const presenter = await workshop.openPresenter();
  expect(await axeViolations(presenter, '.presenter')).toEqual([]);

  // The top bar's Model switch leaves the workshop view; the Workshop button brings it back.
  await workbench.viewButton('Model').click();
  await expect(workbench.canvas()).toBeVisible();
  await expect(workbench.workshopLink()).toHaveText('Workshop (running)');
  await workshop.open();
  await expect(workshop.stepTitle()).toBeVisible();
});
