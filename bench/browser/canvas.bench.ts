/**
 * Canvas benchmarks on a generated platform of 500 components and 1,000 connections, imported
 * through the real import UI:
 *  - canvas-pan-fps-500: frames per second while the canvas is dragged (panned) for 3 s, zoomed
 *    out to the whole platform (the level of detail);
 *  - canvas-pan-fps-500-100pct: the same at 100 % zoom (full node content, edges and their labels);
 *  - edit-to-findings-500: ms from an attribute edit in the inspector to the component's
 *    findings updated on screen (median of 11 edits).
 * Figures, not pass/fail timings: written to bench/.partial/ for `npm run bench`.
 */
import { test, expect, type Page } from '@playwright/test';
import { generateCanvasPlatform } from './canvasPlatform';
import { record } from './record';
import { catalogRef, importThroughProjectsDialog } from './importPlatform';

const platform = generateCanvasPlatform(catalogRef);

test('canvas with 500 components: pan fps and edit-to-findings latency', async ({ page }) => {
  expect(Object.keys(platform.components)).toHaveLength(500);
  expect(Object.keys(platform.connections)).toHaveLength(1000);

  await page.goto('/');
  await expect(page.getByTestId('component-node').first()).toBeVisible();
  await importThroughProjectsDialog(page, platform, 'generated-500.htw.json');
  // The canvas renders only what is in view; the platform itself is all there.
  await expect(page.locator('.inspector')).toContainText('500 components on the canvas');
  await expect(page.locator('.react-flow__node[data-id="vm0-0"]')).toBeVisible();

  // Select a VM by keyboard and time attribute edits until its findings change on screen.
  await page.locator('.react-flow__node[data-id="vm0-0"]').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.inspector [data-attribute="antiMalware"] select')).toBeVisible();
  const timings = await page.evaluate(async () => {
    const select = () => document.querySelector<HTMLSelectElement>('.inspector [data-attribute="antiMalware"] select')!;
    const findingsText = () => document.querySelector('.findings')?.textContent ?? '';
    const out: number[] = [];
    for (let i = 0; i < 12; i++) {
      const before = findingsText();
      const el = select();
      const next = el.value === 'true' ? 'false' : 'true';
      const t0 = performance.now();
      el.value = next;
      el.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise<void>((resolve, reject) => {
        const deadline = t0 + 5000;
        const check = () => {
          if (findingsText() !== before) resolve();
          else if (performance.now() > deadline) reject(new Error('findings did not change'));
          else requestAnimationFrame(check);
        };
        check();
      });
      // On screen: the next frame after the DOM changed has been produced.
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      out.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 50));
    }
    return out.slice(1);
  });
  timings.sort((a, b) => a - b);
  const median = timings[Math.floor(timings.length / 2)]!;
  record('edit-to-findings-500', Math.round(median * 10) / 10, 'ms', '<= 16');

  // Pan zoomed out (the fit of the whole platform: level of detail).
  await page.keyboard.press('Escape');
  const fps = await panFps(page);
  record('canvas-pan-fps-500', Math.round(fps * 10) / 10, 'fps', '>= 55');

  // Pan at 100 % zoom (the zoom button in the controls): full node content, edges with their
  // arrows and labels, only what is in view rendered.
  await page.getByTestId('zoom-level').click();
  await expect(page.getByTestId('zoom-level')).toHaveText('100 %');
  // Where the zoomed-out pan stopped varies from run to run, and on 1,000 connections only
  // device-assignment edges carry a label: bring gpu-0 (assigned to vm-0-0) into view, as a
  // user would through the component list, so every run pans over the same labelled edges.
  await page.getByRole('button', { name: 'Components…' }).click();
  await page.getByRole('combobox', { name: 'Filter components' }).fill('gpu-0');
  await page.keyboard.press('Enter');
  await expect(page.locator('.react-flow__node[data-id="gpu0"]')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('.react-flow__edge[data-id^="c"]:visible').first()).toBeVisible();
  await expect(page.locator('.react-flow__edge-text:visible').first()).toBeVisible();
  const fps100 = await panFps(page);
  record('canvas-pan-fps-500-100pct', Math.round(fps100 * 10) / 10, 'fps', '>= 55');
});

/** Presses on the empty pane and swings the pointer left and right every frame for 3 s; frames per second. */
async function panFps(page: Page): Promise<number> {
  const before = await page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);
  const fps = await page.evaluate(async () => {
    const pane = document.querySelector<HTMLElement>('.react-flow__pane')!;
    const box = pane.getBoundingClientRect();
    const start = { x: box.left + box.width / 2, y: box.top + box.height - 30 };
    const opts = (x: number, y: number, buttons: number) => ({
      bubbles: true,
      cancelable: true,
      view: window,
      clientX: x,
      clientY: y,
      button: 0,
      buttons,
    });
    pane.dispatchEvent(new MouseEvent('mousedown', opts(start.x, start.y, 1)));
    const frames: number[] = [];
    await new Promise<void>((resolve) => {
      const t0 = performance.now();
      const step = (now: number) => {
        frames.push(now);
        const dx = Math.sin((now - t0) / 300) * 300;
        window.dispatchEvent(new MouseEvent('mousemove', opts(start.x + dx, start.y - Math.abs(dx) / 4, 1)));
        if (now - t0 < 3000) requestAnimationFrame(step);
        else resolve();
      };
      requestAnimationFrame(step);
    });
    window.dispatchEvent(new MouseEvent('mouseup', opts(start.x, start.y, 0)));
    const duration = (frames[frames.length - 1]! - frames[0]!) / 1000;
    return (frames.length - 1) / duration;
  });
  // The viewport did move (the pan was real).
  const after = await page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);
  expect(after).toContain('translate');
  expect(after).not.toBe(before);
  return fps;
}
