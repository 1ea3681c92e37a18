/**
 * The installable offline app (issue 15). The fixture blocks service workers for every other
 * spec (each sees every request, and no spec is served a cached build); these allow them.
 * After one visit the service worker holds the whole build: offline, a reload still loads the
 * app, the stored project, the catalog and the PDF worker. The manifest makes it installable
 * and registers it for project files, which the launch queue then imports.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { baseURL, dist } from './playwrightShared';

test.use({ serviceWorkers: 'allow' });

/** Resolves once the build's service worker has installed (precached) and controls `page`. */
async function waitForServiceWorker(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    return registration.active!.scriptURL;
  });
}

test('after one visit, the app loads and works offline: reload, stored project, checklist and a PDF export', async ({
  page,
  context,
  workbench,
}) => {
  test.setTimeout(120_000);
  await workbench.open();
  expect(await waitForServiceWorker(page)).toBe(`${baseURL}/sw.js`);
  await workbench.projectNameField().fill('Offline rack');
  await workbench.waitForSaved();
  const nodesOnline = await workbench.nodes().count();

  await context.setOffline(true);
  // Truly offline for the service worker too (not a given with Playwright): a file it does not cache fails.
  // (Probed from the worker: a failed load in the page would be a console error, which the fixture forbids.)
  const probe = `${baseURL}/schemas/workbench-document.schema.json`;
  const [sw] = context.serviceWorkers();
  expect(
    await sw!.evaluate(
      (url) =>
        fetch(url).then(
          () => 'reached',
          () => 'failed',
        ),
      probe,
    ),
  ).toBe('failed');

  const responses: { url: string; fromServiceWorker: boolean }[] = [];
  page.on('response', (r) => responses.push({ url: r.url(), fromServiceWorker: r.fromServiceWorker() }));
  await page.reload();
  await expect(workbench.canvas()).toBeVisible();
  await expect(workbench.projectNameField()).toHaveValue('Offline rack');
  await expect(workbench.nodes()).toHaveCount(nodesOnline);
  // Every file of the reload came from the worker's cache (page, scripts, styles, catalog JSON).
  expect(responses.length).toBeGreaterThan(5);
  expect(responses.filter((r) => !r.fromServiceWorker)).toEqual([]);
  expect(responses.some((r) => /\/assets\/.+\.json$/.test(r.url))).toBe(true);

  // It works: an edit saves, the checklist opens, and the PDF worker with pdfmake and its fonts loads from the cache.
  await workbench.projectNameField().fill('Offline rack, edited offline');
  await workbench.waitForSaved();
  await workbench.openChecklist();
  await expect(workbench.checklistItem('HY-SR-2')).toBeVisible();
  const pdf = await workbench.exportAs('pdf', { timeout: 90_000 });
  expect(
    readFileSync(await pdf.path())
      .subarray(0, 5)
      .toString(),
  ).toBe('%PDF-');
  await page.screenshot({ path: '/tmp/reports/e2e-offline.png' });
  await context.setOffline(false);
});

test('the manifest makes the app installable and opens project files with it', async ({ page, request, workbench }) => {
  await page.goto('/');
  const href = await workbench.manifestLink().getAttribute('href');
  const response = await request.get(href!);
  expect(response.ok()).toBe(true);
  const manifest = await response.json();
  expect(manifest).toMatchObject({
    name: 'Hypervisor Threat Workbench',
    start_url: './',
    scope: './',
    display: 'standalone',
  });
  // Chromium's install criteria: a 192 and a 512 px PNG, each really that size.
  for (const size of [192, 512]) {
    const icon = manifest.icons.find(
      (i: { sizes: string; type: string; purpose?: string }) =>
        i.sizes === `${size}x${size}` && i.type === 'image/png' && !i.purpose,
    );
    const png = await (await request.get(new URL(icon.src, new URL(href!, baseURL)).href)).body();
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
  }
  expect(manifest.icons.some((i: { purpose?: string }) => i.purpose === 'maskable')).toBe(true);
  expect(manifest.file_handlers[0].accept['application/json']).toContain('.json');
});

test('a project file the installed app is launched with is imported and opened; a bad one is refused by name', async ({
  page,
  workbench,
}) => {
  // Stands in for the browser's launch queue: the test hands files to whatever consumer the app sets.
  await page.addInitScript(() => {
    const files: { name: string; text: string }[][] = [];
    let consumer: ((p: { files: { kind: string; getFile(): Promise<File> }[] }) => void) | undefined;
    const deliver = () => {
      while (consumer && files.length)
        consumer({
          files: files.shift()!.map((f) => ({
            kind: 'file',
            getFile: async () => new File([f.text], f.name, { type: 'application/json' }),
          })),
        });
    };
    // Chromium has its own (a getter on Window.prototype, fed only by an installed app's launch): shadow it.
    Object.defineProperty(window, 'launchQueue', {
      configurable: true,
      value: { setConsumer: (c: typeof consumer) => ((consumer = c), deliver()) },
    });
    Object.assign(window, { launchFiles: (batch: { name: string; text: string }[]) => (files.push(batch), deliver()) });
  });
  await workbench.open();
  const document = JSON.parse(readFileSync('threat-catalog/templates/kvm-libvirt.json', 'utf8'));
  const project = JSON.stringify({ ...document, id: 'launchedproject1', name: 'Opened from the file manager' });
  await page.evaluate(
    (text) => (window as unknown as { launchFiles(b: unknown[]): void }).launchFiles([{ name: 'rack.htw.json', text }]),
    project,
  );
  await expect(workbench.notice()).toHaveText(/Imported "Opened from the file manager"\./);
  await expect(workbench.projectNameField()).toHaveValue('Opened from the file manager');

  await page.evaluate(() =>
    (window as unknown as { launchFiles(b: unknown[]): void }).launchFiles([
      { name: 'broken.htw.json', text: '{"format": ' },
    ]),
  );
  await expect(workbench.notice()).toHaveText(/"broken\.htw\.json"/);
  await expect(workbench.projectNameField()).toHaveValue('Opened from the file manager');
});

test('a new build takes over at once: the open tab offers a Reload, and the older cache is kept for it', async ({
  page,
  workbench,
}) => {
  await workbench.open();
  await waitForServiceWorker(page);
  const cachesBefore = await page.evaluate(() => caches.keys());
  expect(cachesBefore).toHaveLength(1);
  // Deploy a "new build": the same sw.js with another content hash and build time, byte-length kept (the preview server indexes sizes at start).
  const file = `${dist}/sw.js`;
  const original = readFileSync(file, 'utf8');
  const version = original.match(/"version":"([0-9a-f]{16})"/)![1]!;
  const builtAt = original.match(/"builtAt":(\d+)/)![1]!;
  const next = original
    .replace(`"version":"${version}"`, `"version":"${[...version].reverse().join('')}"`)
    .replace(`"builtAt":${builtAt}`, `"builtAt":${Number(builtAt) + 1}`);
  expect(next.length).toBe(original.length);
  try {
    writeFileSync(file, next);
    // What the browser does on its own at the next navigation or after a day.
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r!.update()));
    await expect(workbench.notice()).toHaveText(/A new version of the workbench is installed\. Reload to use it\./);
    await workbench.noticeAction().click();
    await expect(workbench.canvas()).toBeVisible();
    const cachesAfter = await page.evaluate(() => caches.keys());
    expect(cachesAfter).toHaveLength(2);
    expect(cachesAfter).toContain(cachesBefore[0]);
    expect(cachesAfter.some((name) => name.endsWith([...version].reverse().join('')))).toBe(true);
  } finally {
    writeFileSync(file, original);
  }
});
