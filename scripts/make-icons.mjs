#!/usr/bin/env node
// Draws the PWA icons of public/icons/ from the mark of public/favicon.svg with headless
// Chromium (no image tool needed): `node scripts/make-icons.mjs`. The PNGs are committed; run
// this again only when the mark changes. "maskable" keeps the mark inside the central 80 %
// that every launcher's mask leaves visible (W3C Web App Manifest, "purpose" member).
import { chromium } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { findChromium } from './findChromium.mjs';

const mark = readFileSync(new URL('../public/favicon.svg', import.meta.url), 'utf8');
const inner = mark.replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
// Full-bleed background, the mark at 60 % in the middle.
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#1d3557"/><g transform="translate(6.4 6.4) scale(0.6)">${inner}</g></svg>`;
const icons = [
  { file: 'icon-192.png', size: 192, svg: mark },
  { file: 'icon-512.png', size: 512, svg: mark },
  { file: 'icon-maskable-512.png', size: 512, svg: maskable },
];

const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--headless'] });
try {
  for (const { file, size, svg } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body>`,
    );
    writeFileSync(new URL(`../public/icons/${file}`, import.meta.url), await page.screenshot({ omitBackground: true }));
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`wrote ${icons.map((i) => i.file).join(', ')} to public/icons/`);
