import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { CanvasPage } from './pages/CanvasPage';

/** Serious and critical axe violations on the page as it is now, as readable lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join(', ')}`,
    );
}

test('the editor has no serious or critical axe violation: canvas, a selected component, a selected connection, each dialog', async ({
  page,
}) => {
  // Six full axe runs on a shared two-core machine.
  test.setTimeout(180_000);
  const canvas = new CanvasPage(page);
  await canvas.open();
  expect(await seriousViolations(page), 'main screen').toEqual([]);

  await canvas.selectNode('analytics-gpu-01');
  await expect(canvas.inspectorField('Name')).toHaveValue('analytics-gpu-01');
  expect(await seriousViolations(page), 'component inspector').toEqual([]);

  await page.keyboard.press('c');
  await expect(canvas.connectDialog()).toBeVisible();
  await canvas.chooseOtherEnd('web-01');
  expect(await seriousViolations(page), 'connect dialog').toEqual([]);
  await page.keyboard.press('Escape');

  await canvas.edges().first().click({ force: true });
  await expect(canvas.connectionInspector()).toBeVisible();
  expect(await seriousViolations(page), 'connection inspector').toEqual([]);

  await page.keyboard.press('?');
  await expect(canvas.shortcutsDialog()).toBeVisible();
  expect(await seriousViolations(page), 'shortcuts dialog').toEqual([]);
  await page.keyboard.press('Escape');

  await canvas.toolbarButton('Templates…').click();
  await expect(canvas.templateGallery()).toBeVisible();
  expect(await seriousViolations(page), 'template gallery').toEqual([]);
});
