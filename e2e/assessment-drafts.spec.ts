import { test, expect } from './fixtures';
import { ChecklistPage } from './pages/ChecklistPage';

/**
 * Issue 15: typed assessment input was thrown away by collapsing the item, switching tab,
 * adding evidence or reloading; the row's status menu disagreed with the form's.
 */
test('typed assessment fields survive collapse, a tab switch, a refused save followed by evidence, and a reload', async ({
  page,
  workbench,
}) => {
  await workbench.open();
  const checklist = new ChecklistPage(page);
  await checklist.open();
  const rec = 'HY-SR-3';
  await checklist.expand(rec);
  const editor = checklist.editor(rec);
  await editor.getByTestId('entry-status').selectOption('risk-accepted');
  await editor.locator('input[name="owner"]').fill('owner-draft-7731');
  await editor.locator('textarea[name="comments"]').fill('comment-draft-7731');
  await editor.locator('input[name="approver"]').fill('approver-draft-7731');

  // A refused save (justification missing), then evidence: nothing typed is lost.
  await editor.getByRole('button', { name: 'Save assessment' }).click();
  await expect(editor.getByRole('alert').first()).toContainText('Justification is required');
  await checklist.addEvidence(rec, 'note', 'evidence-note-7731');
  await expect(checklist.evidence(rec)).toHaveCount(1);
  const expectDraft = async () => {
    const form = checklist.editor(rec);
    await expect(form.getByTestId('entry-status')).toHaveValue('risk-accepted');
    await expect(form.locator('input[name="owner"]')).toHaveValue('owner-draft-7731');
    await expect(form.locator('textarea[name="comments"]')).toHaveValue('comment-draft-7731');
    await expect(form.locator('input[name="approver"]')).toHaveValue('approver-draft-7731');
    // One status: the row's menu shows what the form shows.
    await expect(checklist.item(rec).locator('.checklist-head [data-testid="item-status"]')).toHaveValue(
      'risk-accepted',
    );
  };
  await expectDraft();

  // Collapse and reopen.
  await checklist.item(rec).locator('.checklist-toggle').click();
  await expect(checklist.editor(rec)).toHaveCount(0);
  await checklist.expand(rec);
  await expectDraft();

  // Switch tab and back.
  await workbench.openInspector();
  await checklist.open();
  await checklist.expand(rec);
  await expectDraft();

  // Reload: the draft is kept in this browser, the checklist tab is still open.
  await page.reload();
  await expect(checklist.summary()).toBeVisible();
  await checklist.expand(rec);
  await expectDraft();
  await checklist.editor(rec).screenshot({ path: '/tmp/assessment/e2e-draft-after-reload.png' });
  // Still a draft: nothing was saved behind the user's back.
  await checklist.expectStatus(rec, 'not-reviewed');

  // Completing and saving stores every field and ends the draft.
  await checklist.editor(rec).locator('textarea[name="justification"]').fill('justification-draft-7731');
  await checklist.editor(rec).locator('input[name="approvedAt"]').fill('2026-01-10');
  await checklist.editor(rec).locator('input[name="expiresAt"]').fill('2036-01-10');
  await checklist.editor(rec).getByRole('button', { name: 'Save assessment' }).click();
  await checklist.expectStatus(rec, 'risk-accepted');
  await expect(checklist.editor(rec).getByTestId('draft-note')).toHaveCount(0);
  await expect(checklist.editor(rec).locator('input[name="owner"]')).toHaveValue('owner-draft-7731');
});

test('choosing a status that needs more fields in the row does not snap back: row and form show the same status', async ({
  page,
  workbench,
}) => {
  await workbench.open();
  const checklist = new ChecklistPage(page);
  await checklist.open();
  await checklist.setStatus('HY-SR-4', 'risk-accepted');
  const row = checklist.item('HY-SR-4').locator('.checklist-head [data-testid="item-status"]');
  await expect(row).toHaveValue('risk-accepted');
  await expect(checklist.editor('HY-SR-4').getByTestId('entry-status')).toHaveValue('risk-accepted');
  // Changing it in the form changes the row too.
  await checklist.editor('HY-SR-4').getByTestId('entry-status').selectOption('not-applicable');
  await expect(row).toHaveValue('not-applicable');
  // Discarding returns both to the saved status.
  await checklist.editor('HY-SR-4').getByRole('button', { name: 'Discard changes' }).click();
  await expect(row).toHaveValue('not-reviewed');
  await expect(checklist.editor('HY-SR-4').getByTestId('entry-status')).toHaveValue('not-reviewed');
});

test('the checklist filter, grouping and open tab are kept per project across a reload', async ({
  page,
  workbench,
}) => {
  await workbench.open();
  const checklist = new ChecklistPage(page);
  await checklist.open();
  await checklist.filterApplicability('all');
  await checklist.search('IOMMU');
  const shownBefore = await checklist.shownCount().textContent();
  await page.reload();
  await expect(checklist.summary()).toBeVisible();
  await expect(checklist.applicabilityFilter()).toHaveValue('all');
  await expect(checklist.searchField()).toHaveValue('IOMMU');
  await expect(checklist.shownCount()).toHaveText(shownBefore ?? '');
});
