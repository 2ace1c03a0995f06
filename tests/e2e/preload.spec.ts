// The bundled contract documents are asked for once the first screen is painted (main.tsx, runtime-config.ts): a
// slow network carries the first paint's code before the data. With the default config.json each is downloaded
// exactly once, and with a config.json that names another API not a byte of them is downloaded.
import { expect, test, type Page } from '@playwright/test';
import { liveDocuments, startApi } from './api-server';
import { LINE } from './chart-lines';

/** The Overview asks for the summary (and the framework with it) first; a worker then fetches the two others. */
const DOCUMENTS = ['summary.json', 'framework.json', 'members.json', 'observations.json'];

/** Every request the page makes for a bundled document, by document name. */
function bundledRequests(page: Page, origin: string): Map<string, number> {
  const counts = new Map<string, number>();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin || !url.pathname.startsWith('/api/v1/')) return;
    const name = url.pathname.slice('/api/v1/'.length);
    counts.set(name, (counts.get(name) ?? 0) + 1);
  });
  return counts;
}

test('with the shipped config.json, each document is downloaded once, after the first paint', async ({
  page,
  baseURL,
}) => {
  const counts = bundledRequests(page, new URL(baseURL ?? '').origin);
  await page.goto('/');
  await expect(page.locator(`[data-chart-ready="true"] ${LINE}`).first()).toBeVisible();
  // The worker asks for the rest once the page is idle (at the latest 3 s after the first screen).
  await expect.poll(() => counts.get('observations.json'), { timeout: 10_000 }).toBe(1);
  await page.waitForLoadState('networkidle');
  expect(Object.fromEntries(counts)).toEqual(Object.fromEntries(DOCUMENTS.map((name) => [name, 1])));
  const timing = await page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    documents: performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.includes('/api/v1/'))
      .map((entry) => entry.startTime),
  }));
  expect(timing.paint, 'the page painted').toBeDefined();
  // The page's own requests (the worker's are on its own timeline): the summary and the framework.
  expect(timing.documents).toHaveLength(2);
  for (const start of timing.documents) expect(start).toBeGreaterThan(timing.paint ?? Number.POSITIVE_INFINITY);
});

test('with config.json naming another API, the bundled documents are not downloaded at all', async ({
  page,
  request,
  baseURL,
}) => {
  const api = await startApi(await liveDocuments(request, 'Live API, no preload'), { cors: 'any' });
  try {
    const counts = bundledRequests(page, new URL(baseURL ?? '').origin);
    await page.route('**/config.json', (route) => route.fulfill({ json: { apiBase: api.base } }));
    await page.goto('/');
    await expect(page.getByText(/Source: Live API, no preload/)).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(Object.fromEntries(counts)).toEqual({});
  } finally {
    await api.close();
  }
});
