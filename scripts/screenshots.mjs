// Screenshots of every view, light and dark, desktop (1280) and phone (390): for comparing a change by eye.
// Usage: node scripts/screenshots.mjs <base-url> <out-dir>   (the app must already be served at <base-url>)
import { mkdir } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from './browser-path.mjs';

const [base = 'http://127.0.0.1:4173', out = 'screenshots'] = process.argv.slice(2);
const ROUTES = [
  ['overview', '/'],
  ['explore-chart', '/explore?tab=chart&members=KEN'],
  ['explore-table', '/explore?tab=table'],
  ['explore-map', '/explore?tab=map'],
  ['members', '/members'],
  ['scorecard', '/members/KEN'],
  ['compare', '/compare?members=KEN,FRA'],
  ['matrix', '/matrix'],
  ['transitions', '/transitions'],
  ['reporting', '/reporting'],
  ['methodology', '/methodology'],
];
const SIZES = [
  ['desktop', { width: 1280, height: 900 }],
  ['phone', { width: 390, height: 844 }],
];

await mkdir(out, { recursive: true });
const browser = await chromium.launch({ executablePath: findBrowser()?.executablePath, args: [...CHROMIUM_ARGS] });
for (const theme of ['light', 'dark']) {
  for (const [size, viewport] of SIZES) {
    const context = await browser.newContext({ viewport, colorScheme: theme, serviceWorkers: 'block' });
    const page = await context.newPage();
    for (const [name, path] of ROUTES) {
      await page.goto(`${base}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${out}/${name}-${theme}-${size}.png`, fullPage: true });
    }
    await context.close();
  }
}
await browser.close();
console.log(`screenshots in ${out}`);
