import { test, expect } from './fixtures';

test('a first visit opens the sample platform; adding a host changes the checklist and survives a reload', async ({
  workbench,
  page,
}, testInfo) => {
  await workbench.open();
  const initialNodes = await workbench.nodes().count();
  expect(initialNodes).toBeGreaterThan(10);

  await workbench.openChecklist();
  // The sample has one host whose cluster membership is unknown: HY-SR-19 needs input.
  const sr19 = workbench.checklistItem('HY-SR-19');
  await expect(sr19).toHaveAttribute('data-applicability', 'needs-input');

  await workbench.addFromPalette('physical-host');
  await expect(workbench.nodes()).toHaveCount(initialNodes + 1);
  // Two hosts: centralised administration (HY-SR-19) now applies.
  await expect(sr19).toHaveAttribute('data-applicability', 'applicable');
  await workbench.waitForSaved();
  await page.screenshot({ path: testInfo.outputPath('workbench.png') });

  await page.reload();
  await expect(workbench.nodes()).toHaveCount(initialNodes + 1);
  await workbench.openChecklist();
  await expect(workbench.checklistItem('HY-SR-19')).toHaveAttribute('data-applicability', 'applicable');
});
