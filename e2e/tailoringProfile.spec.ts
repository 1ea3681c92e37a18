/**
 * Issue 19: export a project's tailoring decisions as a profile file and apply it to another
 * project; a broken profile is refused with its path and changes nothing.
 */
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { CanvasPage } from './pages/CanvasPage';
import { ChecklistPage } from './pages/ChecklistPage';

const REC = 'HY-SR-3';
const WHY = 'Covered by the hosting contract (profile test)';

test('a tailoring profile exported from one project applies to another', async ({ page, workbench }) => {
  await workbench.open();
  const checklist = new ChecklistPage(page);
  await checklist.open();
  const item = await checklist.expand(REC);
  await item.getByLabel(`Tailoring justification for ${REC}`).fill(WHY);
  await item.getByLabel(`Tailoring approver for ${REC}`).fill('Jane Approver');
  await item.getByRole('button', { name: 'Save tailoring' }).click();
  await expect(item.getByTestId('tailored')).toHaveText('Tailored: Scoped out');

  const download = page.waitForEvent('download');
  await page.getByTestId('export-tailoring-profile').click();
  const profileText = readFileSync(await (await download).path(), 'utf8');
  const profile = JSON.parse(profileText);
  expect(profile.format).toBe('hypervisor-threat-workbench/tailoring-profile');
  expect(profile.decisions).toEqual([expect.objectContaining({ recommendationId: REC, decision: 'scoped-out', justification: WHY, approver: 'Jane Approver' })]);
  await workbench.waitForSaved();

  // Another project, from the same template: not tailored until the profile is applied.
  const canvas = new CanvasPage(page);
  await canvas.startFrom('kvm-libvirt');
  await checklist.open();
  const other = await checklist.expand(REC);
  await expect(other.getByTestId('tailored')).toHaveCount(0);

  // A profile with an empty approver: refused with the reason, nothing changes.
  const bad = profileText.replace('"approver": "Jane Approver"', '"approver": ""');
  await page.getByTestId('apply-tailoring-profile').setInputFiles({ name: 'bad.tailoring.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
  await expect(page.getByTestId('tailoring-profile-message')).toContainText('bad.tailoring.json: decisions[0].approver');
  await expect(other.getByTestId('tailored')).toHaveCount(0);

  await page.getByTestId('apply-tailoring-profile').setInputFiles({ name: 'good.tailoring.json', mimeType: 'application/json', buffer: Buffer.from(profileText) });
  await expect(page.getByTestId('tailoring-profile-message')).toContainText('Applied 1 tailoring decision');
  await expect(other.getByTestId('tailored')).toHaveText('Tailored: Scoped out');
  await page.screenshot({ path: test.info().outputPath('tailoring-profile-applied.png') });
});
