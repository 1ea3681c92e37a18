/**
 * Issue 22 item 6: any same-origin page can post on the `htw-storage` channel. Forged
 * messages must not stop saving or demote the editing tab, and a real newer version never
 * costs the edit typed just before.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { AppDatabase } from './pages/AppDatabase';
import { ProjectsPage } from './pages/ProjectsPage';
import type { WorkbenchPage } from './pages/WorkbenchPage';

/** A same-origin page that is not the workbench (a static file of the same server). */
async function forgerPage(page: Page): Promise<Page> {
  const forger = await page.context().newPage();
  // The browser asks a bare document for /favicon.ico, which this server does not have.
  await forger.route('**/favicon.ico', (route) => route.fulfill({ status: 204, body: '' }));
  await forger.goto('/favicon.svg');
  return forger;
}

const post = (forger: Page, messages: unknown[]) =>
  forger.evaluate((list) => {
    const channel = new BroadcastChannel('htw-storage');
    for (const m of list) channel.postMessage(m);
    channel.close();
  }, messages);

const lastProjectId = (forger: Page) => new AppDatabase(forger).lastProjectId();

/** The editing tab on its saved project, and a forger page of the same origin that knows the project's id. */
async function editingTabAndForger(page: Page, workbench: WorkbenchPage) {
  await workbench.open();
  await workbench.waitForSaved();
  const forger = await forgerPage(page);
  return {
    projects: new ProjectsPage(page),
    name: workbench.projectNameField(),
    forger,
    projectId: await lastProjectId(forger),
  };
}

test('a forged "newer schema" message does not block saving, and malformed messages are ignored', async ({
  page,
  workbench,
}) => {
  const { projects, name, forger, projectId } = await editingTabAndForger(page, workbench);
  await name.fill('Typed just before the forgery');
  await post(forger, [
    { type: 'hello', tabId: 'forger', schemaVersion: 99 },
    { type: 'saved', tabId: 'forger', schemaVersion: 99, projectId, updatedAt: '2030-01-01T00:00:00.000Z' },
    { type: 'saved', tabId: 'forger', schemaVersion: '1', projectId },
    { type: 'release-request', tabId: 'forger', schemaVersion: 1, projectId, extra: true },
    'not even an object',
  ]);
  await workbench.waitForSaved();
  await expect(projects.roleBanner()).toHaveCount(0);
  await name.fill('Typed after the forgery');
  await workbench.waitForSaved();
  await page.reload();
  await expect(name).toHaveValue('Typed after the forgery');
  await expect(projects.roleBanner()).toHaveCount(0);
});

test('a forged hand-over request does not demote the editing tab', async ({ page, workbench }) => {
  const { projects, name, forger, projectId } = await editingTabAndForger(page, workbench);
  // The demotion the audit saw was brief (the tab got the lock back): record any moment of it.
  await page.evaluate(() => {
    const w = window as unknown as { demoted?: boolean };
    new MutationObserver(() => {
      if (document.querySelector('[data-testid="tab-role-banner"]')) w.demoted = true;
    }).observe(document.body, { childList: true, subtree: true });
    // The editing tab asks who holds which lock before it hands over (is the asker a waiting
    // tab?): count the answers, so the test knows when the request has been judged.
    const locks = navigator.locks;
    const query = locks.query.bind(locks);
    const counted = window as unknown as { lockQueries?: number };
    counted.lockQueries = 0;
    locks.query = async () => {
      const state = await query();
      counted.lockQueries!++;
      return state;
    };
  });
  await post(forger, [{ type: 'release-request', tabId: 'forger', schemaVersion: 1, projectId }]);
  // Once the tab has judged the request, check it was never demoted.
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { lockQueries: number }).lockQueries))
    .toBeGreaterThan(0);
  expect(await page.evaluate(() => (window as unknown as { demoted?: boolean }).demoted ?? false)).toBe(false);
  await expect(projects.roleBanner()).toHaveCount(0);
  await expect(name).toBeEnabled();
  await name.fill('Still the editor');
  await workbench.waitForSaved();
  await page.reload();
  await expect(name).toHaveValue('Still the editor');
});

test('a newer version confirmed by storage blocks the tab, and the edit typed just before is kept as a rescue copy', async ({
  page,
  workbench,
}) => {
  await workbench.open();
  await workbench.waitForSaved();
  const projects = new ProjectsPage(page);
  const forger = await forgerPage(page);
  const projectId = await lastProjectId(forger);
  // A newer build really has written here.
  await new AppDatabase(forger).putSession('storageFormat', { schemaVersion: 99 });
  await workbench.projectNameField().fill('Typed just before the newer tab spoke');
  await post(forger, [{ type: 'hello', tabId: 'newer-tab', schemaVersion: 99 }]);
  await expect(projects.roleBanner()).toHaveAttribute('data-role', 'blocked');
  await expect(projects.roleBanner()).toContainText('newer version of the workbench');
  const rescue = await page.evaluate((id) => localStorage.getItem(`htw-rescue:${id}`), projectId);
  expect(rescue).toContain('Typed just before the newer tab spoke');
  await page.screenshot({ path: test.info().outputPath('blocked-with-rescue.png') });
});
