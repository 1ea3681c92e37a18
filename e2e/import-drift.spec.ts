/**
 * Issue 18, drift view: configuration files compared with the drawn model in the app; each
 * difference is applied or kept, and the applied set is one undo step.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { CanvasPage } from './pages/CanvasPage';
import { ImportConfigPage } from './pages/ImportConfigPage';

test('drift: the files contradict the drawn model; apply one difference, keep the rest, undo takes it back', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  const importer = new ImportConfigPage(page);
  await canvas.open();
  // The sample draws web-01 as web-01.xml describes it; the architect changed its vCPUs by hand.
  await canvas.openInspector();
  await canvas.selectNode('web-01');
  const vcpus = canvas.inspectorAttribute('vcpus').getByRole('spinbutton');
  await vcpus.fill('2');
  await canvas.waitForSaved();
  const nodesBefore = await canvas.nodes().count();
  const compare = async () => {
    await importer.open();
    await importer.chooseFixtures('web-01.xml', 'net-ovs-vlans.xml');
    await importer.chooseMode('drift');
  };

  await compare();
  await expect(importer.fileRow('net-ovs-vlans.xml')).toContainText('libvirt network XML · 3 components');
  const items = importer.driftItems();
  const vcpuItem = importer.attributeDrift('web-01', 'vcpus');
  await expect(importer.driftText(vcpuItem)).toHaveText(
    'web-01: vCPUs is 2 in the model, 4 in the configuration (from web-01.xml, <vcpu>)',
  );
  const total = await items.count();
  expect(total).toBeGreaterThan(1);
  // Configured parts the sample does not draw, and drawn guests no file mentions, are listed too.
  await expect(importer.driftItem('missing-in-model', 'br0')).toBeVisible();
  await expect(importer.driftItem('missing-in-configuration', 'db-01')).toBeVisible();
  // Every difference starts as "keep"; nothing can be applied yet.
  for (const keep of await importer.keepChoices().all()) await expect(keep).toBeChecked();
  await expect(importer.applyChosenButton()).toBeDisabled();
  await page.screenshot({ path: test.info().outputPath('drift-view.png') });
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  await importer.chooseApply(vcpuItem);
  await expect(importer.applyChosenButton()).toHaveText('Apply 1 difference');
  // Nothing has changed before the user confirms.
  await expect(vcpus).toHaveValue('2');
  await importer.applyChosenButton().click();
  await expect(importer.dialog()).toBeHidden();
  await expect(canvas.notice()).toContainText(
    `Applied 1 difference from the configuration; kept ${total - 1} others as drawn.`,
  );
  await expect(vcpus).toHaveValue('4');
  await expect(canvas.attributeProvenance('vcpus')).toHaveText('from web-01.xml, <vcpu>');
  // Kept: no part was added or removed.
  await expect(canvas.nodes()).toHaveCount(nodesBefore);

  // The same comparison again shows that difference gone and the kept ones still there.
  await compare();
  await expect(items).toHaveCount(total - 1);
  await expect(vcpuItem).toHaveCount(0);
  await importer.cancel();

  // One undo step takes the applied difference back.
  await canvas.undo();
  await expect(vcpus).toHaveValue('2');
  await compare();
  await expect(items).toHaveCount(total);
});

test('drift: "Apply all" adds the configured parts and leaves no difference', async ({ page }) => {
  const canvas = new CanvasPage(page);
  const importer = new ImportConfigPage(page);
  await canvas.open();
  await importer.open();
  await importer.chooseFixtures('gpu-01.xml');
  await importer.chooseMode('drift');
  await expect(importer.driftItem('missing-in-model', 'gpu-01')).toBeVisible();
  await importer.applyAll();
  const n = await importer.driftItems().count();
  await expect(importer.applyChosenButton()).toHaveText(`Apply ${n} differences`);
  await importer.applyChosenButton().click();
  await expect(canvas.node('gpu-01')).toBeVisible();
  // Drawn guests gpu-01.xml does not describe were among the differences: removed.
  await expect(canvas.node('db-01')).toHaveCount(0);
  await importer.open();
  await importer.chooseFixtures('gpu-01.xml');
  await importer.chooseMode('drift');
  // Everything the file states now agrees with the drawing.
  await expect(importer.noDrift()).toBeVisible();
});

test('the new formats are recognised by content in the dialog and import into a new project', async ({ page }) => {
  const canvas = new CanvasPage(page);
  const importer = new ImportConfigPage(page);
  await canvas.open();
  await importer.open();
  await importer.chooseFixtures(
    '101.conf',
    'hv-get-vmnetworkadapter.json',
    'esxi-advanced.csv',
    'host-caps.xml',
    'virt-host-validate.txt',
  );
  const row = (name: string) => importer.fileRow(name);
  await expect(row('101.conf')).toContainText('Proxmox qemu-server .conf · pve-web-01');
  await expect(row('hv-get-vmnetworkadapter.json')).toContainText('Hyper-V cmdlet JSON · sql-01, legacy-02');
  await expect(row('esxi-advanced.csv')).toContainText('ESXi advanced settings (PowerCLI CSV)');
  await expect(row('host-caps.xml')).toContainText('libvirt host capabilities');
  await expect(row('virt-host-validate.txt')).toContainText('virt-host-validate output');
  await importer.chooseMode('new');
  await importer.apply();
  await expect(canvas.notice()).toContainText('Created "Imported platform".');
  await expect(canvas.node('pve-web-01')).toBeVisible();
  await canvas.openInspector();
  await canvas.selectNode('Host');
  await expect(canvas.attributeProvenance('physicalCores')).toHaveText(/^from host-caps\.xml, /);
});

test('drift: a VNC console listening on 0.0.0.0 contradicts a drawn loopback console; applying it takes the value and its source', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  const importer = new ImportConfigPage(page);
  await canvas.open();
  // The architect drew web-01's console as reachable from the host only.
  await canvas.openInspector();
  await canvas.selectNode('web-01');
  const consoleSelect = canvas.inspectorAttribute('consoleListen').locator('select').first();
  await consoleSelect.selectOption({ label: 'Loopback only' });
  await canvas.waitForSaved();
  await importer.open();
  await importer.chooseFixtures('web-01.xml');
  await importer.chooseMode('drift');
  const item = importer.attributeDrift('web-01', 'consoleListen');
  await expect(importer.driftText(item)).toHaveText(
    'web-01: Graphical console listens on is Loopback only in the model, Every host address (0.0.0.0 / ::) in the configuration (from web-01.xml, <graphics listen> 1)',
  );
  await page.screenshot({ path: test.info().outputPath('drift-vnc.png') });
  await importer.chooseApply(item);
  await expect(importer.applyChosenButton()).toHaveText('Apply 1 difference');
  await importer.applyChosenButton().click();
  await expect(importer.dialog()).toBeHidden();
  await expect(consoleSelect).toHaveValue('all-addresses');
  await expect(canvas.attributeProvenance('consoleListen')).toHaveText('from web-01.xml, <graphics listen> 1');
});
