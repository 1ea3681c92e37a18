import { defineConfig } from '@playwright/test';

// Browser benchmarks (`npm run bench`): same browser and server as the e2e suite, one worker.
const port = Number(process.env.E2E_PORT ?? 4173);
const dist = process.env.HTW_DIST ?? 'dist';

export default defineConfig({
  testDir: './browser',
  testMatch: /.*\.bench\.ts/,
  workers: 1,
  retries: 0,
  timeout: 240_000,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${dist}`,
    url: `http://127.0.0.1:${port}`,
    // The built app lives at the repository root, one level up from this file.
    cwd: '..',
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
