// A chart is drawn first as a static sketch, without Recharts (components/ui/chart-sketch.tsx), and the Recharts
// chart takes its place when the reader reaches for it (issue 14). The two must be the same picture: the same
// labels in the same places and the same lines through the same points, so that nothing moves when one replaces
// the other; and the page must not download Recharts until then.
import { expect, test, type Locator, type Page } from '@playwright/test';

interface Drawing {
  /** Each text with its position in the chart's box, rounded to the pixel. */
  readonly texts: readonly string[];
  /** Each line's points, in order. */
  readonly lines: readonly (readonly number[])[];
}

/** What the chart in `box` draws now: its sketch or its Recharts surface, whichever is there. */
async function drawing(box: Locator): Promise<Drawing> {
  return box.evaluate((element) => {
    const svg = element.querySelector('svg.recharts-surface, svg.chart-sketch__surface');
    if (!svg) return { texts: [], lines: [] };
    const origin = element.getBoundingClientRect();
    const texts = [...svg.querySelectorAll('text')]
      .filter((text) => text.textContent.trim() !== '')
      .map((text) => {
        const rect = text.getBoundingClientRect();
        return `${text.textContent}@${Math.round(rect.x - origin.x)},${Math.round(rect.y - origin.y)}`;
      })
      .sort();
    const lines = [...svg.querySelectorAll('path.recharts-line-curve, path.chart-sketch__line')].map((path) =>
      (path.getAttribute('d') ?? '').split(/[ML,]/).filter(Boolean).map(Number),
    );
    return { texts, lines };
  });
}

/** The box's place on the page (not in the viewport: reaching for the chart may scroll it). */
function pageBox(box: Locator) {
  return box.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    return { x: rect.x + window.scrollX, y: rect.y + window.scrollY, width: rect.width, height: rect.height };
  });
}

/** Opens `path` and returns its first chart's box once its sketch is drawn. */
async function sketchOf(page: Page, path: string, name: RegExp): Promise<Locator> {
  await page.goto(path);
  const figure = page.getByRole('figure', { name }).first();
  // On a phone a Scorecard's first chart is below the first screen: it draws as it nears the viewport.
  await figure.scrollIntoViewIfNeeded({ timeout: 20_000 });
  const box = figure.locator('[data-chart-drawn="true"]');
  await expect(box.locator('svg.chart-sketch__surface path.chart-sketch__line').first()).toBeVisible({
    timeout: 20_000,
  });
  await expect(box).toHaveAttribute('data-chart-interactive', 'false');
  return box;
}

const CASES = [
  { view: 'the Overview', path: '/', name: /^World Security Index/ },
  // End labels at the lines' ends, nudged apart.
  { view: 'the Explorer', path: '/explore?measure=PAX&regions=EUR,AP', name: /^Passenger controls/ },
  // Values in their own unit: bounds and ticks from the data ('auto').
  { view: 'a Scorecard', path: '/members/KEN', name: /Security Index/ },
];

for (const { view, path, name } of CASES) {
  for (const width of [390, 1280]) {
    test(`on ${view} at ${width} px the sketch is the Recharts chart's picture, and it is replaced in place`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      const recharts: string[] = [];
      page.on('request', (request) => {
        if (/\/assets\/(line-chart|RechartsWrapper)-/.test(request.url())) recharts.push(request.url());
      });
      const box = await sketchOf(page, path, name);
      const sketch = await drawing(box);
      expect(sketch.lines.length).toBeGreaterThan(0);
      expect(recharts, 'no Recharts code before the chart is reached for').toEqual([]);
      const before = await pageBox(box);

      await box.hover();
      await expect(box).toHaveAttribute('data-chart-interactive', 'true');
      await expect(box.locator('svg.recharts-surface path.recharts-line-curve').first()).toBeVisible();
      expect(recharts.length).toBeGreaterThan(0);
      const drawn = await drawing(box);
      expect(drawn.texts).toEqual(sketch.texts);
      expect(drawn.lines.length).toBe(sketch.lines.length);
      drawn.lines.forEach((line, i) => {
        const points = sketch.lines[i] ?? [];
        expect(line.length, `line ${i}`).toBe(points.length);
        line.forEach((value, j) => {
          expect(Math.abs(value - (points[j] ?? Number.NaN)), `line ${i}`).toBeLessThan(0.01);
        });
      });
      expect(await pageBox(box)).toEqual(before);
    });
  }
}

test('the keyboard focus brings the explorable chart, and its arrows walk the points', async ({ page }) => {
  const box = await sketchOf(page, '/', /^World Security Index/);
  await box.focus();
  await expect(box).toHaveAttribute('data-chart-interactive', 'true');
  await page.keyboard.press('End');
  await expect(box.locator('.chart-focus-marker')).toHaveCount(1);
});
