/** Issue 22 item 2: one failing view shows what failed and a way back, never a white app. */
import { test, expect } from './fixtures';

test('a dashboard that cannot load shows an error with a way back to the model; the rest of the app keeps working', async ({
  page,
  workbench,
  guard,
}) => {
  await workbench.open();
  await workbench.waitForSaved();
  const nodes = await workbench.nodes().count();
  // The server can no longer deliver the dashboard's code (an update deployed mid-session).
  await page.route('**/assets/Dashboard-*.js', (route) => route.fulfill({ status: 404, body: 'missing' }));
  await workbench.viewButton('Dashboard').click();
  const error = workbench.viewError();
  await expect(error).toBeVisible();
  await expect(error).toHaveAttribute('data-view', 'the dashboard');
  await expect(error).toContainText('Something went wrong showing the dashboard');
  await expect(error).toContainText('Your project is unchanged');
  // The top bar and side panel are still there: not a white app.
  await expect(workbench.projectNameField()).toBeVisible();
  await expect(workbench.inspectorTab()).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('dashboard-error.png') });
  await error.getByRole('button', { name: 'Back to the model' }).click();
  await expect(workbench.viewError()).toHaveCount(0);
  await expect(workbench.nodes()).toHaveCount(nodes);
  await expect(workbench.saveState()).toHaveText('Saved');
  // The failed request and React's report of the caught error are the point of the test.
  const expected = guard.problems.filter(
    (p) =>
      p.includes('404') ||
      p.includes('Dashboard') ||
      p.includes('dynamically imported module') ||
      p.includes('ViewErrorBoundary'),
  );
  expect(expected.length).toBeGreaterThan(0);
  guard.problems.splice(0, guard.problems.length, ...guard.problems.filter((p) => !expected.includes(p)));
});
