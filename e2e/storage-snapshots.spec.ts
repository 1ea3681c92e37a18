import { test, expect } from './fixtures';
import { ChecklistPage } from './pages/ChecklistPage';
import { ProjectsPage } from './pages/ProjectsPage';

test('snapshot, change, compare with now and between snapshots, restore, undo', async ({ page, workbench }) => {
  await workbench.open();
  const projects = new ProjectsPage(page);
  const checklist = new ChecklistPage(page);
  const nodesBefore = await workbench.nodes().count();

  await projects.saveSnapshot('Before the workshop');
  await projects.close();

  // Changes: a component added, a status set.
  await workbench.addFromPalette('guest-vm');
  await expect(workbench.nodes()).toHaveCount(nodesBefore + 1);
  await checklist.open();
  await checklist.setStatus('HY-SR-2', 'implemented');
  await checklist.expectStatus('HY-SR-2', 'implemented');
  await workbench.waitForSaved();

  const dialog = await projects.openSnapshots();
  await projects.snapshotRow('Before the workshop').getByRole('button', { name: 'Compare with now' }).click();
  const compare = dialog.getByTestId('compare-view');
  await expect(compare).toContainText('From Before the workshop to Now');
  await expect(compare.getByTestId('compare-components-added')).toContainText('Components added (1)');
  await expect(compare.getByTestId('compare-components-added')).toContainText('guest-vm');
  await expect(compare.getByTestId('compare-statuses')).toContainText('HY-SR-2: Not reviewed → Implemented');
  await expect(compare.getByTestId('compare-components-removed')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('compare.png') });

  // A second snapshot, then compare the two.
  await dialog.getByTestId('snapshot-name').fill('After the workshop');
  await dialog.getByTestId('save-snapshot').click();
  await expect(projects.snapshotRow('After the workshop')).toBeVisible();
  await projects.pickCompare('compare-from', 'Before the workshop');
  await projects.pickCompare('compare-to', 'After the workshop');
  await dialog.getByTestId('compare-run').click();
  await expect(compare).toContainText('From Before the workshop to After the workshop');
  await expect(compare.getByTestId('compare-components-added')).toContainText('Components added (1)');

  // Restore the first: the component and the status go back; a "before restoring" snapshot is kept.
  await projects.snapshotRow('Before the workshop').getByRole('button', { name: 'Restore' }).click();
  await expect(projects.result()).toContainText('Restored snapshot "Before the workshop"');
  await expect(projects.snapshotRow('Before restoring "Before the workshop"')).toBeVisible();
  await projects.close();
  await expect(workbench.nodes()).toHaveCount(nodesBefore);
  await checklist.open();
  await checklist.expectStatus('HY-SR-2', 'not-reviewed');

  // Undo brings the pre-restore state back; it survives a reload.
  await workbench.undoButtons().first().click();
  await expect(workbench.nodes()).toHaveCount(nodesBefore + 1);
  await workbench.waitForSaved();
  await page.reload();
  await expect(workbench.nodes()).toHaveCount(nodesBefore + 1);
  await projects.openSnapshots();
  await expect(projects.snapshotsDialog().getByTestId('snapshot-row')).toHaveCount(3);
});
