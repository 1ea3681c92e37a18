import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures';
import { ChecklistPage } from './pages/ChecklistPage';

const EVIDENCE_TEXT = 'virt-host-validate: QEMU: Checking for device assignment IOMMU support : PASS\n';

test('assess the sample template end to end: statuses, justification, evidence with a file; the dashboard follows; all survives a reload', async ({
  page,
  workbench,
}) => {
  await workbench.open();
  const checklist = new ChecklistPage(page);
  await checklist.showDashboard();
  const total = await checklist.figure('progress-total');
  const gapsBefore = await checklist.figure('gaps-figure');
  expect(await checklist.figure('progress-reviewed')).toBe(0);
  expect(await checklist.statusCount('not-reviewed')).toBe(total);

  await checklist.open();
  await checklist.setStatus('HY-SR-2', 'implemented');
  await checklist.expectStatus('HY-SR-2', 'implemented');
  await checklist.setStatus('HY-SR-4', 'not-implemented');
  await checklist.expectStatus('HY-SR-4', 'not-implemented');

  // Not applicable needs a justification: the form says so and nothing is saved until given.
  await checklist.setStatus('HY-SR-3', 'not-applicable');
  const editor = checklist.editor('HY-SR-3');
  await expect(editor.getByRole('alert')).toContainText('Justification is required');
  await editor.getByRole('button', { name: 'Save assessment' }).click();
  await checklist.expectStatus('HY-SR-3', 'not-reviewed');
  await editor
    .locator('textarea[name="justification"]')
    .fill('Memory over-commit is disabled on every host; no VM limits are set by policy.');
  await editor.getByRole('button', { name: 'Save assessment' }).click();
  await checklist.expectStatus('HY-SR-3', 'not-applicable');

  // Evidence: a link that is not http(s) is refused with a message; a file is attached.
  await checklist.addEvidence('HY-SR-2', 'link', 'javascript:alert(1)');
  await expect(checklist.evidenceMessage('HY-SR-2')).toContainText('Only http and https links');
  await expect(checklist.evidence('HY-SR-2')).toHaveCount(0);
  await checklist.addEvidence('HY-SR-2', 'link', 'https://wiki.example.org/hosts/kvm-node-01');
  await checklist.attachFile('HY-SR-2', {
    name: 'virt-host-validate.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(EVIDENCE_TEXT),
  });
  await expect(checklist.evidence('HY-SR-2')).toHaveCount(2);
  await expect(checklist.evidence('HY-SR-2').nth(1)).toContainText('virt-host-validate.txt');
  // User text is text: markup in a note is shown as typed, never interpreted.
  const markup = '<img src=x onerror="window.pwned=1"> see <b>BIOS</b>';
  await checklist.addEvidence('HY-SR-2', 'note', markup);
  await expect(checklist.evidence('HY-SR-2').nth(2)).toContainText(markup);
  await expect(checklist.item('HY-SR-2').locator('.evidence-list img, .evidence-list b')).toHaveCount(0);
  await checklist
    .evidence('HY-SR-2')
    .nth(2)
    .getByRole('button', { name: /^Remove evidence/ })
    .click();

  // A file over the limit is refused with a clear message and nothing is attached.
  await checklist.attachFile('HY-SR-2', {
    name: 'memory-dump.bin',
    mimeType: 'application/octet-stream',
    buffer: Buffer.alloc(10 * 1024 * 1024 + 1),
  });
  await expect(checklist.evidenceMessage('HY-SR-2')).toContainText(
    '“memory-dump.bin” is 10.0 MB; files up to 10 MB can be attached',
  );
  await expect(checklist.evidence('HY-SR-2')).toHaveCount(2);

  // The dashboard follows: three reviewed, one of each status, two fewer gaps.
  await checklist.showDashboard();
  await expect(checklist.figureElement('progress-reviewed')).toHaveText('3');
  expect(await checklist.statusCount('implemented')).toBe(1);
  expect(await checklist.statusCount('not-applicable')).toBe(1);
  expect(await checklist.statusCount('not-implemented')).toBe(1);
  expect(await checklist.statusCount('not-reviewed')).toBe(total - 3);
  expect(await checklist.figure('gaps-figure')).toBe(gapsBefore - 2);
  await page.screenshot({ path: '/tmp/assessment/e2e-dashboard.png' });

  // Everything survives a reload.
  await workbench.waitForSaved();
  await page.reload();
  // The view is kept per project across a reload (issue 15): the dashboard is still shown.
  await expect(checklist.dashboard()).toBeVisible();
  await checklist.open();
  await checklist.expectStatus('HY-SR-2', 'implemented');
  await checklist.expectStatus('HY-SR-3', 'not-applicable');
  await checklist.expectStatus('HY-SR-4', 'not-implemented');
  const item = await checklist.expand('HY-SR-3');
  await expect(item.locator('textarea[name="justification"]')).toHaveValue(/Memory over-commit is disabled/);
  await checklist.expand('HY-SR-2');
  await expect(checklist.evidence('HY-SR-2')).toHaveCount(2);
  const download = page.waitForEvent('download');
  await checklist.evidence('HY-SR-2').nth(1).getByRole('button', { name: 'Download' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('virt-host-validate.txt');
  expect(await readFile(await file.path(), 'utf8')).toBe(EVIDENCE_TEXT);
  await checklist.showDashboard();
  await expect(checklist.figureElement('progress-reviewed')).toHaveText('3');
});

test('a dashboard cell opens the items behind it, and a bulk change is undone in one step', async ({
  page,
  workbench,
}) => {
  await workbench.open();
  const checklist = new ChecklistPage(page);
  await checklist.showDashboard();

  const cell = checklist.heatCellWithOpenItems();
  const open = Number(await cell.getAttribute('data-open'));
  const fn = await cell.getAttribute('data-function');
  await cell.click();
  await expect(checklist.pinnedNote()).toContainText(`${fn} ×`);
  const items = checklist.items();
  await expect(items).toHaveCount(open);

  // Select all shown, mark them partially implemented: one undo step restores every one.
  await checklist.bulkSetStatus('partially-implemented');
  for (const status of await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-status'))))
    expect(status).toBe('partially-implemented');
  await checklist.undoButton().click();
  for (const status of await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-status'))))
    expect(status).toBe('not-reviewed');

  // Risk accepted in bulk needs the approval fields: refused with a message, nothing changes.
  await checklist.bulkSetStatus('risk-accepted');
  await expect(checklist.bulkError()).toContainText('cannot be set to “Risk accepted”');
  for (const status of await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-status'))))
    expect(status).toBe('not-reviewed');

  // Search narrows the list; clearing the filters shows every item in scope again.
  await checklist.clearFilters();
  const inScope = await items.count();
  await checklist.search('hy-sr-6c');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toHaveAttribute('data-recommendation', 'HY-SR-6C');
  await checklist.clearFilters();
  expect(inScope).toBeGreaterThan(1);
});

test('a needs-input item leads straight to the attribute that decides it', async ({ page, workbench }) => {
  await workbench.open();
  const checklist = new ChecklistPage(page);
  await checklist.open();
  const needsInputBefore = await checklist.figure('needs-input-count');
  await checklist.filterApplicability('needs-input');
  const item = checklist.firstItemThat('needs-input');
  const recommendationId = (await item.getAttribute('data-recommendation'))!;
  // A needs-input item can be assessed already; its record must outlive the answer.
  await checklist.setStatus(recommendationId, 'partially-implemented');
  await checklist.expectStatus(recommendationId, 'partially-implemented');
  await item.locator('.checklist-toggle').click();
  const go = item.getByTestId('go-to-attribute').first();
  const attribute = await go.getAttribute('data-attribute');
  await go.click();

  await expect(workbench.inspectorTab()).toHaveAttribute('aria-selected', 'true');
  const field = workbench.inspectorAttribute(attribute!);
  await expect(field).toBeVisible();
  await expect(field.locator('select, input').first()).toBeFocused();

  // Deciding it there moves the item out of "needs input".
  await field.locator('select').first().selectOption({ label: 'No' });
  await checklist.open();
  await expect(checklist.figureElement('needs-input-count')).toHaveText(String(needsInputBefore - 1));

  // The answer made the item not applicable: its record is kept, listed, and removed only on request.
  const orphaned = checklist.orphanedRecords();
  await orphaned.locator('summary').click();
  await expect(orphaned).toContainText(recommendationId);
  await expect(orphaned).toContainText('Partially implemented');
  await orphaned.getByRole('button', { name: 'Remove record' }).click();
  await expect(orphaned).toHaveCount(0);
  await checklist.undoButton().click();
  await expect(checklist.orphanedRecords()).toContainText('1 saved record');
});

test('an item that applies to several components is assessed per component; the item takes the worst status', async ({
  page,
  workbench,
}) => {
  await workbench.open();
  const checklist = new ChecklistPage(page);
  await checklist.open();
  await checklist.setStatus('HY-SR-3', 'implemented');
  const item = await checklist.expand('HY-SR-3');
  await item.getByTestId('split-per-component').click();
  const rows = item.getByTestId('scope-row');
  expect(await rows.count()).toBeGreaterThan(1);
  // Each component starts from the item's former record.
  for (const status of await rows
    .locator('[data-testid="item-status"]')
    .evaluateAll((els) => els.map((e) => (e as HTMLSelectElement).value))) {
    expect(status).toBe('implemented');
  }
  const second = rows.nth(1);
  const componentId = (await second.getAttribute('data-scope'))!;
  await second.getByTestId('item-status').selectOption('not-implemented');
  await checklist.expectStatus('HY-SR-3', 'not-implemented');

  // Grouped by component, that component's header speaks for it alone.
  await checklist.groupBy('Component');
  const inGroup = checklist.statusInGroup(componentId, 'HY-SR-3');
  await expect(inGroup).toHaveValue('not-implemented');
  await inGroup.selectOption('partially-implemented');
  await expect(inGroup).toHaveValue('partially-implemented');
  await checklist.expectStatus('HY-SR-3', 'partially-implemented');
});
