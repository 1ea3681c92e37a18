import { test, expect } from './fixtures';
import { PresenterPage } from './pages/PresenterPage';
import { ProjectsPage } from './pages/ProjectsPage';
import { WorkbenchPage } from './pages/WorkbenchPage';
import { WorkshopPage } from './pages/WorkshopPage';

test('a second tab follows the workshop read-only; the presenter follows whichever tab edits, also after a take-over', async ({
  page,
  context,
  workbench,
}) => {
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
  await expect(b.nextStepButton()).toBeDisabled();

  // The follower tab follows the editor's steps; a presenter opened from it gets the editor's frames.
  await a.nextStep();
  await expect(b.stepTitle()).toHaveText(titles[1]!);
  const shown = new PresenterPage(await b.openPresenter());
  await expect(shown.stepTitle()).toHaveText(titles[1]!);

  // After a take-over the new editor drives the room and the presenter follows it.
  await new ProjectsPage(second).takeOver();
  await expect(b.nextStepButton()).toBeEnabled();
  await b.nextStep();
  await expect(b.stepTitle()).toHaveText(titles[2]!);
  await expect(shown.stepTitle()).toHaveText(titles[2]!);
  await expect(a.stepTitle()).toHaveText(titles[2]!);
  await expect(a.nextStepButton()).toBeDisabled();
});
