import { defineConfig } from '@playwright/test';
import { baseURL, launchOptions, previewServer } from '../e2e/playwrightShared';
import { WELCOME_KEY } from '../e2e/welcomeSkip';

// Browser benchmarks (`npm run bench`): same browser and server as the e2e suite, one worker.
export default defineConfig({
  testDir: './browser',
  testMatch: /.*\.bench\.ts/,
  workers: 1,
  retries: 0,
  timeout: 240_000,
  reporter: 'list',
  use: {
    baseURL,
    viewport: { width: 1440, height: 900 },
    launchOptions,
    // The first-run welcome marked as seen: the benchmarks measure the workbench, not the greeting.
    storageState: {
      cookies: [],
      origins: [{ origin: baseURL, localStorage: [{ name: WELCOME_KEY, value: 'bench' }] }],
    },
  },
  // The built app lives at the repository root, one level up from this file.
  webServer: previewServer('..'),
});
