/** Issue 22 item 2: one failing view shows what failed and a way back, never a white app. */
import { test, expect } from './fixtures';

test('a dashboard that cannot load shows an error with a way back to the model; the rest of the app keeps working', async ({ page, workbench, guard }) => {
  await workbench.open();
  await workbench.waitForSaved();
  const nodes = await workbench.nodes().count();
  // The server can no longer deliver the dashboard's code (an update deployed mid-session).
  await page.route('**/assets/Dashboard-*.js', (route) => route.fulfill({ status: 404, body: 'missing' }));
  await page.getByRole('button', { name: 'Dashboard', exact: true }).click();
  const error = page.getByTestId('view-error');
  await expect(error).toBeVisible();
  await expect(error).toHaveAttribute('data-view', 'the dashboard');
  await expect(error).toContainText('Something went wrong showing the dashboard');
  await expect(error).toContainText('Your project is unchanged');
  // The top bar and side panel are still there: not a white app.
  await expect(page.getByLabel('Project name')).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Inspector' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('dashboard-error.png') });
  await error.getByRole('button', { name: 'Back to the model' }).click();
  await expect(page.getByTestId('view-error')).toHaveCount(0);
  await expect(workbench.nodes()).toHaveCount(nodes);
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  // The failed request and React's report of the caught error are the point of the test.
  const expected = guard.problems.filter((p) => p.includes('404') || p.includes('Dashboard') || p.includes('dynamically imported module') || p.includes('ViewErrorBoundary'));
  expect(expected.length).toBeGreaterThan(0);
  guard.problems.splice(0, guard.problems.length, ...guard.problems.filter((p) => !expected.includes(p)));
});
