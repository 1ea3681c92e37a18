import { test, expect } from './fixtures';
import { PresenterPage } from './pages/PresenterPage';
import { WorkshopPage } from './pages/WorkshopPage';

test('a step that runs over its time box shows it in both windows, and time spent is kept per step', async ({
  page,
  workbench,
}) => {
  await page.clock.install();
  await workbench.open();
  const workshop = new WorkshopPage(page);
  await workshop.open();
  await workshop.start('Timed review', [{ name: 'Fay Facilitator', role: 'facilitator' }]);
  const presenter = new PresenterPage(await workshop.openPresenter());
  const firstStep = workshop.firstAgendaStep();
  const timebox = Number(await firstStep.getByRole('spinbutton').inputValue());

  const timers = [workshop.stepTimer(), presenter.stepTimer()];
  for (const timer of timers) await expect(timer).toHaveAttribute('data-level', 'ok');
  await page.clock.fastForward(`${String(timebox - 1).padStart(2, '0')}:00`);
  for (const timer of timers) await expect(timer).toHaveAttribute('data-level', 'warning');
  await page.clock.fastForward('02:00');
  for (const timer of timers) {
    await expect(timer).toHaveAttribute('data-level', 'over');
    await expect(timer).toHaveText(/^\+0[01]:\d\d over$/);
  }

  // Moving on banks the time in the agenda; the next step starts a fresh box.
  await workshop.nextStep();
  await expect(firstStep).toContainText(new RegExp(`${timebox + 1}:\\d\\d spent`));
  for (const timer of timers) await expect(timer).toHaveAttribute('data-level', 'ok');
});
