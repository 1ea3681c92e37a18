/**
 * The built app is served with its security headers (issue 22 item 12): the CSP as a header
 * with frame-ancestors 'none', nosniff and no-referrer on the page and on its files, and a
 * page of another origin cannot frame it.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test as plain, type FrameLocator, type Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { baseURL } from './playwrightShared';

test('the page and its files carry the CSP header (meta policy plus frame-ancestors), nosniff and no-referrer', async ({
  page,
  workbench,
}) => {
  const assets: { url: string; headers: Record<string, string> }[] = [];
  page.on('response', (r) => {
    if (r.url().includes('/assets/')) assets.push({ url: r.url(), headers: r.headers() });
  });
  const response = await page.goto('/');
  await expect(workbench.nodes().first()).toBeVisible();
  const headers = response!.headers();
  const meta = await workbench.cspMeta().getAttribute('content');
  expect(meta).not.toContain('frame-ancestors');
  expect(headers['content-security-policy']).toBe(`${meta!.trim()}; frame-ancestors 'none'`);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-frame-options']).toBe('DENY');
  // The scripts, styles and data files the page loaded carry them too.
  expect(assets.length).toBeGreaterThan(0);
  for (const a of assets) {
    expect(a.headers['x-content-type-options'], a.url).toBe('nosniff');
    expect(a.headers['content-security-policy'], a.url).toContain("frame-ancestors 'none'");
  }
});

/**
 * A real server on another loopback port: another origin, in the same (local) address space,
 * so only the app's own headers can refuse the frame (a page the test answered itself would
 * count as public, and the browser blocks public pages from framing local servers anyway).
 */
async function framerServer(): Promise<{ url: (src: string) => string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const src = new URL(req.url ?? '/', 'http://x').searchParams.get('src') ?? '';
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(
      `<!doctype html><title>framer</title><iframe id="app" src="${src.replace(/"/g, '')}" onload="window.frameLoaded = true" width="800" height="600"></iframe>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (src) => `http://127.0.0.1:${port}/?src=${encodeURIComponent(src)}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function framed(page: Page, url: string): Promise<FrameLocator> {
  await page.goto(url);
  // The iframe's load event also fires for the error page shown instead of a refused frame.
  await page.waitForFunction(() => (window as { frameLoaded?: boolean }).frameLoaded === true);
  return page.frameLocator('#app');
}

// Without the guard fixture: this test deliberately loads a page of another origin.
plain('a page of another origin cannot frame the app', async ({ page }) => {
  const framer = await framerServer();
  try {
    // Control: the same page with its headers stripped is framed (so the check below can fail).
    await page.route(`${baseURL}/?stripped`, async (route) => {
      const response = await route.fetch({ url: `${baseURL}/` });
      const headers = { ...response.headers() };
      for (const name of ['content-security-policy', 'x-frame-options']) delete headers[name];
      await route.fulfill({ response, headers });
    });
    await expect((await framed(page, framer.url(`${baseURL}/?stripped`))).locator('#root')).toHaveCount(1);

    const refused = await framed(page, framer.url(`${baseURL}/`));
    await expect(refused.locator('#root')).toHaveCount(0);
    expect(page.frames().map((f) => f.url())).toContain('chrome-error://chromewebdata/');
  } finally {
    await framer.close();
  }
});
