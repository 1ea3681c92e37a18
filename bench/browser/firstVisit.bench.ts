/**
 * initial-js-gzip: kB (gzip -9) of the JavaScript a first visit loads, measured in Chromium:
 * every script response from opening the app in a fresh profile until the sample platform is
 * on screen and the network has been quiet for a second. Counting what the browser fetched,
 * not what index.html names, includes chunks the app imports while it starts.
 * first-visit-data-gzip: the same for the JSON data it fetches (catalog and sample template),
 * reported beside it so moving data out of the scripts cannot hide bytes.
 */
import { gzipSync } from 'node:zlib';
import { test, expect } from '@playwright/test';
import { record } from './record';

const kB = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

test('first visit: JavaScript and data loaded', async ({ page }) => {
  const gzipped = { script: new Map<string, number>(), json: new Map<string, number>() };
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    const kind =
      response.request().resourceType() === 'script' || response.url().endsWith('.js')
        ? 'script'
        : response.url().endsWith('.json')
          ? 'json'
          : null;
    if (!kind) return;
    pending.push(
      response.body().then((body) => void gzipped[kind].set(response.url(), gzipSync(body, { level: 9 }).length)),
    );
  });
  await page.goto('/');
  await expect(page.getByTestId('component-node').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);

  const sum = (sizes: Map<string, number>) => [...sizes.values()].reduce((a, b) => a + b, 0);
  for (const [url, size] of [...gzipped.script, ...gzipped.json])
    console.log(`  ${kB(size).toFixed(1).padStart(6)} kB  ${new URL(url).pathname}`);
  expect(gzipped.script.size).toBeGreaterThan(0);
  record('initial-js-gzip', kB(sum(gzipped.script)), 'kB', '<= 215');
  record('first-visit-data-gzip', kB(sum(gzipped.json)), 'kB', '');
});
