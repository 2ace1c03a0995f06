// Charts are drawn when they near the viewport (components/ui/chart-drawing.ts). Nothing is lost by drawing late:
// printing draws every chart, a chart far down the page downloads before it has been scrolled to, and its box
// keeps its height, so nothing on the page moves when it draws (issue 14).
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

/** Every chart box on the page, and how many of them have a drawn Recharts surface. */
async function chartCounts(page: Page) {
  const boxes = page.locator('[data-chart-drawn]');
  return {
    boxes: await boxes.count(),
    drawn: await boxes.filter({ has: page.locator('svg.recharts-surface') }).count(),
  };
}

test('printing (save as PDF) draws every chart of a Scorecard', async ({ page }) => {
  // A short window: most of the scorecard's charts are far below it.
  await page.setViewportSize({ width: 1280, height: 500 });
  await page.goto('/members/KEN');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('[data-chart-drawn]').nth(3)).toBeAttached();
  const before = await chartCounts(page);
  expect(before.boxes).toBeGreaterThan(3);
  expect(before.drawn).toBeLessThan(before.boxes);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const after = await chartCounts(page);
  expect(after.drawn).toBe(after.boxes);
});

test('a chart far below the first screen downloads before it is scrolled to', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 500 });
  await page.goto('/');
  const regions = page.getByRole('figure', { name: /Security Index by region/ });
  // The sections below the world chart render once the page is first idle.
  await expect(regions).toBeAttached({ timeout: 20_000 });
  await expect(regions.locator('[data-chart-drawn]')).toHaveAttribute('data-chart-drawn', 'false');
  // By keyboard, without scrolling: focus the frame's Download button in place and open the menu.
  await regions.getByRole('button', { name: /^Download/ }).evaluate((button: HTMLElement) => {
    button.focus({ preventScroll: true });
  });
  await page.keyboard.press('Enter');
  // The menu opens on its first item (PNG); SVG is the next one.
  await expect(page.getByRole('menuitem', { name: /PNG/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: /SVG/ })).toBeFocused();
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const svg = readFileSync(await file.path(), 'utf8');
  // The world and six regions, each a drawn line in the exported image.
  const lines = svg.match(/class="[^"]*recharts-line-curve/g) ?? [];
  expect(lines.length).toBe(7);
});

test('a chart drawing as it is scrolled to moves nothing on the page', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 500 });
  await page.goto('/');
  const regions = page.getByRole('figure', { name: /Security Index by region/ });
  const box = regions.locator('[data-chart-drawn]');
  await expect(regions).toBeAttached({ timeout: 20_000 });
  await expect(box).toHaveAttribute('data-chart-drawn', 'false');
  const placeholderBox = await box.boundingBox();
  // Layout shifts from here on (the Layout Instability API), summed.
  await page.evaluate(() => {
    window.__shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__shifts += (entry as PerformanceEntry & { value: number }).value;
    }).observe({ type: 'layout-shift' });
  });
  await regions.scrollIntoViewIfNeeded();
  await expect(box.locator('svg.chart-sketch__surface')).toBeVisible();
  const drawnBox = await box.boundingBox();
  expect(drawnBox?.height).toBe(placeholderBox?.height);
  expect(await page.evaluate(() => window.__shifts)).toBe(0);
});

declare global {
  interface Window {
    __shifts: number;
  }
}
