import { test, expect } from './fixtures';
import { AppDatabase } from './pages/AppDatabase';
import { ProjectsPage } from './pages/ProjectsPage';

test('a failed write (storage full) is shown within a second, autosave pauses, export still works, retry saves', async ({
  page,
  workbench,
}) => {
  await workbench.open();
  const projects = new ProjectsPage(page);
  const name = workbench.projectNameField();
  // The browser's storage fills up: every IndexedDB put fails as Chromium reports it.
  await page.evaluate(() => {
    const original = IDBObjectStore.prototype.put;
    (window as unknown as { restorePut: () => void }).restorePut = () => (IDBObjectStore.prototype.put = original);
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  // Timed in the page, from the keystroke to the banner on screen (Playwright's own latency excluded).
  await page.evaluate(() => {
    const w = window as unknown as { editedAt?: number; bannerAt?: number };
    document
      .querySelector('input[aria-label="Project name"]')!
      .addEventListener('input', () => (w.editedAt ??= performance.now()));
    new MutationObserver(() => {
      if (document.querySelector('[data-testid="save-error-banner"]')) w.bannerAt ??= performance.now();
    }).observe(document.body, { childList: true, subtree: true });
  });
  await name.fill('Edited while the disk is full');
  const banner = projects.saveErrorBanner();
  await expect(banner).toBeVisible();
  const shownAfter = await page.evaluate(() => {
    const w = window as unknown as { editedAt: number; bannerAt: number };
    return w.bannerAt - w.editedAt;
  });
  expect(shownAfter).toBeLessThan(1000);
  await expect(banner).toContainText('the browser storage is full');
  await expect(banner).toContainText('Autosave is paused');
  await expect(workbench.saveState()).toContainText('Not saved');
  await page.screenshot({ path: test.info().outputPath('quota.png') });

  // Export works from memory and carries the unsaved edit.
  const file = await projects.exportFromSaveErrorBanner();
  const { readFile } = await import('node:fs/promises');
  expect(JSON.parse(await readFile(await file.path(), 'utf8')).name).toBe('Edited while the disk is full');

  // Space is freed; Retry writes and autosave resumes.
  await page.evaluate(() => (window as unknown as { restorePut: () => void }).restorePut());
  await projects.retrySave();
  await expect(banner).toHaveCount(0);
  await workbench.waitForSaved();
  await name.fill('Edited after retry');
  await workbench.waitForSaved();
  await page.reload();
  await expect(name).toHaveValue('Edited after retry');
});

test('an older build never writes over data of a newer version: it opens read-only and says why', async ({
  page,
  workbench,
}) => {
  await workbench.open();
  await workbench.waitForSaved();
  // A newer build has written here (schema 99): what it leaves in the database.
  await new AppDatabase(page).putSession('storageFormat', { schemaVersion: 99 });
  await page.reload();
  const projects = new ProjectsPage(page);
  await expect(projects.roleBanner()).toHaveAttribute('data-role', 'blocked');
  await expect(projects.roleBanner()).toContainText('saved by a newer version of the workbench (schema 99');
  await expect(workbench.projectNameField()).toBeDisabled();
  await expect(workbench.saveState()).toHaveText('Not saved yet');
  // Creating a project is refused too, with the reason.
  await projects.openProjects();
  await projects.submitNewProject('Should not be written');
  await expect(projects.result()).toContainText('newer version of the workbench');
  await expect(projects.projectRow('Should not be written')).toHaveCount(0);
});

test('a catalog file the server cannot deliver stops the start with a message naming it; stored projects stay as they were', async ({
  page,
  workbench,
  guard,
}) => {
  await workbench.open();
  await workbench.addFromPalette('physical-host');
  await workbench.waitForSaved();
  const nodes = await workbench.nodes().count();

  await page.route('**/assets/rules-*.json', (route) => route.fulfill({ status: 404, body: 'missing' }));
  await page.reload();
  const error = workbench.startupError();
  await expect(error).toContainText('The workbench could not start');
  await expect(error).toContainText('rules.json could not be loaded (HTTP 404)');
  await expect(error).toContainText('Your stored projects have not been changed.');
  await page.screenshot({ path: test.info().outputPath('catalog-missing.png') });
  // The browser reports the failed request itself; that one console error is the point of the test.
  const expected = guard.problems.filter((p) => p.includes('404'));
  expect(expected).toHaveLength(1);
  guard.problems.splice(0, guard.problems.length, ...guard.problems.filter((p) => !expected.includes(p)));

  await page.unroute('**/assets/rules-*.json');
  await page.reload();
  await expect(workbench.nodes()).toHaveCount(nodes);
});
