import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { CanvasPage } from './pages/CanvasPage';
import { ChecklistPage } from './pages/ChecklistPage';

/** HY-SR-6C in the checklist as applying (the checklist may hide items that do not apply). */
const applicable6C = (page: Page) => new ChecklistPage(page).itemThat('HY-SR-6C', 'applicable');

test('build a small KVM platform from the palette, pass a GPU through, see HY-SR-6C with its reason, undo it', async ({
  page,
}, testInfo) => {
  const canvas = new CanvasPage(page);
  await canvas.open();
  await canvas.startFrom('empty');
  await expect(canvas.nodes()).toHaveCount(0);

  // A host, then (with the host selected) a hypervisor, a VM and a GPU go inside it.
  await canvas.addFromPalette('physical-host');
  await expect(canvas.node('Physical host 1')).toBeVisible();
  await canvas.addFromPalette('hypervisor-kernel');
  await canvas.selectNode('Physical host 1');
  await canvas.addFromPalette('guest-vm');
  await canvas.selectNode('Physical host 1');
  await canvas.addFromPalette('passthrough-device');
  await expect(canvas.nodes()).toHaveCount(4);
  // Nested: the VM is drawn inside the host's box.
  const host = await canvas.boxOf('Physical host 1');
  const vm = await canvas.boxOf('Guest VM 1');
  expect(vm.x).toBeGreaterThan(host.x);
  expect(vm.y + vm.height).toBeLessThan(host.y + host.height + 1);

  // The VM runs on the hypervisor (the only kind allowed: drawn at once).
  await canvas.selectNode('Guest VM 1');
  await canvas.connectByKeyboard('Hypervisor kernel 1', /^Runs on: Guest VM 1/);
  await expect(canvas.edges()).toHaveCount(1);

  // Assign the GPU to the VM by passthrough: the dialog asks for the mode.
  await canvas.selectNode('Passthrough device 1');
  await canvas.connectByKeyboard('Guest VM 1', 'Device assignment', 'Passthrough');
  await expect(canvas.edges()).toHaveCount(2);
  await expect(canvas.connectionInspector()).toBeVisible();
  await expect(canvas.inspectorField('Mode')).toHaveValue('passthrough');

  await canvas.selectNode('Guest VM 1');
  await expect(canvas.findingRecommendations().filter({ hasText: 'HY-SR-6C' })).toHaveCount(1);
  await expect(canvas.findingReason('HY-SR-6C').first()).toContainText(/Passthrough device 1|passthrough/i);
  await canvas.openChecklist();
  await expect(canvas.checklistItem('HY-SR-6C')).toHaveAttribute('data-applicability', 'applicable');
  await page.screenshot({ path: testInfo.outputPath('kvm-platform.png') });

  // Undo the assignment: HY-SR-6C no longer applies.
  await canvas.clickEmptyCanvas(300);
  await canvas.undo();
  await expect(canvas.edges()).toHaveCount(1);
  await expect(applicable6C(page)).toHaveCount(0);
  await canvas.openInspector();
  await canvas.selectNode('Guest VM 1');
  await expect(canvas.findingRecommendations().filter({ hasText: 'HY-SR-6C' })).toHaveCount(0);

  // Redo brings it back.
  await canvas.clickEmptyCanvas(300);
  await canvas.redo();
  await expect(canvas.edges()).toHaveCount(2);
  await canvas.openChecklist();
  await expect(canvas.checklistItem('HY-SR-6C')).toHaveAttribute('data-applicability', 'applicable');
});

test('the mode of a device assignment is editable in the connection inspector and decides 6A/6B/6C', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  await canvas.startEmptyWith('physical-host', 'guest-vm');
  await canvas.selectNode('Physical host 1');
  await canvas.addFromPalette('physical-nic');
  await canvas.connectByKeyboard('Guest VM 1', 'Device assignment', 'Emulated');
  await canvas.openChecklist();
  await expect(applicable6C(page)).toHaveCount(0);
  await canvas.openInspector();
  await canvas.edges().first().click({ force: true });
  await expect(canvas.connectionInspector()).toBeVisible();
  await canvas.inspectorField('Mode').selectOption('sriov-vf');
  await canvas.openChecklist();
  await expect(applicable6C(page)).toHaveCount(1);
});

test('only the kinds the catalog allows are offered; a connection that exists already is refused with a message', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  await canvas.open();
  await canvas.startFrom('empty');
  await canvas.addFromPalette('tpm');
  await canvas.addFromPalette('iommu');
  await canvas.selectNode('TPM / measured launch 1');
  await page.keyboard.press('c');
  await canvas.chooseOtherEnd('IOMMU 1');
  const kinds = await canvas.connectDialog().getByLabel('Kind of connection').locator('option').allTextContents();
  // A TPM neither runs on nor is assigned to an IOMMU: only the generic data flow, both ways.
  expect(kinds.filter((k) => k !== 'Choose…').map((k) => k.split(':')[0])).toEqual(['Data flow', 'Data flow']);
  await page.keyboard.press('Escape');
  await expect(canvas.connectDialog()).toBeHidden();

  await canvas.connectByKeyboard('IOMMU 1', /^Data flow: TPM/);
  await canvas.selectNode('TPM / measured launch 1');
  await canvas.connectByKeyboard('IOMMU 1', /^Data flow: IOMMU/);
  await canvas.selectNode('TPM / measured launch 1');
  await page.keyboard.press('c');
  await canvas.chooseOtherEnd('IOMMU 1');
  await expect(canvas.connectRefusal()).toContainText('already joined by "Data flow"');
  await expect(canvas.connectDialog().getByRole('button', { name: 'Connect', exact: true })).toBeDisabled();
});
