/**
 * Storage benchmarks on a generated 500-component / 1,000-connection platform imported through
 * the projects dialog:
 *  - open-project-500: ms from clicking "Open" in the project list until its 500 components
 *    are on screen — visible (measured by React Flow) and the next frame produced — (read from
 *    IndexedDB, migrated, validated, rendered); median of 5;
 *  - autosave-write-500: ms of one autosave write of it (the `htw:autosave-write` measure
 *    around the IndexedDB transaction); median of 11 edits.
 * Figures, not pass/fail timings: written to bench/.partial/ for `npm run bench`.
 */
import { test, expect, type Page } from '@playwright/test';
import { generateCanvasPlatform } from './canvasPlatform';
import { record } from './record';
import { catalogRef, importThroughProjectsDialog } from './importPlatform';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)]! * 10) / 10;
};

const platform = { ...generateCanvasPlatform(catalogRef), name: 'Generated 500' };

/** Clicks "Open" on a project row and returns ms until its `count` components are on screen. */
async function timeOpen(page: Page, name: string, count: number): Promise<number> {
  await page.getByTestId('open-projects').click();
  await expect(page.getByTestId('projects-dialog')).toBeVisible();
  const row = page.locator(`[data-testid="project-row"][data-project-name="${name}"]`);
  await expect(row.getByRole('button', { name: 'Open' })).toBeVisible();
  await row.getByRole('button', { name: 'Open' }).evaluate((button) => button.setAttribute('data-bench-open', ''));
  const ms = await page.evaluate(async (expected) => {
    const button = document.querySelector<HTMLButtonElement>('[data-bench-open]')!;
    const start = performance.now();
    button.click();
    // On screen: every component laid out and visible (React Flow shows a node once it has
    // measured it), and the frame after that produced.
    const allVisible = () => {
      const nodes = document.querySelectorAll<HTMLElement>('.react-flow__node');
      if (nodes.length !== expected) return false;
      for (const node of nodes) if (node.style.visibility === 'hidden') return false;
      return true;
    };
    await new Promise<void>((resolve) => {
      const check = () => (allVisible() ? resolve() : requestAnimationFrame(check));
      requestAnimationFrame(check);
    });
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return performance.now() - start;
  }, count);
  await expect(page.locator('dialog[open]')).toHaveCount(0, { timeout: 30_000 });
  const read = await page.evaluate(() => performance.getEntriesByName('htw:open-read').at(-1)?.duration ?? NaN);
  console.log(`open ${name}: ${Math.round(ms)} ms (of which IndexedDB read and validation ${Math.round(read)} ms)`);
  return ms;
}

test('open a 500-component project from IndexedDB, and autosave it', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('component-node').first()).toBeVisible();
  const sampleName = await page.getByLabel('Project name').inputValue();
  const sampleCount = await page.getByTestId('component-node').count();

  await importThroughProjectsDialog(page, platform, 'generated-500.htw.json');
  await expect(page.getByTestId('component-node')).toHaveCount(500, { timeout: 60_000 });

  const opens: number[] = [];
  for (let i = 0; i < 6; i++) {
    await timeOpen(page, sampleName, sampleCount);
    const ms = await timeOpen(page, 'Generated 500', 500);
    if (i > 0) opens.push(ms); // the first is a warm-up
  }
  record('open-project-500', median(opens), 'ms', '<= 250');

  // Autosave: edit the project name, wait for Saved, read the write's measure.
  const name = page.getByLabel('Project name');
  const writes: number[] = [];
  for (let i = 0; i < 12; i++) {
    await page.evaluate(() => performance.clearMeasures('htw:autosave-write'));
    await name.fill(`Generated 500, edit ${i}`);
    await expect(page.getByTestId('save-state')).toHaveText('Saved');
    const ms = await page.evaluate(() => performance.getEntriesByName('htw:autosave-write').at(-1)?.duration ?? NaN);
    if (i > 0) writes.push(ms);
  }
  expect(writes.every(Number.isFinite)).toBe(true);
  record('autosave-write-500', median(writes), 'ms', '<= 30');
});
