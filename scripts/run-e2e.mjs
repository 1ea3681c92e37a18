#!/usr/bin/env node
// Runs the Playwright suite against the built app with a Chromium found on this machine.
import { spawnSync } from 'node:child_process';
import { findChromium, findPlaywrightChromium, HOW_TO_GET_CHROMIUM } from './findChromium.mjs';

const chromium = findChromium() ?? (await findPlaywrightChromium());
if (!chromium) {
  if (process.env.CHROMIUM_PATH) console.error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist.`);
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(1);
}
console.log(`e2e: using Chromium at ${chromium}`);
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromium },
});
process.exit(result.status ?? 1);
