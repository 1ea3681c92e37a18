/**
 * draw.io diagrams (issue 21): "Import project…" takes a committed .drawio file, plain or
 * compressed, opens it as a new project with its shapes on the canvas (nested in their
 * container), and names the shapes whose type nothing maps so the user reviews them.
 */
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures';
import { ProjectsPage } from './pages/ProjectsPage';

const fixture = (name: string) => fileURLToPath(new URL(`../src/test/fixtures/drawio/${name}`, import.meta.url));

for (const file of ['kvm-host.drawio', 'kvm-host-compressed.drawio']) {
  test(`imports ${file} onto the canvas and flags the unmapped shape`, async ({ page, workbench }) => {
    await workbench.open();
    const projects = new ProjectsPage(page);
    await projects.openProjects();
    await projects.chooseFile('import-project', fixture(file));
    const result = projects.result();
    await expect(result).toContainText('from a draw.io diagram');
    await expect(result).toContainText('Review the type of: Billing widget');
    const count = Number(/\((\d+) components\)/.exec((await result.textContent()) ?? '')?.[1]);
    expect(count).toBeGreaterThanOrEqual(5);
    await projects.close();
    const nodes = page.getByTestId('component-node');
    await expect(nodes).toHaveCount(count);
    for (const id of ['host', 'kvm', 'web', 'qemu', 'mystery'])
      await expect(page.locator(`[data-testid="component-node"][data-component-id="${id}"]`)).toBeVisible();
    await expect(page.locator('[data-component-id="host"]')).toContainText('Physical host');
    await page.screenshot({ path: test.info().outputPath(`${file}.png`) });
  });
}
