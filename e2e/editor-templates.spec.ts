import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { CanvasPage } from './pages/CanvasPage';

interface TemplateEntry {
  id: string;
  file: string;
  title: string;
}

const index = JSON.parse(readFileSync('threat-catalog/templates/index.json', 'utf8')) as { templates: TemplateEntry[] };
const templates = index.templates.map((t) => ({
  ...t,
  document: JSON.parse(readFileSync(`threat-catalog/templates/${t.file}`, 'utf8')) as {
    name: string;
    components: Record<string, unknown>;
    connections: Record<string, unknown>;
  },
}));

test('the first visit opens the sample platform', async ({ page }) => {
  const canvas = new CanvasPage(page);
  await canvas.open();
  const sample = templates.find((t) => t.id === 'kvm-libvirt')!;
  expect(await canvas.projectName()).toBe(sample.document.name);
  await expect(canvas.nodes()).toHaveCount(Object.keys(sample.document.components).length);
});

for (const template of templates) {
  test(`start from the template "${template.title}"`, async ({ page }) => {
    const canvas = new CanvasPage(page);
    await canvas.open();
    await canvas.startFrom('empty');
    await expect(canvas.nodes()).toHaveCount(0);
    await canvas.startFrom(template.id);
    await expect(canvas.nodes()).toHaveCount(Object.keys(template.document.components).length);
    await expect(canvas.edges()).toHaveCount(Object.keys(template.document.connections).length);
    expect(await canvas.projectName()).toBe(template.document.name);
    // Findings are live on the new platform: some component carries an open-recommendation badge.
    await expect(canvas.openBadges().first()).toBeVisible();
    // Starting over is one step back: undo is empty after opening a template.
    await expect(canvas.undoButton()).toBeDisabled();
  });
}
