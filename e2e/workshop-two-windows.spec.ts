import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { PresenterPage } from './pages/PresenterPage';
import { WorkshopPage } from './pages/WorkshopPage';

const SHOTS = process.env.WORKSHOP_SHOTS; // a directory: save screenshots for a person to look at

// The PDF export runs in the browser: give the whole walk-through room.
test.describe.configure({ timeout: 120_000 });

test('a short workshop across facilitator and presenter windows reaches the checklist, the summary and the reports', async ({
  page,
  workbench,
}) => {
  // Count IndexedDB opens in every window of the context: the presenter must open none.
  await page.context().addInitScript(() => {
    const w = window as unknown as { __idbOpens: number };
    const open = indexedDB.open.bind(indexedDB);
    w.__idbOpens = 0;
    indexedDB.open = (...args: Parameters<IDBFactory['open']>) => {
      w.__idbOpens += 1;
      return open(...args);
    };
  });
  await workbench.open();
  const workshop = new WorkshopPage(page);
  await workshop.open();
  await workshop.start('Platform review', [
    { name: 'Fay Facilitator', role: 'facilitator' },
    { name: 'Sam Scribe', role: 'scribe' },
    { name: 'Pat Platform', role: 'participant' },
  ]);

  // The agenda comes from the model: one step per baseline function, then the virtual network.
  const titles = await workshop.agendaStepTitles();
  for (const bf of ['HY-BF1', 'HY-BF2', 'HY-BF3', 'HY-BF4', 'HY-BF5'])
    expect(titles.some((t) => t.startsWith(bf))).toBe(true);
  expect(titles.at(-1)).toBe('Virtual network configuration (SP 800-125B)');
  await expect(workshop.stepTitle()).toHaveText(titles[0]!);
  await expect(workshop.stepTimer()).toHaveText(/\d\d:\d\d left/);

  const presenter = await workshop.openPresenter();
  const shown = new PresenterPage(presenter);
  await expect(shown.stepTitle()).toHaveText(titles[0]!);
  // The presenter neither opens storage nor makes the facilitator's tab read-only.
  const idbOpens = () => (window as unknown as { __idbOpens: number }).__idbOpens;
  expect(await page.evaluate(idbOpens)).toBeGreaterThan(0);
  expect(await presenter.evaluate(idbOpens)).toBe(0);
  await expect(workbench.readOnlyMarker()).toHaveCount(0);

  // Decide on the first item: the status reaches the checklist and the presenter.
  const firstItem = (await workshop.currentItem().getAttribute('data-item'))!;
  await workshop.writePrivateNote('Ask Pat quietly about the firmware backlog');
  await workshop.record({
    kind: 'decision',
    status: 'Partially implemented',
    text: 'Measured boot on half the fleet',
    owner: 'Pat Platform',
    dueDate: '2026-12-31',
  });
  await expect(workshop.currentItem().getByTestId('current-item-status')).toHaveText('Partially implemented');
  await expect(shown.item()).toContainText(firstItem);
  await expect(shown.itemStatus()).toHaveText('Partially implemented');
  await expect(shown.log()).toContainText('Measured boot on half the fleet');

  // Advance: both windows follow.
  await workshop.nextStep();
  await expect(workshop.stepTitle()).toHaveText(titles[1]!);
  await expect(shown.stepTitle()).toHaveText(titles[1]!);
  await expect(shown.progress()).toHaveText(`Step 2 of ${titles.length}`);
  const secondStepFirstItem = (await workshop.currentItem().getAttribute('data-item'))!;
  // A risk acceptance follows the checklist's rules: no approver and expiry, no record.
  await workshop.fillEntry({ status: 'Risk accepted', text: 'Older hosts retire next quarter' });
  await expect(workshop.entryProblems()).toContainText('Approver');
  await expect(workshop.recordButton()).toBeDisabled();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/decision-problems.png` });
  await workshop.record({
    kind: 'decision',
    status: 'Risk accepted',
    text: 'Older hosts retire next quarter',
    approver: 'CISO',
    expiresAt: '2027-03-31',
  });
  await expect(shown.itemStatus()).toHaveText('Risk accepted');
  await workshop.nextItem();
  const secondItem = (await workshop.currentItem().getAttribute('data-item'))!;
  expect(secondItem).not.toBe(secondStepFirstItem);
  await expect(shown.item()).toContainText(secondItem);
  await workshop.record({ kind: 'action', text: 'Export the BIOS virtualization settings', owner: 'Sam Scribe' });
  await workshop.record({
    kind: 'question',
    text: 'Is nested virtualization enabled anywhere?',
    by: 'Pat Platform (Participant)',
  });
  await workshop.park('Backup network segmentation');
  await expect(workshop.logEntries()).toHaveCount(3);

  // HY-BF3: no recommendation, and both windows say why.
  await workshop.goToStep('step-hy-bf3');
  await expect(workshop.noRecommendationReason()).toBeVisible();
  await expect(shown.noRecommendation()).toBeVisible();
  await expect(shown.item()).toHaveCount(0);
  if (SHOTS) {
    await page.screenshot({ path: `${SHOTS}/facilitator-bf3.png` });
    await presenter.screenshot({ path: `${SHOTS}/presenter-bf3.png` });
  }

  // The presenter never shows private notes.
  await expect(shown.screen()).not.toContainText('firmware backlog');

  // A reload in the middle of the workshop resumes it; the presenter keeps following.
  await workbench.waitForSaved();
  await page.reload();
  await expect(workshop.stepTitle()).toHaveText(/^HY-BF3 /);
  await workshop.nextStep();
  await expect(shown.stepTitle()).toHaveText(/^HY-BF4 /);
  if (SHOTS) {
    await page.screenshot({ path: `${SHOTS}/facilitator-bf4.png` });
    await presenter.screenshot({ path: `${SHOTS}/presenter-bf4.png` });
  }

  // The decision is in the checklist panel of the model view.
  await workshop.leave();
  await workbench.openChecklist();
  await expect(workbench.checklistItem(firstItem)).toHaveAttribute('data-status', 'partially-implemented');
  await expect(workbench.checklistItem(secondStepFirstItem)).toHaveAttribute('data-status', 'risk-accepted');

  // End: the summary is stored with the project and exported as Markdown.
  await workshop.open();
  await workshop.end();
  await expect(workshop.summarySection('decisions')).toContainText('Measured boot on half the fleet');
  await expect(workshop.summarySection('actions')).toContainText('Export the BIOS virtualization settings');
  await expect(workshop.summarySection('questions')).toContainText('Is nested virtualization enabled anywhere?');
  await expect(shown.totals()).toHaveText('Workshop ended: 2 decisions · 1 action · 1 open question. Thank you.');
  expect(await presenter.evaluate(idbOpens)).toBe(0);
  if (SHOTS) {
    await page.screenshot({ path: `${SHOTS}/summary.png`, fullPage: true });
    await presenter.screenshot({ path: `${SHOTS}/presenter-ended.png` });
  }

  const { fileName, text } = await workshop.exportSummaryMarkdown();
  expect(fileName).toMatch(/^platform-review-\d{4}-\d{2}-\d{2}\.md$/);
  expect(text).toContain('# Workshop summary: Platform review');
  expect(text).toMatch(
    new RegExp(
      `\\| ${firstItem.replaceAll('-', '\\-')} .*Measured boot on half the fleet \\| Partially implemented \\| Pat Platform \\| 2026-12-31 \\|`,
    ),
  );
  expect(text).toContain('- [ ] ' + secondItem + ': Export the BIOS virtualization settings (owner: Sam Scribe)');
  expect(text).toContain('Is nested virtualization enabled anywhere? (asked by Pat Platform)');
  expect(text).toContain('Backup network segmentation');
  expect(text).toContain('Fay Facilitator (Facilitator)');
  expect(text).not.toContain('firmware backlog');

  // The project's Markdown report (Export menu) carries the workshop's summary, without private notes.
  const download = await workbench.exportAs('md');
  const report = readFileSync(await download.path(), 'utf8');
  const workshopSection = report.slice(report.indexOf('## Workshops'));
  expect(report).toContain('## Workshops');
  expect(workshopSection).toContain('### Platform review');
  expect(workshopSection).toContain('Fay Facilitator (facilitator)');
  expect(workshopSection).toMatch(
    new RegExp(
      `\\| ${firstItem.replaceAll('-', '\\\\?-')} \\| Measured boot on half the fleet \\| partially-implemented \\| Pat Platform \\| 2026-12-31 \\|`,
    ),
  );
  expect(workshopSection).toContain('Export the BIOS virtualization settings');
  expect(workshopSection).toContain('Is nested virtualization enabled anywhere?');
  expect(report).not.toContain('firmware backlog');

  // And the PDF report (made in the browser) prints it too.
  const pdfDownload = await workbench.exportAs('pdf');
  const pdfPath = test.info().outputPath('report.pdf');
  await pdfDownload.saveAs(pdfPath);
  const pdfText = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(pdfText).toContain('Platform review');
  expect(pdfText).toContain('Measured boot on half the fleet');
  expect(pdfText).not.toContain('firmware backlog');

  // The ended workshop survives a reload.
  await workbench.waitForSaved();
  await page.reload();
  await expect(workshop.summary()).toContainText('Platform review');
});
