/**
 * A fact the user states changes the verdict and says so, with the section it cites (issue 14):
 * the sample KVM host runs its vhost back ends in the hypervisor kernel, which HY-SR-6B
 * argues against. The checklist shows the contradiction, counts it as a gap even when marked
 * implemented, the Markdown and PDF reports print it, and moving the back ends into a driver VM
 * in the inspector turns it into "the model suggests this is met".
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { CanvasPage } from './pages/CanvasPage';
import { ChecklistPage } from './pages/ChecklistPage';
import { WorkbenchPage } from './pages/WorkbenchPage';

const SHOTS = '/tmp/reports';
const CONTRADICTION =
  'The model contradicts this: virtio/vhost back ends, Runs in = Hypervisor kernel (SP 800-125A Rev. 1 sec. 5)';

async function download(page: Page, format: string): Promise<string> {
  return (await (await new WorkbenchPage(page).exportAs(format)).path())!;
}

test('the model contradicts HY-SR-6B until the back ends move to a driver VM', async ({ page }) => {
  test.setTimeout(120_000);
  mkdirSync(SHOTS, { recursive: true });
  const canvas = new CanvasPage(page);
  await canvas.open();
  const checklist = new ChecklistPage(page);
  await checklist.open();

  const item = await checklist.expand('HY-SR-6B');
  await expect(item.getByTestId('model-verdict')).toHaveText('Model contradicts');
  await expect(item.getByTestId('model-evidence')).toContainText(CONTRADICTION);
  await page.screenshot({ path: `${SHOTS}/e2e-model-contradicts.png` });

  // Marked implemented, it is still a gap: the model says otherwise.
  const gapsBefore = await checklist.figure('gap-count');
  await checklist.setStatus('HY-SR-6B', 'implemented');
  await checklist.expectStatus('HY-SR-6B', 'implemented');
  expect(await checklist.figure('gap-count')).toBe(gapsBefore);

  const md = readFileSync(await download(page, 'md'), 'utf8');
  expect(md).toContain(`- Model: ${CONTRADICTION.replace(/[()]/g, '\\$&')}`);
  const pdf = await download(page, 'pdf');
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('The model contradicts this: virtio/vhost back ends, Runs in = Hypervisor kernel');

  // The user states where the back ends really run: the verdict follows.
  await canvas.openInspector();
  await canvas.selectNode('virtio/vhost back ends');
  await canvas.inspectorField('Runs in').selectOption('device-driver-vm');
  await checklist.open();
  const after = await checklist.expand('HY-SR-6B');
  await expect(after.getByTestId('model-verdict')).toHaveText('Model suggests met');
  await expect(after.getByTestId('model-evidence')).toContainText(
    'The model suggests this is met (confirm): virtio/vhost back ends, Runs in = Device-driver VM',
  );
  expect(await checklist.figure('gap-count')).toBe(gapsBefore - 1);
  await page.screenshot({ path: `${SHOTS}/e2e-model-supports.png` });
});
