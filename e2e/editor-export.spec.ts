import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { CanvasPage } from './pages/CanvasPage';

test('the diagram exports as PNG and SVG, framed, with its edges', async ({ page }, testInfo) => {
  const canvas = new CanvasPage(page);
  await canvas.open();

  const [png] = await Promise.all([page.waitForEvent('download'), canvas.toolbarButton('PNG').click()]);
  expect(png.suggestedFilename()).toMatch(/^KVM-QEMU-with-libvirt-sample\.png$/);
  const pngPath = testInfo.outputPath('diagram.png');
  await png.saveAs(pngPath);
  const bytes = readFileSync(pngPath);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  expect(width).toBeGreaterThan(300);
  expect(height).toBeGreaterThan(200);

  // Edges are in the picture: decode it in the page and look for edge-coloured pixels.
  const dataUrl = `data:image/png;base64,${bytes.toString('base64')}`;
  const coloured = await page.evaluate(async (src) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, c.width, c.height).data;
    let nonWhite = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 240 || data[i + 1]! < 240 || data[i + 2]! < 240) nonWhite++;
    return nonWhite / (c.width * c.height);
  }, dataUrl);
  expect(coloured).toBeGreaterThan(0.01);

  // Zoomed in, parts of the platform are off screen (and not rendered): the export still has them all.
  await canvas.clickEmptyCanvas(400);
  // Zoom in step by step until the node is culled: each step animates, so how far five quick
  // presses get depends on timing; the bounded loop waits for each step to settle.
  const viewport = canvas.viewport();
  for (let i = 0; i < 12 && (await canvas.node('Ansible + auditd').count()) > 0; i++) {
    const before = await viewport.evaluate((el) => (el as HTMLElement).style.transform);
    await page.keyboard.press('+');
    await expect.poll(() => viewport.evaluate((el) => (el as HTMLElement).style.transform)).not.toBe(before);
    // Settled: the transform reads the same at two polls in a row (the zoom animation ended).
    let last = '';
    await expect
      .poll(
        async () => {
          const now = await viewport.evaluate((el) => (el as HTMLElement).style.transform);
          const settled = now === last;
          last = now;
          return settled;
        },
        { intervals: [100] },
      )
      .toBe(true);
  }
  await expect(canvas.node('Ansible + auditd')).toHaveCount(0);
  const [svg] = await Promise.all([page.waitForEvent('download'), canvas.toolbarButton('SVG').click()]);
  const svgPath = testInfo.outputPath('diagram.svg');
  await svg.saveAs(svgPath);
  const text = readFileSync(svgPath, 'utf8');
  expect(text).toContain('<svg');
  expect(text).toContain('analytics-gpu-01');
  expect(text).toContain('Ansible + auditd');
  // Edge paths travel in the SVG too.
  expect(text).toContain('react-flow__edge-path');
});
