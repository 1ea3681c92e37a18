import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { ChecklistPage } from './pages/ChecklistPage';

test('the checklist with an open item and the dashboard have no axe violations', async ({ page, workbench }) => {
  await workbench.open();
  const checklist = new ChecklistPage(page);
  await checklist.open();
  await checklist.setStatus('HY-SR-3', 'risk-accepted');
  await expect(checklist.editor('HY-SR-3')).toBeVisible();
  await checklist.showDashboard();
  // Grouped by component an item shows under each of its components: ids must stay unique.
  await checklist.groupBy('Component');

  const results = await new AxeBuilder({ page }).include('.checklist-panel').include('.dashboard').analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
  expect(summary).toEqual([]);
});
