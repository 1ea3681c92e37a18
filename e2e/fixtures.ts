/**
 * The fixture every e2e test uses: it fails the test on any CSP violation, console error,
 * uncaught exception or request to another origin, and blocks service workers so that
 * every request is seen.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { WorkbenchPage } from './pages/WorkbenchPage';
import { baseURL } from './playwrightShared';
import { skipWelcome } from './welcomeSkip';

const ORIGIN = baseURL;

interface Guard {
  problems: string[];
}

async function guardPage(page: Page, guard: Guard): Promise<void> {
  page.on('console', (msg) => {
    if (msg.type() === 'error') guard.problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => guard.problems.push(`uncaught exception: ${err.message}`));
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(ORIGIN) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      guard.problems.push(`request to another origin: ${url}`);
    }
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`);
    });
  });
}

export const test = base.extend<{ guard: Guard; workbench: WorkbenchPage; firstRun: boolean }>({
  serviceWorkers: 'block',
  // `test.use({ firstRun: true })` keeps the welcome, as a newcomer's first load shows it.
  firstRun: [false, { option: true }],
  context: async ({ context, firstRun }, use) => {
    if (!firstRun) await skipWelcome(context);
    await use(context);
  },
  guard: [
    async ({ page, context }, use) => {
      const guard: Guard = { problems: [] };
      await guardPage(page, guard);
      context.on('page', (p) => void guardPage(p, guard));
      await use(guard);
      expect(guard.problems, 'CSP violations, console errors, exceptions or foreign requests').toEqual([]);
    },
    { auto: true },
  ],
  workbench: async ({ page }, use) => {
    await use(new WorkbenchPage(page));
  },
});

export { expect };
