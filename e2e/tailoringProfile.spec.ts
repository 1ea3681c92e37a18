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
  await checklist.expand(REC);
  await checklist.fillTailoring(REC, { justification: WHY, approver: 'Jane Approver' });
  await checklist.saveTailoring(REC);
  await expect(checklist.tailoredBadge(REC)).toHaveText('Tailored: Scoped out');

  const profileText = readFileSync(await (await checklist.exportTailoringProfile()).path(), 'utf8');
  const profile = JSON.parse(profileText);
  expect(profile.format).toBe('hypervisor-threat-workbench/tailoring-profile');
  expect(profile.decisions).toEqual([
    expect.objectContaining({
      recommendationId: REC,
      decision: 'scoped-out',
      justification: WHY,
      approver: 'Jane Approver',
    }),
  ]);
  await workbench.waitForSaved();

  // Another project, from the same template: not tailored until the profile is applied.
  const canvas = new CanvasPage(page);
  await canvas.startFrom('kvm-libvirt');
  await checklist.open();
  await checklist.expand(REC);
  const other = checklist.tailoredBadge(REC);
  await expect(other).toHaveCount(0);

  // A profile with an empty approver: refused with the reason, nothing changes.
  const bad = profileText.replace('"approver": "Jane Approver"', '"approver": ""');
  await checklist.applyTailoringProfile({
    name: 'bad.tailoring.json',
    mimeType: 'application/json',
    buffer: Buffer.from(bad),
  });
  await expect(checklist.tailoringProfileMessage()).toContainText('bad.tailoring.json: decisions[0].approver');
  await expect(other).toHaveCount(0);

  await checklist.applyTailoringProfile({
    name: 'good.tailoring.json',
    mimeType: 'application/json',
    buffer: Buffer.from(profileText),
  });
  await expect(checklist.tailoringProfileMessage()).toContainText('Applied 1 tailoring decision');
  await expect(other).toHaveText('Tailored: Scoped out');
  await page.screenshot({ path: test.info().outputPath('tailoring-profile-applied.png') });
});
