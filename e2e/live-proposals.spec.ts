/**
 * Issue 20, rights in the workshop view of a live session: a participant's facilitator-only
 * controls are disabled with the reason, and the participant proposes a decision that the
 * facilitator accepts (it enters the decision log and the checklist everywhere) or rejects; an
 * observer sees it all read-only and proposes nothing. Runs its own `htw serve` on
 * LIVE_PORT + 3 (default 4198) so it can run beside the other live specs.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect, type Browser, type Page } from '@playwright/test';
import { HtwServe, laptop, LiveSessionPage } from './pages/LiveSession';
import { WorkshopPage } from './pages/WorkshopPage';

const server = new HtwServe(Number(process.env.LIVE_PORT ?? 4195) + 3, 'htw-live-proposals-e2e-');

test.beforeAll(() => server.start());
test.afterAll(() => server.kill());

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('.ws-view').analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function machine(browser: Browser): Promise<{ live: LiveSessionPage; workshop: WorkshopPage }> {
  const page = await laptop(browser);
  return { live: new LiveSessionPage(page), workshop: new WorkshopPage(page) };
}

test('a participant proposes decisions the facilitator accepts or rejects; facilitator-only controls are disabled with the reason', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const fay = await machine(browser);
  await fay.live.page.goto(`${server.origin}/#workshop`);
  await fay.workshop.start('Live review', [
    { name: 'Fay', role: 'facilitator' },
    { name: 'Sam', role: 'participant' },
  ]);
  const links = await fay.live.shareHere('Fay');
  await expect(fay.live.rightsNote()).toHaveCount(0);
  await expect(fay.live.page.getByRole('region', { name: 'Proposed decisions' })).toContainText('(0 open)');

  const sam = await machine(browser);
  await sam.live.joinByLink(links.participant, 'Sam');
  await expect(sam.live.session()).toContainText('Connected.');
  await expect(sam.workshop.stepTitle()).toHaveText(await fay.workshop.stepTitle().innerText());
  // What only the facilitator may do is disabled, and the page says why.
  await expect(sam.live.rightsNote()).toContainText('only the facilitator moves the steps');
  for (const name of ['Next step', 'End workshop…']) {
    const button = sam.live.page.getByRole('button', { name });
    await expect(button).toBeDisabled();
    await expect(button).toHaveAttribute('aria-describedby', 'live-rights-note');
  }
  await expect(sam.live.page.getByRole('navigation', { name: 'Agenda' }).getByRole('button').first()).toBeDisabled();
  await expect(sam.workshop.recordButton()).toHaveCount(0);

  // Sam proposes; Fay accepts: the decision is in the log on both laptops, with its status.
  const item = (await fay.workshop.currentItem().getAttribute('data-item'))!;
  await sam.workshop.propose('We already patch monthly', 'Implemented');
  await expect(sam.live.proposals()).toHaveCount(1);
  await expect(sam.live.proposals().first()).toContainText('Sam');
  const proposed = fay.live.proposals().first();
  await expect(proposed).toContainText('We already patch monthly');
  await expect(proposed).toContainText(item);
  await proposed.getByRole('button', { name: 'Accept' }).click();
  await expect(proposed).toHaveAttribute('data-state', 'accepted');
  for (const { live } of [fay, sam]) {
    const decision = live.page.getByTestId('log-entry').and(live.page.locator('[data-kind="decision"]'));
    await expect(decision).toHaveCount(1);
    await expect(decision).toContainText('We already patch monthly (proposed by Sam)');
  }
  await expect(sam.live.proposals().first()).toHaveAttribute('data-state', 'accepted');
  await expect(sam.live.page.getByTestId('current-item-status')).toHaveText('Implemented');

  // A second proposal is rejected: nothing enters the log.
  await sam.workshop.propose('Skip the IOMMU review');
  await expect(fay.live.proposals()).toHaveCount(2);
  await fay.live.proposals().nth(1).getByRole('button', { name: 'Reject' }).click();
  await expect(sam.live.proposals().nth(1)).toHaveAttribute('data-state', 'rejected');
  await expect(sam.live.page.getByTestId('log-entry').and(sam.live.page.locator('[data-kind="decision"]'))).toHaveCount(
    1,
  );
  await expect(sam.live.proposals().nth(0).getByRole('button', { name: 'Accept' })).toHaveCount(0);
  // Both views, with the proposals and the disabled controls, pass axe.
  expect(await axeViolations(fay.live.page)).toEqual([]);
  expect(await axeViolations(sam.live.page)).toEqual([]);

  // The observer sees the proposals and the log, read-only: nothing to propose, nothing to press.
  const olga = await machine(browser);
  await olga.live.joinByLink(links.observer, 'Olga');
  await expect(olga.live.session()).toContainText('you are the observer');
  await expect(olga.live.rightsNote()).toContainText('read-only');
  await expect(olga.live.proposals()).toHaveCount(2);
  await expect(olga.live.page.getByRole('button', { name: 'Propose decision' })).toHaveCount(0);
  await expect(olga.live.page.getByRole('button', { name: /^Record / })).toBeDisabled();
  await expect(olga.live.page.getByRole('button', { name: 'Next step' })).toBeDisabled();

  // Fay still runs the workshop: the next step reaches everyone.
  await fay.workshop.nextStep();
  const next = await fay.workshop.stepTitle().innerText();
  for (const { workshop } of [sam, olga]) await expect(workshop.stepTitle()).toHaveText(next);
  // Nobody was refused anything: the disabled controls kept the participant within its rights.
  expect(server.log.some((line) => line.includes(' created'))).toBe(true);
  expect(server.log.filter((line) => line.includes('refused'))).toEqual([]);
});
