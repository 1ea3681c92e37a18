import { defineConfig } from '@playwright/test';
import { baseURL, launchOptions, previewServer } from './e2e/playwrightShared';

export default defineConfig({
  testDir: './e2e',
  testMatch: /.*\.spec\.ts/,
  // Two cores: one worker keeps timings steady and the machine responsive.
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'test-results/e2e-results.json' }]] : 'list',
  use: {
    baseURL,
    acceptDownloads: true,
    trace: 'retain-on-failure',
    viewport: { width: 1440, height: 900 },
    launchOptions,
  },
  webServer: previewServer(),
});
