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
  const item = await checklist.expand(REC);
  await item.getByLabel(`Tailoring justification for ${REC}`).fill(WHY);
  await item.getByRole('button', { name: 'Save tailoring' }).click();
  await expect(item.getByRole('alert')).toContainText('needs an approver; nothing was saved');
  await expect(item.getByTestId('tailored')).toHaveCount(0);
  await item.getByLabel(`Tailoring approver for ${REC}`).fill('Jane Approver');
  await item.getByRole('button', { name: 'Save tailoring' }).click();
  await expect(item.getByTestId('tailored')).toHaveText('Tailored: Scoped out');
  await workbench.waitForSaved();

  await page.reload();
  await checklist.open();
  const again = await checklist.expand(REC);
  await expect(again.getByTestId('tailored')).toHaveText('Tailored: Scoped out');
  await expect(again.getByTestId('tailoring-current')).toContainText(WHY);
  await page.screenshot({ path: test.info().outputPath('tailored.png') });

  const download = page.waitForEvent('download');
  await page.getByTestId('export-menu').click();
  await page.getByTestId('export-md').click();
  const md = readFileSync(await (await download).path(), 'utf8');
  expect(md).toContain('## Tailoring decisions');
  expect(md).toContain(`- Tailored: **Scoped out**, approved by Jane Approver: ${WHY}`);
});
