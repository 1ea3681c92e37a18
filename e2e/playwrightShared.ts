/**
 * What the e2e suite and the browser benchmarks share: the Chromium launch options and the
 * preview server of the built app. E2E_PORT and HTW_DIST let several checkouts or engineers
 * run suites side by side.
 */
export const port = Number(process.env.E2E_PORT ?? 4173);
export const dist = process.env.HTW_DIST ?? 'dist';
export const baseURL = `http://127.0.0.1:${port}`;

export const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH,
  // This machine's network is closed: without the background-networking flags Chromium
  // keeps trying Google's hosts (toolchain notes).
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
};

export function previewServer(cwd?: string) {
  return {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${dist}`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 60_000,
    ...(cwd ? { cwd } : {}),
  };
}
