// The built app in a real Chromium: on /transitions every table fits its own box at a desktop width (the
// "Moved up" / "Moved down" tables used to run past the right edge of their panels at 1280 px, cut off), and
// at a phone width a table wider than its box scrolls inside that box rather than out of it.
import { expect, test, type Page } from '@playwright/test';
import { openRoute } from './routes';

/** Every table whose content is wider than its box and cannot scroll, or whose box sticks out of its panel. */
async function clippedTables(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLTableElement>('main table')].flatMap((table) => {
      const box = table.parentElement;
      const panel = box?.parentElement;
      if (!box || !panel) return [];
      const scrolls = ['auto', 'scroll'].includes(getComputedStyle(box).overflowX);
      const wider = table.scrollWidth > box.clientWidth + 1;
      const outside = box.getBoundingClientRect().right > panel.getBoundingClientRect().right + 1;
      return (wider && !scrolls) || outside
        ? [{ caption: table.caption?.textContent ?? '', table: table.scrollWidth, box: box.clientWidth }]
        : [];
    }),
  );
}

test('at 1280 px every table on /transitions fits its box, the lists of who moved included', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openRoute(page, '/transitions?from=2015');
  await expect(page.getByRole('region', { name: /^Moved up/ })).toBeVisible();
  const widths = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLTableElement>('main table')].map((table) => ({
      caption: table.caption?.textContent ?? '',
      table: table.scrollWidth,
      box: table.parentElement?.clientWidth ?? 0,
    })),
  );
  // The summary, the rating table and the list of who moved up (nobody moves down in this comparison).
  expect(widths.map((entry) => entry.caption)).toContainEqual(expect.stringMatching(/^Moved up/));
  expect(widths.filter((entry) => entry.table > entry.box + 1)).toEqual([]);
  expect(await clippedTables(page)).toEqual([]);
  await page.screenshot({ path: `${test.info().outputDir}/transitions-1280.png`, fullPage: true });
});

test('at 390 px the tables on /transitions scroll inside their own boxes', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openRoute(page, '/transitions?from=2015');
  await expect(page.getByRole('region', { name: /^Moved down/ })).toBeVisible();
  expect(await clippedTables(page)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: `${test.info().outputDir}/transitions-390.png`, fullPage: true });
});
