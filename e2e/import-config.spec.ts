/**
 * Issue 18, import in the app: configuration files dropped on the canvas or chosen in the
 * dialog are previewed per file, applied as one undo step, and a malformed file is refused
 * with its file and line while nothing stored changes.
 */
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { CanvasPage } from './pages/CanvasPage';
import { IMPORT_FIXTURES, ImportConfigPage } from './pages/ImportConfigPage';
import { ProjectsPage } from './pages/ProjectsPage';

/** No serious or critical axe violation on the whole page (the dialog open over the workbench). */
async function expectAccessible(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${screen} ${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    );
  expect(serious).toEqual([]);
}

test('drop a domain XML on the canvas, choose another: per-file preview, one undoable import, provenance in the inspector', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  const importer = new ImportConfigPage(page);
  await canvas.open();
  await canvas.openChecklist();
  // The checklist's summary line (apply · need input · not applicable · gaps) before the import.
  const checklistSummary = () => canvas.checklistSummary();
  const summaryBefore = await checklistSummary();
  const nodesBefore = await canvas.nodes().count();
  await canvas.waitForSaved();

  await importer.dropFiles('canvas', [
    { name: 'web-01.xml', text: await readFile(`${IMPORT_FIXTURES}/web-01.xml`, 'utf8') },
  ]);
  const dialog = importer.dialog();
  await expect(dialog).toBeVisible();
  await expect(importer.fileRow('web-01.xml')).toHaveAttribute('data-ok', 'true');
  await expect(importer.fileRow('web-01.xml')).toContainText(
    'web-01.xml · libvirt domain XML · web-01 · 10 components, 10 connections',
  );
  await importer.chooseFixtures('gpu-01.xml');
  await expect(importer.fileRow('gpu-01.xml')).toContainText('libvirt domain XML · gpu-01');
  // The sample already draws the host, the hypervisor and web-01: they are matched, not duplicated.
  await expect(importer.counts()).toContainText(/^Adds \d+ components and \d+ connections/);
  await expect(dialog).toContainText('Adds gpu-01 (Guest VM)');
  await expect(dialog).not.toContainText('Adds web-01 (');
  await page.screenshot({ path: test.info().outputPath('import-preview.png') });
  await expectAccessible(page, 'import preview');
  // Nothing has changed yet.
  await expect(canvas.nodes()).toHaveCount(nodesBefore);

  await importer.apply();
  await expect(dialog).toBeHidden();
  const notice = canvas.notice();
  await expect(notice).toContainText(/^Imported 2 domains: \d+ components, \d+ connections/);
  await expect(canvas.node('gpu-01')).toBeVisible();
  await expect(canvas.node('web-01')).toHaveCount(1);
  await expect(canvas.node('gpu-01 nic1 (e1000)')).toBeVisible();
  // The new guest with its emulated NICs and passthrough devices asks for more answers.
  await expect.poll(checklistSummary).not.toBe(summaryBefore);
  await page.screenshot({ path: test.info().outputPath('import-applied.png') });

  // The inspector says where an imported value came from; setting it by hand drops that.
  await canvas.openInspector();
  await canvas.selectNode('gpu-01');
  const provenance = canvas.attributeProvenance('vcpus');
  await expect(provenance).toHaveText('from gpu-01.xml, <vcpu>');
  await page.screenshot({ path: test.info().outputPath('import-provenance.png') });
  await expect(canvas.noticeAction()).toBeVisible();
  await canvas.inspectorAttribute('vcpus').getByRole('spinbutton').fill('12');
  await expect(provenance).toHaveCount(0);
  // The notice's Undo would now undo the edit, not the import: it is withdrawn.
  await expect(canvas.noticeAction()).toHaveCount(0);
  await canvas.undoButton().click();
  await expect(provenance).toHaveText('from gpu-01.xml, <vcpu>');

  // One step: Undo in the notice (re-shown by importing again would be another step) takes all of it back.
  await canvas.undoButton().click();
  await expect(canvas.node('gpu-01')).toHaveCount(0);
  await expect(canvas.node('gpu-01 nic1 (e1000)')).toHaveCount(0);
  await expect(canvas.undoButton()).toBeDisabled();
  await canvas.openChecklist();
  await expect.poll(checklistSummary).toBe(summaryBefore);
});

test('Undo in the notice takes the whole import back; a new project gets its own', async ({ page }) => {
  const canvas = new CanvasPage(page);
  const importer = new ImportConfigPage(page);
  await canvas.open();
  // The Projects dialog leads to the same import.
  const projects = new ProjectsPage(page);
  await projects.openProjects();
  await importer.openFromProjects();
  await expect(projects.dialog()).toBeHidden();
  await importer.chooseFixtures('hvm-stub.cfg', 'netdd.cfg');
  await expect(importer.fileRow('hvm-stub.cfg')).toContainText('Xen xl.cfg');
  await expect(importer.applyButton()).toHaveText('Import 2 files');
  await importer.apply();
  await expect(canvas.notice()).toContainText('Imported 2 domains');
  await expect(canvas.node('win-01')).toBeVisible();
  await canvas.noticeAction().click();
  await expect(canvas.node('win-01')).toHaveCount(0);
  await expect(canvas.undoButton()).toBeDisabled();

  await importer.open();
  await importer.chooseFixtures('db-01.vmx');
  // Issue 15 (plurals): one file is "1 file", one domain "1 domain".
  await expect(importer.applyButton()).toHaveText('Import 1 file');
  await importer.chooseMode('new');
  await importer.newProjectNameField().fill('ESXi as built');
  await importer.apply();
  await expect(canvas.notice()).toContainText('Created "ESXi as built". Imported 1 domain:');
  await expect(canvas.projectNameField()).toHaveValue('ESXi as built');
  await expect(canvas.node('db-01')).toBeVisible();
  await canvas.waitForSaved();
  await projects.openProjects();
  await expect(projects.projectRows()).toHaveCount(2);
});

test('a malformed file is refused with its file and line; nothing changes, nothing is stored', async ({ page }) => {
  const canvas = new CanvasPage(page);
  await canvas.open();
  await canvas.waitForSaved();
  const nodesBefore = await canvas.nodes().count();
  const projects = new ProjectsPage(page);
  const importer = new ImportConfigPage(page);

  await importer.open();
  // Dropped on the dialog beside the drop zone: taken all the same (the browser does not open it).
  await importer.dropFiles('import-config-dialog', [
    {
      name: 'broken.xml',
      text: "<domain type='kvm'>\n  <name>bad</name>\n  <devices>\n    <interface type='bridge'>\n  </devices>\n</domain>\n",
    },
  ]);
  await importer.choose([
    {
      name: 'lol.xml',
      mimeType: 'text/xml',
      buffer: Buffer.from('<?xml version="1.0"?>\n<!DOCTYPE lol [<!ENTITY a "aaaa">]>\n<domain/>'),
    },
  ]);
  await expect(importer.fileRow('broken.xml')).toHaveAttribute('data-ok', 'false');
  await expect(importer.fileRow('broken.xml')).toContainText(
    "broken.xml:5: not well-formed XML: Expected closing tag 'interface'",
  );
  await expect(importer.fileRow('lol.xml')).toContainText('lol.xml:2: <!DOCTYPE is not accepted');
  await expect(importer.applyButton()).toBeDisabled();
  await page.screenshot({ path: test.info().outputPath('import-refused.png') });
  await expectAccessible(page, 'import refused');
  await importer.cancel();

  await expect(canvas.nodes()).toHaveCount(nodesBefore);
  await expect(canvas.undoButton()).toBeDisabled();
  await expect(canvas.saveState()).toHaveText('Saved');
  await projects.openProjects();
  await expect(projects.projectRows()).toHaveCount(1);
  await projects.close();
  // After a reload the stored project is what it was.
  await page.reload();
  await expect(canvas.nodes().first()).toBeVisible();
  await expect(canvas.nodes()).toHaveCount(nodesBefore);
});
