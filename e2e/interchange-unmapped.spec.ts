/**
 * Issue 21, unknown shapes: a draw.io diagram's shape that the mapping table does not know is
 * imported as an Unmapped component (not a guest VM), flagged "needs review: choose a type" in
 * the checklist and the inspector; Change type gives it a real type (the source type attribute
 * reported as dropped), and one undo brings the Unmapped component and its flag back.
 */
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures';
import { CanvasPage } from './pages/CanvasPage';
import { ChecklistPage } from './pages/ChecklistPage';
import { ProjectsPage } from './pages/ProjectsPage';

const fixture = fileURLToPath(new URL('../src/test/fixtures/drawio/kvm-host.drawio', import.meta.url));

test('an unknown draw.io shape is imported as Unmapped, flagged, given a type, and the change undone', async ({
  page,
  workbench,
}) => {
  await workbench.open();
  const projects = new ProjectsPage(page);
  await projects.openProjects();
  await projects.chooseFile('import-project', fixture);
  await expect(projects.result()).toContainText('Review the type of: Billing widget');
  await projects.close();

  const canvas = new CanvasPage(page);
  const checklist = new ChecklistPage(page);
  const mystery = page.locator('[data-testid="component-node"][data-component-id="mystery"]');
  await expect(mystery).toContainText('Unmapped component');
  await checklist.open();
  await expect(checklist.needsType('mystery')).toContainText('needs review: choose a type');
  await checklist.selectNeedsType('mystery');
  await canvas.openInspector();
  await expect(canvas.needsTypeFlag()).toBeVisible();
  await expect(canvas.inspectorField('Type in the imported file')).not.toHaveValue('');
  await page.screenshot({ path: test.info().outputPath('unmapped-inspector.png') });

  await canvas.changeType('Storage');
  await expect(page.getByTestId('notice')).toContainText(
    'Changed "Billing widget" to Storage. Dropped a value the new type does not have: Type in the imported file',
  );
  await expect(mystery).toContainText('Storage');
  await expect(canvas.needsTypeFlag()).toHaveCount(0);
  await checklist.open();
  await expect(checklist.needsType('mystery')).toHaveCount(0);

  // One undo step: the Unmapped component and its flag are back.
  await page.getByRole('toolbar', { name: 'Edit' }).getByRole('button', { name: 'Undo' }).click();
  await expect(mystery).toContainText('Unmapped component');
  await expect(checklist.needsType('mystery')).toBeVisible();
});
