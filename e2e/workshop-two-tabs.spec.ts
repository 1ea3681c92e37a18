import { test, expect } from './fixtures';
import { WorkbenchPage } from './pages/WorkbenchPage';
import { WorkshopPage } from './pages/WorkshopPage';

test('a second tab follows the workshop read-only; the presenter follows whichever tab edits, also after a take-over', async ({ page, context, workbench }) => {
  await workbench.open();
  const a = new WorkshopPage(page);
  await a.open();
  await a.start('Two tabs', [{ name: 'Fay Facilitator', role: 'facilitator' }]);
  const titles = await a.agendaStepTitles();

  const second = await context.newPage();
  await new WorkbenchPage(second).open();
  const b = new WorkshopPage(second);
  await b.open();
  await expect(b.stepTitle()).toHaveText(titles[0]!);
  await expect(second.getByRole('button', { name: 'Next step' })).toBeDisabled();

  // The follower tab follows the editor's steps; a presenter opened from it gets the editor's frames.
  await a.nextStep();
  await expect(b.stepTitle()).toHaveText(titles[1]!);
  const presenter = await b.openPresenter();
  await expect(presenter.getByTestId('presenter-step-title')).toHaveText(titles[1]!);

  // After a take-over the new editor drives the room and the presenter follows it.
  await second.getByTestId('take-over').click();
  await expect(second.getByRole('button', { name: 'Next step' })).toBeEnabled();
  await b.nextStep();
  await expect(b.stepTitle()).toHaveText(titles[2]!);
  await expect(presenter.getByTestId('presenter-step-title')).toHaveText(titles[2]!);
  await expect(a.stepTitle()).toHaveText(titles[2]!);
  await expect(page.getByRole('button', { name: 'Next step' })).toBeDisabled();
});
