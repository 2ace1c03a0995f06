// The built app in a real Chromium: the Overview draws the world Index the engine computes from the
// contract files the build ships.
import { expect, test } from '@playwright/test';
import { latestClosedCycle } from '@/domain/framework';
import { groupAggregate, INDEX_MEASURE, scoreDataset, WORLD } from '@/domain/score-table';
import { formatters } from '@/lib/i18n/format';
import { servedDataset } from './served-dataset';
import { LINE } from './chart-lines';

test('the Overview draws the world Security Index from the shipped data', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto('/');
  await expect(page.locator(`[data-chart-ready="true"] ${LINE}`)).toBeVisible();

  const dataset = await servedDataset(page);
  const cycle = latestClosedCycle(dataset.framework);
  const world = groupAggregate(scoreDataset(dataset), WORLD, cycle, INDEX_MEASURE);
  expect(world.value).not.toBeNull();
  const stat = page.locator('.stat', { hasText: `World Security Index, ${cycle}` });
  await expect(stat).toContainText(formatters('en').score(world.value ?? Number.NaN));
  await expect(stat).toContainText(`${world.n} of ${world.of} Members`);
  // One dot per cycle with a world value, in the world chart.
  const drawn = dataset.framework.cycles.latest - dataset.framework.cycles.first + 1;
  const worldChart = page.getByRole('figure', { name: /^World Security Index/ });
  expect(await worldChart.locator('.recharts-line-dot').count()).toBeLessThanOrEqual(drawn);
  expect(await worldChart.locator('.recharts-line-dot').count()).toBeGreaterThan(drawn / 2);
  // The regions' chart, below the first screen, draws the world and six regions once scrolled to.
  const regions = page.getByRole('figure', { name: /Security Index by region/ });
  await regions.scrollIntoViewIfNeeded();
  await expect(regions.locator(LINE)).toHaveCount(1 + dataset.framework.regions.length);
  await expect(page.getByText(/Illustrative data/).first()).toBeVisible();
  await page.screenshot({ path: 'test-results/overview.png', fullPage: true });
  expect(errors).toEqual([]);
});

test('the served page has a Content-Security-Policy without inline or eval scripts', async ({ page }) => {
  const response = await page.goto('/');
  const header = response?.headers()['content-security-policy'] ?? '';
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  for (const policy of [header, meta ?? '']) {
    const scripts = /script-src ([^;]*)/.exec(policy)?.[1] ?? '';
    expect(scripts).toContain("'self'");
    expect(scripts).not.toMatch(/unsafe-inline|unsafe-eval/);
  }
  expect(header).toContain("frame-ancestors 'none'");
});

test('the language switch turns the page French and a link keeps it', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vue d’ensemble');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vue d’ensemble');
  await page.goto('/?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overview');
});

test('contract-breaking data gives an error naming the field, and the app still works', async ({ page }) => {
  await page.route('**/api/v1/observations.json', async (route) => {
    const response = await route.fetch();
    const json = (await response.json()) as { submissions: { values: Record<string, number> }[] };
    const first = json.submissions[0];
    if (first) first.values['PAX.API'] = 9;
    await route.fulfill({ response, json });
  });
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('observations.json');
  await expect(alert).toContainText('submissions[0].values.PAX.API');
  await page.getByRole('link', { name: 'Methodology' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Methodology');
  // A handler still running at the end is not a failure.
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});

test('an unknown address shows a not-found page', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Go to the overview' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overview');
});
