import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { ProjectsPage } from './pages/ProjectsPage';
import { WorkbenchPage } from './pages/WorkbenchPage';

test('export a project, import it in another browser profile through the file chooser: the same project', async ({
  page,
  browser,
  workbench,
}) => {
  await workbench.open();
  const projects = new ProjectsPage(page);
  await workbench.projectNameField().fill('Exported platform');
  await workbench.waitForSaved();
  await projects.openProjects();
  const download = await projects.exportProject();
  expect(download.suggestedFilename()).toBe('exported-platform.htw.json');
  const path = test.info().outputPath('exported.json');
  await download.saveAs(path);
  const exported = JSON.parse(await readFile(path, 'utf8'));
  expect(exported).toMatchObject({
    format: 'hypervisor-threat-workbench/document',
    schemaVersion: 2,
    name: 'Exported platform',
    catalog: { id: 'nist-sp800-125a-r1' },
  });

  // Same browser: the id exists, so the import is a copy.
  await projects.chooseFile('import-project', path);
  await expect(projects.result()).toHaveText(
    'Imported "Exported platform". A project with the same id exists, so it was added as a copy.',
  );
  await expect(projects.projectRows()).toHaveCount(2);
  await projects.close();

  // A fresh profile (empty IndexedDB): importing gives the very same project, id included.
  const other = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const otherPage = await other.newPage();
  const otherWorkbench = new WorkbenchPage(otherPage);
  await otherWorkbench.open();
  const otherProjects = new ProjectsPage(otherPage);
  await otherProjects.openProjects();
  await otherProjects.chooseFile('import-project', path);
  await expect(otherProjects.result()).toHaveText('Imported "Exported platform".');
  await expect(otherWorkbench.projectNameField()).toHaveValue('Exported platform');
  const reExport = await otherProjects.exportProject();
  const again = test.info().outputPath('re-exported.json');
  await reExport.saveAs(again);
  expect(await readFile(again, 'utf8')).toBe(await readFile(path, 'utf8'));
  await other.close();
});

test('a backup of all projects restores into another profile', async ({ page, browser, workbench }) => {
  await workbench.open();
  const projects = new ProjectsPage(page);
  await projects.createProject('Second platform', 'xen-driver-domain');
  await projects.saveSnapshot('Baseline');
  await projects.close();
  await projects.openProjects();
  const download = await projects.exportBackup();
  const path = test.info().outputPath('backup.json');
  await download.saveAs(path);

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  const otherWorkbench = new WorkbenchPage(otherPage);
  await otherWorkbench.open();
  const otherProjects = new ProjectsPage(otherPage);
  await otherProjects.openProjects();
  await otherProjects.chooseFile('restore-backup', path);
  await expect(otherProjects.result()).toContainText('Restored the backup: 2 projects, 2 added');
  await expect(otherProjects.projectRow('Second platform')).toBeVisible();
  await otherProjects.openProject('Second platform');
  await expect(otherWorkbench.projectNameField()).toHaveValue('Second platform');
  const snapshots = await otherProjects.openSnapshots();
  await expect(snapshots.getByTestId('snapshot-row')).toHaveCount(1);
  await other.close();
});

const GOOD = async (page: Page) => {
  const projects = new ProjectsPage(page);
  await projects.openProjects();
  const download = await projects.exportProject();
  const text = await readFile(await download.path(), 'utf8');
  return JSON.parse(text) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
};

test('bad files are refused with a message naming what and where; nothing stored changes', async ({
  page,
  workbench,
}) => {
  await workbench.open();
  const projects = new ProjectsPage(page);
  const doc = await GOOD(page);
  const firstId = Object.keys(doc.components)[0]!;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const withChange = (change: (d: Record<string, any>) => void) => {
    const copy = JSON.parse(JSON.stringify(doc));
    change(copy);
    return JSON.stringify(copy, null, 2);
  };
  const cases: [string, string | Buffer, RegExp | string][] = [
    ['notes.txt', 'Just some notes, not JSON', '"notes.txt" is not valid JSON:'],
    [
      'cut.json',
      JSON.stringify(doc, null, 2).slice(0, 200),
      /"cut.json" is not valid JSON: .* at line \d+, column \d+\./,
    ],
    [
      'dragon.json',
      '{"format":"owasp-threat-dragon","version":"2.2.0"}',
      '"dragon.json" is not a Hypervisor Threat Workbench project: it is a file of format "owasp-threat-dragon".',
    ],
    [
      'future.json',
      withChange((d) => (d.schemaVersion = 7)),
      '"future.json" was written by a newer version of the workbench (schema version 7; this version reads up to 2). Update the workbench to open it.',
    ],
    [
      'types.json',
      withChange((d) => (d.components[firstId].type = 'mainframe-lpar')),
      `"types.json" uses the unknown component type "mainframe-lpar" at components.${firstId}.type; the threat catalog has no such type.`,
    ],
    [
      'proto.json',
      JSON.stringify(doc).replace('"scope":{', '"scope":{"__proto__":{"isAdmin":true},'),
      '"proto.json" contains the forbidden key "__proto__" at scope.',
    ],
    [
      'deep.json',
      `{"format":"hypervisor-threat-workbench/document","x":${'['.repeat(5000)}${']'.repeat(5000)}}`,
      /"deep.json" is nested too deeply \(more than 64 levels\) at line 1, column \d+\./,
    ],
    [
      'rtl.json',
      withChange((d) => (d.name = 'invoice\u202Efdp.exe')),
      '"rtl.json" contains text that is refused at name: the bidirectional control U+202E',
    ],
    ['huge.json', Buffer.alloc(21 * 1024 * 1024, 32), '"huge.json" is too large: 21.0 MB, the limit is 20.0 MB.'],
    // Issue 22 items 5, 8, 9: the app decodes and checks files as the CLI does.
    [
      'utf16.json',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify(doc), 'utf16le')]),
      '"utf16.json" is encoded as UTF-16 (little-endian) (it starts with that byte-order mark), not UTF-8.',
    ],
    [
      'latin1.json',
      Buffer.from(JSON.stringify(doc).replace('"scope":{', '"scope":{"x":"caf\u00e9",'), 'latin1'),
      /"latin1\.json" is not valid UTF-8: the bytes at offset \d+ do not form a character\./,
    ],
    [
      'secret.json',
      '{"format": SECRET-TOKEN}',
      '"secret.json" is not valid JSON: an unexpected character at line 1, column 12.',
    ],
    [
      'cycle.json',
      withChange((d) => (d.components[firstId].parentId = firstId)),
      `"cycle.json" nests components inside each other in a cycle at components.${firstId}.parentId: ${firstId} → ${firstId}.`,
    ],
    [
      'far.json',
      withChange((d) => (d.components[firstId].position.x = 1e308)),
      `"far.json" is not a valid project at components.${firstId}.position.x: a position must be a number from -1000000 to 1000000.`,
    ],
  ];
  const countBefore = await projects.projectRows().count();
  for (const [name, content, message] of cases) {
    await projects.chooseFile('import-project', {
      name,
      buffer: Buffer.isBuffer(content) ? content : Buffer.from(content),
    });
    const result = projects.result();
    await expect(result).toHaveAttribute('role', 'alert');
    if (typeof message === 'string') await expect(result).toContainText(message);
    else await expect(result).toHaveText(message);
    if (name === 'types.json') await page.screenshot({ path: test.info().outputPath('bad-file.png') });
  }
  await expect(projects.projectRows()).toHaveCount(countBefore);
  // A file saved by a Windows editor (UTF-8 with a byte-order mark) imports.
  await projects.chooseFile('import-project', {
    name: 'bom.json',
    buffer: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(doc))]),
  });
  await expect(projects.result()).toContainText('Imported');
  await expect(projects.projectRows()).toHaveCount(countBefore + 1);
  expect(await page.evaluate(() => (({}) as Record<string, unknown>).isAdmin)).toBeUndefined();
  // A backup given to "Import project" says which button to use.
  const download = await projects.exportBackup();
  await projects.chooseFile('import-project', { name: 'backup.json', buffer: await readFile(await download.path()) });
  await expect(projects.result()).toContainText('it is a workbench backup file (use "Restore backup" instead)');
});
