/**
 * Issue 18, drift view: configuration files compared with the drawn model in the app; each
 * difference is applied or kept, and the applied set is one undo step.
 */
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { CanvasPage } from './pages/CanvasPage';

const FIXTURES = 'src/domain/import/fixtures';
const fixtureFile = async (name: string) => ({ name, mimeType: 'text/plain', buffer: await readFile(`${FIXTURES}/${name}`) });

test('drift: the files contradict the drawn model; apply one difference, keep the rest, undo takes it back', async ({ page }) => {
  const canvas = new CanvasPage(page);
  await canvas.open();
  // The sample draws web-01 as web-01.xml describes it; the architect changed its vCPUs by hand.
  await canvas.openInspector();
  await canvas.selectNode('web-01');
  const vcpus = page.locator('.inspector [data-attribute="vcpus"]');
  await vcpus.getByRole('spinbutton').fill('2');
  await canvas.waitForSaved();
  const nodesBefore = await canvas.nodes().count();
  const compare = async () => {
    await page.getByTestId('open-import-config').click();
    await page.getByTestId('import-config-choose-input').setInputFiles([await fixtureFile('web-01.xml'), await fixtureFile('net-ovs-vlans.xml')]);
    await page.getByTestId('import-mode-drift').check();
  };

  await compare();
  await expect(page.locator('[data-testid="import-file"][data-file="net-ovs-vlans.xml"]')).toContainText('libvirt network XML · 3 components');
  const view = page.getByTestId('drift-view');
  const items = view.getByTestId('drift-item');
  const vcpuItem = view.locator('[data-testid="drift-item"][data-kind="attribute"][data-component="web-01"][data-attribute="vcpus"]');
  await expect(vcpuItem.locator('legend')).toHaveText('web-01: vCPUs is 2 in the model, 4 in the configuration (from web-01.xml, <vcpu>)');
  const total = await items.count();
  expect(total).toBeGreaterThan(1);
  // Configured parts the sample does not draw, and drawn guests no file mentions, are listed too.
  await expect(view.locator('[data-kind="missing-in-model"][data-component="br0"]')).toBeVisible();
  await expect(view.locator('[data-kind="missing-in-configuration"][data-component="db-01"]')).toBeVisible();
  // Every difference starts as "keep"; nothing can be applied yet.
  for (const keep of await view.getByTestId('drift-keep').all()) await expect(keep).toBeChecked();
  await expect(page.getByTestId('drift-apply-chosen')).toBeDisabled();
  await page.screenshot({ path: test.info().outputPath('drift-view.png') });
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  await vcpuItem.getByTestId('drift-apply').check();
  await expect(page.getByTestId('drift-apply-chosen')).toHaveText('Apply 1 difference');
  // Nothing has changed before the user confirms.
  await expect(vcpus.getByRole('spinbutton')).toHaveValue('2');
  await page.getByTestId('drift-apply-chosen').click();
  await expect(page.getByTestId('import-config-dialog')).toBeHidden();
  await expect(page.getByTestId('notice')).toContainText(`Applied 1 difference from the configuration; kept ${total - 1} others as drawn.`);
  await expect(vcpus.getByRole('spinbutton')).toHaveValue('4');
  await expect(vcpus.getByTestId('attribute-provenance')).toHaveText('from web-01.xml, <vcpu>');
  // Kept: no part was added or removed.
  await expect(canvas.nodes()).toHaveCount(nodesBefore);

  // The same comparison again shows that difference gone and the kept ones still there.
  await compare();
  await expect(items).toHaveCount(total - 1);
  await expect(vcpuItem).toHaveCount(0);
  await page.getByRole('button', { name: 'Cancel' }).click();

  // One undo step takes the applied difference back.
  await canvas.undo();
  await expect(vcpus.getByRole('spinbutton')).toHaveValue('2');
  await compare();
  await expect(items).toHaveCount(total);
});

test('drift: "Apply all" adds the configured parts and leaves no difference', async ({ page }) => {
  const canvas = new CanvasPage(page);
  await canvas.open();
  await page.getByTestId('open-import-config').click();
  await page.getByTestId('import-config-choose-input').setInputFiles([await fixtureFile('gpu-01.xml')]);
  await page.getByTestId('import-mode-drift').check();
  const view = page.getByTestId('drift-view');
  await expect(view.locator('[data-kind="missing-in-model"][data-component="gpu-01"]')).toBeVisible();
  await page.getByTestId('drift-apply-all').click();
  const n = await view.getByTestId('drift-item').count();
  await expect(page.getByTestId('drift-apply-chosen')).toHaveText(`Apply ${n} differences`);
  await page.getByTestId('drift-apply-chosen').click();
  await expect(canvas.node('gpu-01')).toBeVisible();
  // Drawn guests gpu-01.xml does not describe were among the differences: removed.
  await expect(canvas.node('db-01')).toHaveCount(0);
  await page.getByTestId('open-import-config').click();
  await page.getByTestId('import-config-choose-input').setInputFiles([await fixtureFile('gpu-01.xml')]);
  await page.getByTestId('import-mode-drift').check();
  // Everything the file states now agrees with the drawing.
  await expect(page.getByTestId('drift-none')).toBeVisible();
});

test('the new formats are recognised by content in the dialog and import into a new project', async ({ page }) => {
  const canvas = new CanvasPage(page);
  await canvas.open();
  await page.getByTestId('open-import-config').click();
  const files = ['101.conf', 'hv-get-vmnetworkadapter.json', 'esxi-advanced.csv', 'host-caps.xml', 'virt-host-validate.txt'];
  await page.getByTestId('import-config-choose-input').setInputFiles(await Promise.all(files.map(fixtureFile)));
  const row = (name: string) => page.locator(`[data-testid="import-file"][data-file="${name}"]`);
  await expect(row('101.conf')).toContainText('Proxmox qemu-server .conf · pve-web-01');
  await expect(row('hv-get-vmnetworkadapter.json')).toContainText('Hyper-V cmdlet JSON · sql-01, legacy-02');
  await expect(row('esxi-advanced.csv')).toContainText('ESXi advanced settings (PowerCLI CSV)');
  await expect(row('host-caps.xml')).toContainText('libvirt host capabilities');
  await expect(row('virt-host-validate.txt')).toContainText('virt-host-validate output');
  await page.getByTestId('import-mode-new').check();
  await page.getByTestId('import-apply').click();
  await expect(page.getByTestId('notice')).toContainText('Created "Imported platform".');
  await expect(canvas.node('pve-web-01')).toBeVisible();
  await canvas.openInspector();
  await canvas.selectNode('Host');
  await expect(page.locator('[data-attribute="physicalCores"]').getByTestId('attribute-provenance')).toHaveText(/^from host-caps\.xml, /);
});

test('drift: a VNC console listening on 0.0.0.0 contradicts a drawn loopback console; applying it takes the value and its source', async ({ page }) => {
  const canvas = new CanvasPage(page);
  await canvas.open();
  // The architect drew web-01's console as reachable from the host only.
  await canvas.openInspector();
  await canvas.selectNode('web-01');
  const consoleField = page.locator('.inspector [data-attribute="consoleListen"]');
  await consoleField.locator('select').first().selectOption({ label: 'Loopback only' });
  await canvas.waitForSaved();
  await page.getByTestId('open-import-config').click();
  await page.getByTestId('import-config-choose-input').setInputFiles([await fixtureFile('web-01.xml')]);
  await page.getByTestId('import-mode-drift').check();
  const item = page.getByTestId('drift-view').locator('[data-testid="drift-item"][data-kind="attribute"][data-component="web-01"][data-attribute="consoleListen"]');
  await expect(item.locator('legend')).toHaveText('web-01: Graphical console listens on is Loopback only in the model, Every host address (0.0.0.0 / ::) in the configuration (from web-01.xml, <graphics listen> 1)');
  await page.screenshot({ path: test.info().outputPath('drift-vnc.png') });
  await item.getByTestId('drift-apply').check();
  await expect(page.getByTestId('drift-apply-chosen')).toHaveText('Apply 1 difference');
  await page.getByTestId('drift-apply-chosen').click();
  await expect(page.getByTestId('import-config-dialog')).toBeHidden();
  await expect(consoleField.locator('select').first()).toHaveValue('all-addresses');
  await expect(consoleField.getByTestId('attribute-provenance')).toHaveText('from web-01.xml, <graphics listen> 1');
});
