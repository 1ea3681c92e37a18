/**
 * Issue 19: tailor an item in the checklist (scope it out with a justification and approver),
 * see a missing approver refused, reload, and find the decision in the exported Markdown.
 */
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { ChecklistPage } from './pages/ChecklistPage';

const REC = 'HY-SR-3';
const WHY = 'Tlrd4X83 covered by the hosting contract';

test('a tailored item survives a reload and is listed in the Markdown export', async ({ page, workbench }) => {
  await workbench.open();
  const checklist = new ChecklistPage(page);
  await checklist.open();
  await checklist.expand(REC);
  await checklist.fillTailoring(REC, { justification: WHY });
  await checklist.saveTailoring(REC);
  await expect(checklist.itemAlert(REC)).toContainText('needs an approver; nothing was saved');
  await expect(checklist.tailoredBadge(REC)).toHaveCount(0);
  await checklist.fillTailoring(REC, { approver: 'Jane Approver' });
  await checklist.saveTailoring(REC);
  await expect(checklist.tailoredBadge(REC)).toHaveText('Tailored: Scoped out');
  await workbench.waitForSaved();

  await page.reload();
  await checklist.open();
  await checklist.expand(REC);
  await expect(checklist.tailoredBadge(REC)).toHaveText('Tailored: Scoped out');
  await expect(checklist.currentTailoring(REC)).toContainText(WHY);
  await page.screenshot({ path: test.info().outputPath('tailored.png') });

  const md = readFileSync(await (await workbench.exportAs('md')).path(), 'utf8');
  expect(md).toContain('## Tailoring decisions');
  expect(md).toContain(`- Tailored: **Scoped out**, approved by Jane Approver: ${WHY}`);
});
